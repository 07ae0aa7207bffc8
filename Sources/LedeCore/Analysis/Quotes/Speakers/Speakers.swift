/// What an article tells about the sources of its quotes: the full forms of its names, the
/// role nouns that stand before names (`Präsident Wladimir Putin`), genders, the entities `who`
/// found and where they are mentioned; and how words that name a source become a name. A class:
/// the quote steps read the speakers a great deal, and a copy of so many collections (and of the
/// language data) retained and released each of them.
final class Speakers: Sendable {
  let data: LanguageData
  /// Full name forms of the article (two or more capitalised words), by their last word.
  let names: [String: String]
  /// Role nouns that stand right before a full name in the article (`präsident` → `Wladimir Putin`).
  private let roleHolders: [String: [String]]
  /// How the article writes its words: those it capitalises inside sentences (nouns and names,
  /// not sentence-initial adverbs), and those it writes in lower case somewhere (`many`,
  /// `proponents`: common words).
  let usage: SentenceWords.Usage
  /// Genders the article gives people through the role nouns before their names (`Analystin Rachel Lee`).
  let genders: [String: Gender]
  /// When each full name (of a person, or from `who` of any entity) was last mentioned, for
  /// choosing among role holders (`die Nachrichtenagentur`): the one part of the speakers that
  /// changes as the sentences are read, noted in place.
  private let mentions = MentionLog()

  /// The sentence each name was last mentioned in; written only by the quote extractor that
  /// owns the speakers, between the sentences it reads.
  private final class MentionLog: @unchecked Sendable {
    var sentenceOf: [String: Int] = [:]
  }
  /// The article's entities (from `who`), when known: speakers take their canonical names and types.
  let entities: [Entity]
  /// Each entity's key among speaker candidates (`e3`), made once.
  let entityKeys: [String]
  /// The article's sentences, for looking back at the nouns named before a description, and
  /// each one's number by the offset where it starts.
  private let sentences: [SentenceWords]
  private let sentenceNumbers: [Int: Int]
  /// The entity mentions of each sentence, by the offset where the sentence starts.
  let entityMentions: [Int: [(span: Span, entity: Int)]]
  /// Each entity by its name and by its other forms (the first entity wins a shared form).
  private let entityNamed: [String: Entity]
  private let entityIndexByName: [String: Int]
  /// The people `who` gives a role, with the role's words in lower case and the lemma of its
  /// last word (`person(withRole:)` asks for every description; worked out once).
  private let rolePeople: [(name: String, role: [String], noun: String?)]
  /// The organisations `who` found, with the words of their names in lower case.
  private let organizationWords: [(name: String, words: [String])]

  /// The speakers of `article`, whose `sentences` start at the offsets `numbers` gives, and
  /// write their words as `usage` tells (`SentenceWords.Forms.usage`).
  init(
    article: Article, sentences: [SentenceWords], numbers: [Int: Int], data: LanguageData,
    usage: SentenceWords.Usage, entities: [Entity] = []
  ) {
    self.data = data
    self.entities = entities
    entityKeys = entities.indices.map { "e\($0)" }
    self.sentences = sentences
    sentenceNumbers = numbers
    var bySentence: [Int: [(span: Span, entity: Int)]] = [:]
    for (index, entity) in entities.enumerated() {
      for mention in entity.mentions where mention.sentence < article.sentences.count {
        bySentence[article.sentences[mention.sentence].span.start, default: []].append((mention.span, index))
      }
    }
    entityMentions = bySentence
    var named: [String: Entity] = [:]
    for entity in entities { named[entity.name] = named[entity.name] ?? entity }
    for entity in entities { for alias in entity.aliases where named[alias] == nil { named[alias] = entity } }
    entityNamed = named
    var indices: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where indices[entity.name] == nil { indices[entity.name] = index }
    for (index, entity) in entities.enumerated() { for alias in entity.aliases where indices[alias] == nil { indices[alias] = index } }
    entityIndexByName = indices
    rolePeople = entities.filter { $0.type == .person }.compactMap { entity in
      entity.role.map { role in
        let words = role.lowercased().split(separator: " ").map(String.init)
        return (entity.name, words, words.last.flatMap { data.roleLemma($0) })
      }
    }
    organizationWords = entities.filter { $0.type == .organization }.map { ($0.name, $0.name.split(separator: " ").map { $0.lowercased() }) }
    self.usage = usage
    (names, roleHolders, genders) = Self.fullNames(in: sentences, named: named, data: data, usage: usage)
  }

