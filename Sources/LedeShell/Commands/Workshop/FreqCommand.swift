import LedeCore

/// `freq`: the article's most frequent words, without stop words.
struct FreqCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "freq", abstract: "Count the article's words, most frequent first, without stop words.",
    discussion: """
      Words are counted case-insensitively and shown as most often written. Stop words (spaCy's \
      lists for German and English) and one-letter words are left out unless --all-words is \
      given. --lemma counts the inflected forms of a word as one (Putin, Putins; report, \
      reports, reported) where the language's inflection endings allow it; forms lists them. \
      share is the word's part of all words of the article, in percent.
      """,
    arguments: [.init("ID|NAME", .article, help: "another loaded article than the current one", optional: true)],
    options: [
      .init("--top", .integer(placeholder: "N"), help: "show the N most frequent words (default 20; 0 for all)"),
      .init("--all-words", short: "-a", help: "count stop words too"),
      .init("--lemma", short: "-l", help: "group the inflected forms of a word"),
    ],
    examples: ["freq", "freq --top 10 --lemma", "freq --all-words", "freq --all --top 20"], scope: .article(needs: []))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try arguments[0].map(context.session.article(matching:)) ?? context.session.requireArticle()
    let article = loaded.article
    let data = context.session.reader.catalog[article.language]
    let found = wordFrequencies(in: article, using: data, stopWords: arguments.flag("--all-words"), lemmas: arguments.flag("--lemma"))
    return try table(of: found, amongWords: articleWords(article).count, arguments)
  }

  /// `freq --all`: the words of every loaded article counted together; share is of all their words.
  static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    var merged: [String: WordFrequency] = [:]
    var total = 0
    for part in parts {
      let article = part.article.article
      let data = context.session.reader.catalog[article.language]
      total += articleWords(article).count
      for frequency in wordFrequencies(in: article, using: data, stopWords: arguments.flag("--all-words"), lemmas: arguments.flag("--lemma")) {
        let key = frequency.word.lowercased()
        guard var known = merged[key] else { merged[key] = frequency; continue }
        known.count += frequency.count
        known.forms += frequency.forms.filter { !known.forms.contains($0) }
        merged[key] = known
      }
    }
    let found = merged.values.sorted { ($0.count, $1.word.lowercased()) > ($1.count, $0.word.lowercased()) }
    return try table(of: found, amongWords: total, arguments)
  }

  private static func table(of frequencies: [WordFrequency], amongWords total: Int, _ arguments: Arguments) throws -> CommandOutput {
    let top = try arguments.count("--top", default: 20, for: spec)
    let shown = top > 0 ? Array(frequencies.prefix(top)) : frequencies
    let columns = [
      Column("rank", alignment: .right), Column("word"), Column("count", alignment: .right),
      Column("share", alignment: .right), Column("forms", shrinks: true),
    ]
    let rows: [[Value]] = zip(1..., shown).map { rank, frequency in
      [.int(rank), .string(frequency.word), .int(frequency.count), .decimal(100 * Double(frequency.count) / Double(max(1, total))), Value(frequency.forms)]
    }
    return .table(Table(columns: columns, rows: rows, noun: ("word", "words")))
  }
}
