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
    examples: ["freq", "freq --top 10 --lemma", "freq --all-words"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try arguments[0].map(context.session.article(matching:)) ?? context.session.requireArticle()
    let article = loaded.article
    let data = context.session.reader.catalog[article.language]
    var found = wordFrequencies(in: article, using: data, stopWords: arguments.flag("--all-words"), lemmas: arguments.flag("--lemma"))
    let top = try arguments.count("--top", default: 20, for: spec)
    if top > 0 { found = Array(found.prefix(top)) }
    let total = Double(max(1, articleWords(article).count))
    let columns = [
      Column("rank", alignment: .right), Column("word"), Column("count", alignment: .right),
      Column("share", alignment: .right), Column("forms", shrinks: true),
    ]
    let rows: [[Value]] = zip(1..., found).map { rank, frequency in
      [.int(rank), .string(frequency.word), .int(frequency.count), .decimal(100 * Double(frequency.count) / total), Value(frequency.forms)]
    }
    return .table(Table(columns: columns, rows: rows, noun: ("word", "words")))
  }
}