  /// The full names of `sentences` by their first and last words, the role nouns before names
  /// with their holders, and the genders those role nouns give; `named` are `who`'s entities by
  /// their names and aliases.
  private static func fullNames(
    in sentences: [SentenceWords], named: [String: Entity], data: LanguageData,
    usage: SentenceWords.Usage
  ) -> (names: [String: String], roleHolders: [String: [String]], genders: [String: Gender]) {
    var names: [String: String] = [:]
    var roleHolders: [String: [String]] = [:]
    var genders: [String: Gender] = [:]
    var nameLengths: [String: Int] = [:]
    for sentence in sentences {
      var run: [String] = []
      func finish() {
        // Most runs are one capitalised word (every German noun), or none: no full name.
        guard run.count >= 2 else {
          if !run.isEmpty { run.removeAll(keepingCapacity: true) }
          return
        }
        let name = stripRoles(run, data: data)
        if name.count >= 2, name.allSatisfy({ $0.count > 1 && !$0.allSatisfy(\.isUppercase) }) {
          let full = name.joined(separator: " ")
          for key in [name.last!, name.first!] where (nameLengths[key] ?? 0) < name.count {
            names[key] = full
            nameLengths[key] = name.count
          }
        }
        run.removeAll(keepingCapacity: true)
      }
      for index in 0..<sentence.count {
        if index + 1 < sentence.count, sentence.isRole(index) {
          var end = index + 1
          while end < sentence.count && sentence.isCapitalized(end) && !sentence.isRole(end) { end += 1 }
          let holder = sentence.texts[(index + 1)..<end]
          // A name of two words or more, or any name `who` knows (`Nachrichtenagentur RIA Novosti`, `AFP`).
          let entity = data.courtesyTitles.contains(sentence.lowered[index]) ? nil : named[holder.joined(separator: " ")]
          if entity != nil || holder.count >= 2 && !holder.contains(where: { $0.allSatisfy { $0.isUppercase } }) {
            let name = entity?.name ?? holder.joined(separator: " ")
            if let gender = data.genders[sentence.lowered[index]] { genders[name] = gender }
            if !(roleHolders[sentence.lowered[index]]?.contains(name) ?? false) { roleHolders[sentence.lowered[index], default: []].append(name) }
          }
        }
        if isNameWord(index, in: sentence, data: data, usage: usage) && sentence.tokens[index].kind == .word {
          run.append(sentence.texts[index])
        } else {
          finish()
        }
      }
      finish()
    }
    return (names, roleHolders, genders)
  }

  /// The speaker named by tokens `range`, by canonical name (pronouns are resolved by the
  /// extractor, which knows who spoke before).
  func resolve(_ range: Range<Int>, in sentence: SentenceWords) -> String {
    if let entity = entity(in: range, of: sentence) { return entity.name }
    // Months are no names (`federal prosecutors in April charged`).
    let nameWords = range.filter { isNameWord($0, in: sentence) && data.months[sentence.lowered[$0]] == nil }
    // `Federal and state officials said`: capitalised only because it opens the sentence.
    if nameWords == [sentence.firstWordIndex], range.count >= 2, !range.contains(where: { sentence.isCapitalized($0) && $0 != sentence.firstWordIndex }) {
      return range.drop { sentence.word($0, isA: .article) }.map { sentence.texts[$0] }.joined(separator: " ")
    }
    let capitalized = nameWords.map { sentence.texts[$0] }
    let stripped = Self.stripRoles(capitalized, data: data)
    guard let last = stripped.last else {
      // `Many lawmakers say`, `federal prosecutors charged`: a speaker named by common nouns.
      let common = range.filter { !sentence.word($0, isA: .article) && !sentence.isFunctionWord($0) }
        .map { sentence.texts[$0] }
      let head = common.drop { $0.first?.isUppercase ?? false && !(data.roles.contains($0.lowercased())) }
      let name = (head.isEmpty ? common[...] : head).joined(separator: " ")
      return name.isEmpty ? sentence.texts[range].joined(separator: " ") : name
    }
    // `so das Ministerium` after `das isländische Fischereiministerium`: a definite organisation
    // noun stands for the organisation named last that it heads.
    if stripped.count == 1, range.lowerBound > 0, sentence.word(range.lowerBound - 1, isA: .article),
      !sentence.word(range.lowerBound - 1, isA: .indefinite),
      case let noun = last.lowercased(), data.endsInOrganizationWord(noun),
      let organization = organization(headedBy: noun) ?? compound(headedBy: noun, before: sentence)
    {
      return organization
    }
    var own = stripped.joined(separator: " ")
    // `des Bundesministeriums`: an organisation noun in the genitive is named in the nominative.
    if let nominative = data.withoutGenitiveEnding(last.lowercased()), data.endsInOrganizationWord(nominative) {
      own = (stripped.dropLast() + [String(last.dropLast(last.count - nominative.count))]).joined(separator: " ")
    }
    // The fullest form of the name in the article.
    for key in [last, withoutGenitive(last)].compactMap({ $0 }) {
      if let full = names[key], full.count > own.count { return full }
    }
    return own
  }

