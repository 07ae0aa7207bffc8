import LedeCore

/// `quotes`: who said what in the current article.
struct QuotesCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "quotes", abstract: "Show who said what: direct, partial, scare and indirect quotes with speaker and cue.",
    discussion: """
      direct: a whole utterance in quotation marks; partial: quoted words inside the writer's \
      sentence; scare: quoted words nobody is reported as saying (titles, names); indirect: \
      reported speech without marks (sagte, dass …; zufolge; said that …; according to). \
      Speakers are ranked by a model learned from annotated news: the entities of the article \
      (with pronouns and descriptions that stand for them), unnamed sources (police, officials) \
      and nobody. 'quotes N' shows one quote whole; --explain adds the candidates with their \
      scores and the features that weighed most. start, end, cue_start and cue_end (JSON, CSV) \
      are Unicode code point offsets into the article text; speaker_mention holds the words \
      that name the speaker here.
      """,
    arguments: [.init("N", .integer(placeholder: "N"), help: "only the quote with this number", optional: true)],
    options: [
      .init("--speaker", .speaker, help: "only quotes by this speaker (a part of the name is enough)"),
      .init("--kind", .choice(Quote.Kind.allCases.map(\.rawValue)), help: "only quotes of this kind"),
      .init("--explain", short: "-e", help: "show why: the candidates and their scores, and the features that weighed most"),
    ],
    examples: ["quotes", "quotes --kind direct", "quotes --speaker Putin", "quotes 3 --explain", "quotes --all --kind direct"], scope: .article(needs: [.quotes]))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let explain = arguments.flag("--explain")
    let found = try context.session.quotes(explained: explain)
    var numbered = Array(zip(1..., found))
    if let number = arguments[0].flatMap(Int.init) {
      guard number >= 1, number <= found.count else {
        throw ShellError.usage("there is no quote \(number) (the article has \(found.count))", usage: spec.usage)
      }
      // One quote asked for: all of it, wrapped, with its explanation.
      return .record(QuoteExplanation.record(of: found[number - 1], number: number, explained: explain))
    }
    if let kind = arguments.value("--kind") { numbered = numbered.filter { $0.1.kind.rawValue == kind } }
    if let name = arguments.value("--speaker") { numbered = numbered.filter { $0.1.speaker.map { matches($0, name) } ?? false } }
    var columns = [
      Column("n", alignment: .right, visibility: .textOnly), Column("speaker", absent: "–"), Column("kind"), Column("cue"),
      Column("text", shrinks: true), Column("start", visibility: .jsonOnly), Column("end", visibility: .jsonOnly),
      Column("speaker_mention", visibility: .jsonOnly), Column("cue_start", visibility: .jsonOnly),
      Column("cue_end", visibility: .jsonOnly),
    ]
    if explain {
      columns += [
        Column("rule", shrinks: true), Column("mention"), Column("resolution", shrinks: true),
        Column("candidates", shrinks: true), Column("explanation", visibility: .jsonOnly),
      ]
    }
    let rows: [[Value]] = numbered.map { number, quote in
      var row: [Value] = [
        .int(number), Value(quote.speaker), .string(quote.kind.rawValue), Value(quote.cue), .string(quote.text),
        .int(quote.start), .int(quote.end), QuoteExplanation.mention(of: quote), Value(quote.explanation.cueSpan?.start),
        Value(quote.explanation.cueSpan?.end),
      ]
      if explain {
        row += [
          .string(quote.explanation.rule), Value(quote.explanation.speakerMention), Value(quote.explanation.resolution),
          .string(QuoteExplanation.candidates(of: quote)), QuoteExplanation.json(of: quote),
        ]
      }
      return row
    }
    return .table(Table(columns: columns, rows: rows, noun: ("quote", "quotes")))
  }

  /// A speaker matches a name given by the user when it contains it, ignoring case.
  static func matches(_ speaker: String, _ name: String) -> Bool {
    speaker.lowercased().contains(name.lowercased())
  }
}

/// `speakers`: who is quoted, how often and how much.
struct SpeakersCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "speakers", abstract: "List who is quoted: quotes and words per speaker, direct against indirect.",
    examples: ["speakers", "speakers --all"], scope: .article(needs: [.quotes]))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let tallies = speakerTallies(try context.session.quotes().filter { $0.kind != .scare })
      .sorted { ($0.quotes.count, $1.words) > ($1.quotes.count, $0.words) }
    let rows: [[Value]] = tallies.map { tally in
      [
        Value(tally.speaker), .int(tally.quotes.count), .int(tally.words), .int(tally.count(.direct)), .int(tally.count(.partial)),
        .int(tally.count(.indirect)),
      ]
    }
    return .table(
      Table(
        columns: [
          Column("speaker", absent: "–"), Column("quotes", alignment: .right), Column("words", alignment: .right),
          Column("direct", alignment: .right), Column("partial", alignment: .right), Column("indirect", alignment: .right),
        ], rows: rows, noun: ("speaker", "speakers")))
  }

  /// `speakers --all`: one row per speaker over the corpus: the articles quoting them, their
  /// quotes and words in all of them by kind, and the first and last article date.
  static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    let counts = ["quotes", "words", "direct", "partial", "indirect"]
    let found = CorpusGroups(parts, by: ["speaker"], summing: counts).groups
      .map { ($0, $0.sums["quotes"] ?? 0, $0.articles.count) }.sorted { ($0.1, $0.2) > ($1.1, $1.2) }.map(\.0)
    let columns = [Column("speaker", absent: "–")] + CorpusGroups.articleColumns + counts.map { Column($0, alignment: .right) }
    let rows = found.map { group in group.key + CorpusGroups.articleValues(of: group) + counts.map { .int(group.sums[$0] ?? 0) } }
    return .table(Table(columns: columns, rows: rows, noun: ("speaker", "speakers")))
  }
}
