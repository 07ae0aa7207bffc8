/// Groups mentions into entities under one canonical name: shorter forms of a person's name
/// (`Putin`, `Kim`), genitives (German `Putins`, `Russlands`) and English possessives, spelling
/// variants of one place (`Pjöngjang`, `Pjönjang`) and names of one region (`USA`, `Vereinigte
/// Staaten`).
struct EntityLinker {
  let gazetteer: Gazetteer
  /// The language's data: its genitive endings (`withoutGenitiveEnding`).
  let data: LanguageData

  func entities(from mentions: [Mention]) -> [Entity] {
    let texts = Set(mentions.map(\.text))
    let allForms = Set(texts.map { words($0).joined(separator: " ") })
    let normalizedForms = Dictionary(uniqueKeysWithValues: texts.map { text in
      let form = normalized(text, knownForms: allForms)
      return (text, (words: form, joined: form.joined(separator: " ")))
    })
    let forms = mentions.map { normalizedForms[$0.text]! }
    // Longer forms first, so that shorter ones find the entity they abbreviate.
    let order = mentions.indices.sorted {
      forms[$0].words.count != forms[$1].words.count ? forms[$0].words.count > forms[$1].words.count : mentions[$0].span < mentions[$1].span
    }
    var index = LinkIndex()
    var entities: [Entity] = []
    for position in order {
      let mention = mentions[position]
      let (form, joined) = forms[position]
      // A form already linked (most mentions): adding it to the index again would change nothing.
      if let exact = index.forms[LinkIndex.Key(type: mention.type, name: joined)] {
        entities[exact].mentions.append(mention)
        continue
      }
      if let written = index.inCapitals(joined, type: mention.type) {
        entities[written].mentions.append(mention)
        index.add(form, type: mention.type, entity: written, gazetteer: gazetteer)
        continue
      }
      if let target = bestEntity(for: form, joined: joined, of: mention, in: entities, index: &index) {
        entities[target].mentions.append(mention)
        index.add(form, type: mention.type, entity: target, gazetteer: gazetteer)
      } else {
        entities.append(Entity(name: joined, type: mention.type, mentions: [mention], aliases: []))
        index.add(form, type: mention.type, entity: entities.count - 1, gazetteer: gazetteer)
        if mention.type == .person, form.count >= 2 {
          for part in Self.outerParts(of: form) { index.personParts[part, default: []].append(entities.count - 1) }
        }
        if form.count == 1, mention.type != .person {
          let name = joined.lowercased()
          let edits = Self.edits(forLength: name.count, filing: true)
          index.singleWordNames[mention.type, default: NearSpellings()].insert(name, as: entities.count - 1, edits: edits)
        }
      }
    }
    return entities.map(finished).sorted { $0.mentions[0].span < $1.mentions[0].span }
  }

  /// Lookups over the entities made so far, so that linking stays linear in the mentions.
  private struct LinkIndex {
    /// A name form or region code of one entity type.
    struct Key: Hashable {
      let type: EntityType
      let name: String
    }

    /// Type and form to the entity it belongs to.
    var forms: [Key: Int] = [:]
    /// Type and region code to the entity.
    var regions: [Key: Int] = [:]
    /// The first and last words of a person's name (`Kim`, `Kim Jong`, `Jong Un`, `Un` of `Kim
    /// Jong Un`), joined, to the people named so.
    var personParts: [String: [Int]] = [:]
    /// One-word names of places, organisations and other names (in lower case), for spelling variants.
    var singleWordNames: [EntityType: NearSpellings] = [:]
    /// Spelling-variant lookups already made: type and form to the entity found (or none).
    var variants: [Key: Int?] = [:]
    /// Type and form in lower case to the first form linked so and its entity.
    var lowered: [Key: (form: String, entity: Int)] = [:]

    mutating func add(_ form: [String], type: EntityType, entity: Int, gazetteer: Gazetteer) {
      let joined = form.joined(separator: " ")
      forms[Key(type: type, name: joined)] = entity
      if let code = gazetteer.regionCode(of: joined) { regions[Key(type: type, name: code)] = entity }
      let key = Key(type: type, name: joined.lowercased())
      if lowered[key] == nil { lowered[key] = (joined, entity) }
    }

    /// The entity of a form that is `joined` in capitals, or the entity `joined` is in capitals
    /// of: `SLOVAKIA` in a headline in capitals is the text's `Slovakia`. Only capitals join
    /// forms that differ in case (`Linke` and `linke` stay apart).
    func inCapitals(_ joined: String, type: EntityType) -> Int? {
      guard let known = lowered[Key(type: type, name: joined.lowercased())] else { return nil }
      return EntityLinker.hasLowercase(joined) && EntityLinker.hasLowercase(known.form) ? nil : known.entity
    }
  }