  /// The organisation `who` found and the article named last (before this sentence) of which a
  /// word ends in `noun` (`fischereiministerium`, `Ministry of Defense` for `ministerium`, `ministry`).
  func organization(headedBy noun: String) -> String? {
    var best: (name: String, sentence: Int)?
    for organization in organizationWords {
      guard let sentence = mentions.sentenceOf[organization.name], sentence > best?.sentence ?? -1,
        organization.words.contains(where: { $0.hasSuffix(noun) })
      else { continue }
      best = (organization.name, sentence)
    }
    return best?.name
  }

  /// The last compound of the sentences before `sentence` (up to ten back) that ends in `noun`
  /// (`Fischereiministerium` for `ministerium`; a genitive `-s` left off).
  func compound(headedBy noun: String, before sentence: SentenceWords) -> String? {
    let lookBack = 10
    guard let here = sentenceNumbers[sentence.segment.span.start] else { return nil }
    let endings = [""] + data.words(.genitiveEnding).sorted(by: { $0.count > $1.count })
    let suffixes = endings.map { (text: noun + $0, ending: $0.count) }
    let shortest = noun.count + 3
    for earlier in sentences[max(0, here - lookBack)..<here].reversed() {
      for index in (0..<earlier.count).reversed() where earlier.isCapitalized(index) {
        let word = earlier.lowered[index]
        // Bytes are never fewer than characters: most words are ruled out without counting these.
        guard word.utf8.count >= shortest, word.count >= shortest else { continue }
        for suffix in suffixes where word.hasSuffix(suffix.text) {
          return String(earlier.texts[index].dropLast(suffix.ending))
        }
      }
    }
    return nil
  }

  /// The person (else organisation) that `who` found among the tokens `range` of a sentence.
  func entity(in range: Range<Int>, of sentence: SentenceWords) -> Entity? {
    entityIndex(in: range, of: sentence).map { entities[$0] }
  }

  /// The index (in the article's entities) of the person, else organisation, that `who` found
  /// among the tokens `range`; a name followed by a noun of the phrase only modifies it (`Putins Berater`).
  func entityIndex(in range: Range<Int>, of sentence: SentenceWords) -> Int? {
    guard !range.isEmpty, let mentions = entityMentions[sentence.segment.span.start] else { return nil }
    let span = sentence.span(range.lowerBound, range.upperBound - 1)
    let inside = mentions.filter { $0.span.start >= span.start && $0.span.end <= span.end }
    let heads = inside.filter { mention in
      let after = sentence.index(atOrAfter: mention.span.end)..<range.upperBound
      return !after.contains { index in
        sentence.isCapitalized(index)
          && !mentions.contains { $0.span.start <= sentence.tokens[index].span.start && sentence.tokens[index].span.end <= $0.span.end }
      }
    }.map(\.entity)
    return heads.last { entities[$0].type == .person } ?? heads.last { entities[$0].type == .organization }
  }

  /// The index of the entity with this name or alias, if `who` found one.
  func entityIndex(named name: String) -> Int? {
    entityIndexByName[name]
  }

  /// The entity mentions of a sentence: spans and entity indices.
  func mentions(in sentence: SentenceWords) -> [(span: Span, entity: Int)] {
    entityMentions[sentence.segment.span.start] ?? []
  }

