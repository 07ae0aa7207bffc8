/// The people, organisations, places and other names of an article, linked and with their
/// roles, plus the authors from its byline.
public func entities(in article: Article, using data: LanguageData, tagger: EntityTagger) -> EntityReport {
  let mentions = EntityRecognizer(article: article, tagger: tagger, data: data).mentions()
  var entities = EntityLinker(gazetteer: tagger.features.gazetteer, data: data).entities(from: mentions)
  EntityRoles(article: article, data: data).annotate(&entities, organizations: mentions.filter { $0.type == .organization })
  for index in entities.indices where entities[index].type == .person {
    let roleNoun = entities[index].role?.split(separator: " ").last.map { $0.lowercased() }
    let first = entities[index].name.split(separator: " ").first.map(String.init)
    entities[index].gender = roleNoun.flatMap { data.genders[$0] } ?? first.flatMap { tagger.features.gazetteer.gender(ofGivenName: $0) }
  }
  return EntityReport(entities: entities, authors: article.metadata.authors)
}

extension EntityReport {
  /// Counts each entity's quotes: a quote belongs to the entity whose name, an alias or (for
  /// people) last name its speaker has (`EntityNames`).
  public mutating func countQuotes(_ quotes: [Quote]) {
    for index in entities.indices { entities[index].quotes = 0 }
    let names = EntityNames(entities)
    for quote in quotes where quote.kind != .scare {
      guard let speaker = quote.speaker, let index = names.index(of: speaker) else { continue }
      entities[index].quotes += 1
    }
  }

  /// The entity a name refers to (`EntityNames`); for many names, make one `EntityNames`.
  public func entityIndex(named name: String) -> Int? {
    EntityNames(entities).index(of: name)
  }
}

/// Which entity a name refers to: the first whose canonical name or alias it is, else the first
/// person whose last name it shares. Made once for an article's entities, it answers each name
/// by two lookups.
public struct EntityNames {
  private var byName: [String: Int] = [:]
  private var byLastName: [Substring: Int] = [:]

  /// The lookup for `entities`, in their order (an earlier entity wins a name).
  public init(_ entities: [Entity]) {
    for (index, entity) in entities.enumerated() {
      for name in [entity.name] + entity.aliases where byName[name] == nil { byName[name] = index }
      if entity.type == .person, let last = Self.lastWord(of: entity.name), byLastName[last] == nil { byLastName[last] = index }
    }
  }

  /// The index of the entity `name` refers to, if any.
  public func index(of name: String) -> Int? {
    byName[name] ?? Self.lastWord(of: name).flatMap { byLastName[$0] }
  }

  /// The last of a name's words (`Kim Jong Un` → `Un`), found by its bytes; nil for no word.
  static func lastWord(of name: String) -> Substring? {
    let utf8 = name.utf8
    var end = utf8.endIndex
    while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
    guard end > utf8.startIndex else { return nil }
    let start = utf8[..<end].lastIndex(of: UInt8(ascii: " ")).map(utf8.index(after:)) ?? utf8.startIndex
    return name[start..<end]
  }
}
