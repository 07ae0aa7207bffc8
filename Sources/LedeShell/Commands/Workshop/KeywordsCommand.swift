import LedeCore
import LedeLanguages

/// `keywords`: the words that set the article apart.
struct KeywordsCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "keywords", abstract: "List the terms that distinguish the article: tf-idf among loaded articles, else log-likelihood.",
    discussion: """
      With several articles loaded, a word scores by tf-idf: how often this article uses it, \
      times log(articles / articles using it) + 1. With one, it scores by log-likelihood (G², \
      Dunning 1993) against the language's reference frequencies: words the article uses far \
      more often than general text does. The reference is \(ReferenceFrequencies.source), \
      20,000 words per language; ref/M is a word's frequency there per million words. Stop \
      words are left out.
      """,
    arguments: [.init("ID|NAME", .article, help: "another loaded article than the current one", optional: true)],
    options: [
      .init("--top", .integer(placeholder: "N"), help: "show the N best terms (default 15; 0 for all)"),
      .init("--reference", short: "-r", help: "score against the reference frequencies even when other articles are loaded"),
    ],
    examples: ["keywords", "keywords --top 5", "keywords --reference", "keywords --all --top 5"], scope: .article(needs: []))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    let loaded = try arguments[0].map(session.article(matching:)) ?? session.requireArticle()
    let others = session.articles.filter { $0.id != loaded.id }.map(\.article)
    let catalog = session.reader.catalog
    let method: String
    var found: [Keyword]
    if others.isEmpty || arguments.flag("--reference") {
      let reference = try ShellError.resource(ReferenceFrequencies.bundled(for: loaded.article.language))
      found = keywords(in: loaded.article, using: catalog[loaded.article.language], reference: reference)
      method = "log-likelihood"
    } else {
      found = keywords(in: loaded.article, among: others) { catalog[$0.language] }
      method = "tf-idf"
    }
    let top = try arguments.count("--top", default: 15, for: spec)
    if top > 0 { found = Array(found.prefix(top)) }
    let columns = [
      Column("rank", alignment: .right), Column("word"), Column("count", alignment: .right), Column("score", alignment: .right),
      Column("reference_per_million", title: "ref/M", alignment: .right), Column("method"),
    ]
    let rows: [[Value]] = zip(1..., found).map { rank, keyword in
      [
        .int(rank), .string(keyword.word), .int(keyword.count), .decimal(keyword.score),
        keyword.referencePerMillion.map(Value.decimal) ?? (method == "tf-idf" ? .null : .double(0)), .string(method),
      ]
    }
    return .table(Table(columns: columns, rows: rows, noun: ("keyword", "keywords")))
  }
}