  /// The person a role noun stands for: of the names that follow the role somewhere in the
  /// article, the one mentioned last.
  func holder(ofRole role: String) -> String? {
    roleHolders[role]?.max { (mentions.sentenceOf[$0] ?? -1) < (mentions.sentenceOf[$1] ?? -1) }
  }

  /// Notes the full names that sentence `number` mentions outside `quoted` spans (sorted by
  /// start): a name inside a quotation is what someone talks about, not who speaks next. The
  /// note goes to the log every copy of these speakers shares.
  func noteMentions(in sentence: SentenceWords, number: Int, outside quoted: [Span]) {
    let quoted = SpeechCues.spans(quoted, overlapping: sentence.segment.span)
    func isQuoted(_ offset: Int) -> Bool { quoted.contains { $0.contains(offset) } }
    if !entities.isEmpty {
      for mention in entityMentions[sentence.segment.span.start] ?? [] where !isQuoted(mention.span.start) {
        let entity = entities[mention.entity]
        mentions.sentenceOf[entity.name] = number
      }
      return
    }
    for index in 0..<sentence.count where sentence.isCapitalized(index) && !isQuoted(sentence.tokens[index].span.start) {
      let word = sentence.texts[index]
      if let full = names[word] ?? withoutGenitive(word).flatMap({ names[$0] }) { mentions.sentenceOf[full] = number }
    }
  }

  /// The person whose role (from `who`) is the description `words` (lower-cased): the same role
  /// noun, and adjectives alike but for their endings (`venezolanische` and `venezolanischer`).
  func person(withRole words: [String]) -> String? {
    func alike(_ first: String, _ second: String) -> Bool {
      let stem = { (word: String) in String(word.prefix(max(4, word.count - 2))) }
      return first.hasPrefix(stem(second)) || second.hasPrefix(stem(first))
    }
    guard let last = words.last, let noun = data.roleLemma(last) else { return nil }
    let sameRole = rolePeople.filter { person in
      person.role.count == words.count && person.noun == noun
        && zip(person.role.dropLast(), words.dropLast()).allSatisfy(alike)
    }
    if sameRole.count == 1 { return sameRole[0].name }
    // `der venezolanische Staatschef` for `der venezolanische Präsident`: the only person with
    // the same attributes and another title.
    let sameAttributes = rolePeople.filter { person in
      person.role.count == words.count && words.count > 1 && zip(person.role.dropLast(), words.dropLast()).allSatisfy(alike)
    }
    return sameAttributes.count == 1 ? sameAttributes[0].name : nil
  }

  /// Whether tokens `range` of a sentence name an entity `who` found.
  func namesEntity(_ range: Range<Int>, in sentence: SentenceWords) -> Bool {
    entity(in: range, of: sentence) != nil
  }

  /// Whether words `range` can name a source: an entity, a role (`Sprecher`) or an organisation
  /// word (`Ministeriums`), not any noun (`Gespräch`).
  func namesSource(_ range: Range<Int>, in sentence: SentenceWords) -> Bool {
    namesEntity(range, in: sentence) || sentence.hasSourceNoun(in: range)
  }

  /// A person's gender as the article tells it (a gendered role noun, a given name), if it does.
  func gender(of name: String) -> Gender? {
    genders[name] ?? entityNamed[name]?.gender
  }

  /// A name's words without the role nouns and articles that open them (`Präsident Wladimir
  /// Putin` → `Wladimir Putin`); static, so that the names gathered while speakers are made
  /// need no copy of them.
  private static func stripRoles(_ words: [String], data: LanguageData) -> [String] {
    var result = words[...]
    while let first = result.first, data.roles.contains(first.lowercased()) || data.words(.article).contains(first.lowercased()) {
      result = result.dropFirst()
    }
    return Array(result)
  }

  /// `Putins` → `Putin`, `Kims` → `Kim`: a name without the language's genitive ending
  /// (`genitive-ending` words; English has none: `Democrats` is a plural) or a bare apostrophe.
  func withoutGenitive(_ word: String) -> String? {
    guard word.count > 3 else { return nil }
    if word.hasSuffix("’") || word.hasSuffix("'") { return String(word.dropLast()) }
    return data.withoutGenitiveEnding(word)
  }
}
