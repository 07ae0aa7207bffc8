import LedeCore

/// `quotes`: who said what in the current article.
struct QuotesCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "quotes", abstract: "Show who said what: direct, partial, scare and indirect quotes with speaker and cue.",
    discussion: """
      direct: a whole utterance in quotation marks; partial: quoted words inside the writer's \
      sentence; scare: quoted words nobody is reported as saying (titles, names); indirect: \
      reported speech without marks (sagte, dass …; zufolge; said that …; according to). \
      Speakers are given by their fullest name in the article; pronouns resolve to the person \
      quoted before. --explain shows the rule, the cue and how the speaker was found. start and \
      end (JSON, CSV) are Unicode code point offsets into the article text.
      """,
    arguments: [.init("N", .integer(placeholder: "N"), help: "only the quote with this number", optional: true)],
    options: [
      .init("--speaker", .speaker, help: "only quotes by this speaker (a part of the name is enough)"),
      .init("--kind", .choice(Quote.Kind.allCases.map(\.rawValue)), help: "only quotes of this kind"),
      .init("--explain", short: "-e", help: "show why: rule, cue, speaker mention and its resolution"),
    ],
    examples: ["quotes", "quotes --kind direct", "quotes --speaker Putin", "quotes 3 --explain"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let found = try context.session.quotes()
    var numbered = Array(zip(1..., found))
    if let number = arguments[0].flatMap(Int.init) {
      guard numbered.indices.contains(number - 1) else {
        throw ShellError.usage("there is no quote \(number) (the article has \(found.count))", usage: spec.usage)
      }
      numbered = [numbered[number - 1]]
    }
    if let kind = arguments.value("--kind") { numbered = numbered.filter { $0.1.kind.rawValue == kind } }
    if let name = arguments.value("--speaker") { numbered = numbered.filter { $0.1.speaker.map { matches($0, name) } ?? false } }
    let explain = arguments.flag("--explain")
    var columns = [
      Column("n", alignment: .right, visibility: .textOnly), Column("speaker"), Column("kind"), Column("cue"),
      Column("text", shrinks: true), Column("start", visibility: .jsonOnly), Column("end", visibility: .jsonOnly),
    ]
    if explain {
      columns += [Column("rule", shrinks: true), Column("mention"), Column("resolution", shrinks: true)]
    }
    let rows: [[Value]] = numbered.map { number, quote in
      var row: [Value] = [
        .int(number), Value(quote.speaker), .string(quote.kind.rawValue), Value(quote.cue), .string(quote.text),
        .int(quote.start), .int(quote.end),
      ]
      if explain {
        row += [
          .string(quote.explanation.rule), Value(quote.explanation.speakerMention), Value(quote.explanation.resolution),
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
    examples: ["speakers"])

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
          Column("speaker"), Column("quotes", alignment: .right), Column("words", alignment: .right),
          Column("direct", alignment: .right), Column("partial", alignment: .right), Column("indirect", alignment: .right),
        ], rows: rows, noun: ("speaker", "speakers")))
  }
}