  /// The entity a mention's normalised form belongs to, if any, when the form itself is not yet linked.
  private func bestEntity(for form: [String], joined: String, of mention: Mention, in entities: [Entity], index: inout LinkIndex) -> Int? {
    let type = mention.type
    if type == .place, let code = gazetteer.regionCode(of: joined),
      let region = index.regions[LinkIndex.Key(type: type, name: code)]
    {
      return region
    }
    if type == .person {
      let candidates = index.personParts[joined] ?? []
      // The candidate named most often before this mention (the article's figure, not a person
      // named once in passing: `his wife Hillary Clinton`), then the one named last, then the
      // one made first.
      return candidates.max { first, second in
        let (one, other) = (standing(of: entities[first], before: mention), standing(of: entities[second], before: mention))
        return one < other || one == other && first > second
      }
    }
    guard form.count == 1 else { return nil }
    let key = LinkIndex.Key(type: type, name: joined)
    if let known = index.variants[key] { return known }
    let lowered = form[0].lowercased()
    let near = index.singleWordNames[type]?.candidates(near: lowered, edits: Self.edits(forLength: lowered.count, filing: false)) ?? []
    let found = near.first { isVariant(form[0], entities[$0].name) }
    index.variants[key] = found
    return found
  }

  /// How often `entity` was named before `mention`, and where last (-1 if not before it).
  private func standing(of entity: Entity, before mention: Mention) -> (count: Int, last: Int) {
    let before = entity.mentions.filter { $0.span < mention.span }
    return (before.count, before.map(\.span.start).max() ?? -1)
  }

  /// Two spellings of one name: long enough, same first letter, at most one edit apart (two for
  /// names of `longName` letters or more).
  private func isVariant(_ first: String, _ second: String) -> Bool {
    let a = first.lowercased()
    let b = second.lowercased()
    let limit = a.count >= Self.longName ? 2 : 1
    guard min(a.count, b.count) >= 6, a.first == b.first, abs(a.count - b.count) <= limit else { return false }
    return EditDistance.between(a, b) <= limit
  }

  /// The length from which a name's spelling variants may be two edits away.
  static let longName = 10

  /// How many edits from a one-word name of `length` letters its variants are looked for: two
  /// from a long name (`longName` letters); a name filed for lookups is filed for two edits from
  /// `longName - 2` letters, the shortest a long name's variant can have.
  private static func edits(forLength length: Int, filing: Bool) -> Int {
    length >= (filing ? longName - 2 : longName) ? 2 : 1
  }

  /// The words of a mention without a possessive or genitive ending: `Putin’s` → `Putin`;
  /// German `Putins` → `Putin` when the article also has `Putin`, `Deutschlands` → `Deutschland`
  /// when the lists know the place (and not `Davos` itself).
  private func normalized(_ text: String, knownForms: Set<String>) -> [String] {
    var parts = words(text)
    guard var last = parts.popLast() else { return [] }
    for ending in ["’s", "'s", "’", "'"] where last.hasSuffix(ending) && last.count > ending.count + 1 {
      last.removeLast(ending.count)
      break
    }
    if let stem = data.withoutGenitiveEnding(last), stem.count > 2 {
      let candidate = (parts + [stem]).joined(separator: " ")
      let articleHasStem = knownForms.contains(candidate) || knownForms.contains { $0.hasSuffix(" " + stem) || $0.hasPrefix(stem + " ") }
      let listsKnowStem = gazetteer.namesRegionOrCity(candidate) && !gazetteer.namesRegionOrCity((parts + [last]).joined(separator: " "))
      if articleHasStem || listsKnowStem { last = stem }
    }
    return parts + [last]
  }

  /// Whether `text` has a lower-case letter (`Seles`; not `SELES`, `NATO`).
  static func hasLowercase(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: CharacterClass.isLowercase)
  }

  /// The first and the last words of a name of several, joined, one to all but one of them:
  /// `Kim`, `Kim Jong`, `Jong Un`, `Un` of `Kim Jong Un`, each once. Each part grows from the
  /// one before (a name taken from a long run of capitalised words has dozens).
  static func outerParts(of words: [String]) -> Set<String> {
    var parts: Set<String> = []
    var first = "", last = ""
    for length in 1..<words.count {
      first += length == 1 ? words[0] : " " + words[length - 1]
      last = length == 1 ? words[words.count - 1] : words[words.count - length] + " " + last
      parts.insert(first)
      parts.insert(last)
    }
    return parts
  }

  /// The words of a mention's text, split at its spaces and line breaks by their bytes:
  /// splitting by characters costs grapheme breaking for every character, which a long run of
  /// names taken for one mention makes the most of linking.
  private func words(_ text: String) -> [String] {
    text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(Substring($0)) }
  }

  /// The canonical name (the fullest form, preferring a region's own name), aliases, mentions in order.
  private func finished(_ entity: Entity) -> Entity {
    var result = entity
    result.mentions.sort { $0.span < $1.span }
    // A line break as a byte: `contains("\n")` would be Foundation's substring search, per mention.
    let forms = result.mentions.map { CharacterClass.contains(0x0A, in: $0.text) ? $0.text.replacing("\n", with: " ") : $0.text }
    if entity.type == .place, let named = forms.first(where: { gazetteer.isRegionName($0) }) {
      result.name = named
    }
    // A headline in capitals names `SLOVAKIA` first; the text spells it `Slovakia`.
    if !Self.hasLowercase(result.name) {
      let lowered = result.name.lowercased()
      if let spelt = forms.first(where: { Self.hasLowercase($0) && $0.lowercased() == lowered }) { result.name = spelt }
    }
    var seen: Set<String> = [result.name]
    result.aliases = forms.filter { seen.insert($0).inserted }
    return result
  }
}
