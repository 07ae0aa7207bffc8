import LedeCore

extension WhoCommand {
  /// `who --all`: one row per entity of the corpus (its name and type): the articles that name
  /// it, its mentions and quotes in all of them, its most frequent role, and the dates of the
  /// first and last article naming it. `who NAME --all` shows the entity in each article instead.
  static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    guard arguments.positionals.isEmpty else { return try ArticleScope.concatenated(parts) }
    var entities: [String: CorpusEntity] = [:]
    var order: [String] = []
    for (article, fields) in ArticleScope.rows(of: parts) {
      guard case .string(let name) = fields["name"], case .string(let type) = fields["type"] else { continue }
      let key = type + "\u{1F}" + name
      if entities[key] == nil {
        entities[key] = CorpusEntity(name: name, type: type)
        order.append(key)
      }
      entities[key]!.add(fields, from: article)
    }
    var found = order.compactMap { entities[$0] }
    switch arguments.value("--sort") ?? "mentions" {
    case "name": found.sort { $0.name.lowercased() < $1.name.lowercased() }
    case "first": found.sort { $0.firstDate < $1.firstDate }
    default: found.sort { ($0.articles.count, $0.mentions) > ($1.articles.count, $1.mentions) }
    }
    let columns = [
      Column("name"), Column("type"), Column("role", shrinks: true), Column("articles", alignment: .right),
      Column("mentions", alignment: .right), Column("quotes", alignment: .right), Column("first_date", title: "first"),
      Column("last_date", title: "last"), Column("article_names", title: "in", visibility: .jsonOnly),
    ]
    return .table(Table(columns: columns, rows: found.map(\.row), noun: ("entity", "entities")))
  }
}

/// One entity over the articles that name it.
private struct CorpusEntity {
  let name: String
  let type: String
  var articles: [Session.LoadedArticle] = []
  var mentions = 0
  var quotes = 0
  var roles: [String: Int] = [:]

  init(name: String, type: String) {
    self.name = name
    self.type = type
  }

  mutating func add(_ fields: [String: Value], from article: Session.LoadedArticle) {
    if !articles.contains(where: { $0.id == article.id }) { articles.append(article) }
    if case .int(let count) = fields["count"] { mentions += count }
    if case .int(let count) = fields["quotes"] { quotes += count }
    if case .string(let role) = fields["role"], !role.isEmpty { roles[role, default: 0] += 1 }
  }

  /// The date of the first dated article naming the entity (`~` sorts after every date).
  var firstDate: String { articles.compactMap(\.article.metadata.date).min()?.description ?? "~" }

  var row: [Value] {
    let role = roles.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    let dated = articles.compactMap(\.article.metadata.date).sorted()
    return [
      .string(name), .string(type), Value(role), .int(articles.count), .int(mentions), .int(quotes),
      Value(dated.first?.description), Value(dated.last?.description), .array(articles.map { .string($0.article.name) }),
    ]
  }
}
