import LedeCore

/// The one-row description of an article that `load`, `articles` and `use` show.
enum ArticleSummary {
  static let columns = [
    Column("current", title: "", visibility: .textOnly),
    Column("id", alignment: .right),
    Column("name", shrinks: true),
    Column("title", shrinks: true),
    Column("date"),
    Column("language", title: "lang"),
    Column("sentences", alignment: .right),
    Column("words", alignment: .right),
    Column("origin", visibility: .jsonOnly),
  ]

  static func row(_ loaded: Session.LoadedArticle, current: Bool) -> [Value] {
    let article = loaded.article
    return [
      .string(current ? "*" : ""), .int(loaded.id), .string(article.name), Value(article.title),
      Value(article.metadata.date?.description), .string(article.language.code), .int(article.sentences.count),
      .int(article.wordCount), .string(article.origin),
    ]
  }

  static func table<Articles: Collection<Session.LoadedArticle>>(_ articles: Articles, in session: Session) -> Table {
    Table(
      columns: columns, rows: articles.map { row($0, current: $0.id == session.currentID) },
      noun: ("article", "articles"))
  }

  static func object(_ loaded: Session.LoadedArticle, in session: Session) -> Value {
    table([loaded], in: session).json.firstElement ?? .null
  }
}

extension Value {
  /// The first element of an array.
  var firstElement: Value? {
    guard case .array(let values) = self else { return nil }
    return values.first
  }
}
