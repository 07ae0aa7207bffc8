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
  /// people) last name its speaker has.
  public mutating func countQuotes(_ quotes: [Quote]) {
    for index in entities.indices { entities[index].quotes = 0 }
    // `entityIndex(named:)` for every quote, by two lookups instead of walks through the
    // entities: the first entity with a name or alias, the first person with a last name.
    var byName: [String: Int] = [:]
    var byLastName: [Substring: Int] = [:]
    for (index, entity) in entities.enumerated() {
      for name in [entity.name] + entity.aliases where byName[name] == nil { byName[name] = index }
      if entity.type == .person, let last = Self.lastWord(of: entity.name), byLastName[last] == nil { byLastName[last] = index }
    }
    for quote in quotes where quote.kind != .scare {
      guard let speaker = quote.speaker, let index = byName[speaker] ?? Self.lastWord(of: speaker).flatMap({ byLastName[$0] }) else { continue }
      entities[index].quotes += 1
    }
  }

  /// The entity a name refers to: its canonical name or an alias, else a person whose last
  /// name it shares.
  public func entityIndex(named name: String) -> Int? {
    if let exact = entities.firstIndex(where: { $0.name == name || $0.aliases.contains(name) }) { return exact }
    guard let last = Self.lastWord(of: name) else { return nil }
    return entities.firstIndex { $0.type == .person && Self.lastWord(of: $0.name) == last }
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
