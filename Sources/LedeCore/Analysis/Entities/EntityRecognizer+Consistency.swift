/// Makes an article's names agree with themselves: one type per name (the most frequent), a
/// person's last name alone is that person, untagged occurrences of a name tagged more often than
/// not are added, and so are misspellings of a one-word name. Every step is linear in the
/// mentions: a mention's text is hashed once, and each distinct name is looked at once.
extension EntityRecognizer {
  func consistent(_ found: [Mention], segmentWords: [TaggingWords?], sentenceOfSegment: [Int]) -> [Mention] {
    let mentions = withoutPersonsLastNames(found, segmentWords: segmentWords)
    let texts = MentionTexts(mentions)
    let surnames = surnames(in: mentions, segmentWords: segmentWords)
    let majority = majorityTypes(mentions, texts: texts, surnames: surnames, segmentWords: segmentWords)
    let typeOfText = texts.distinct.map { majority[$0]! }
    var result = mentions.indices.map { index -> Mention in
      var copy = mentions[index]
      copy.type = typeOfText[texts.ids[index]]
      return copy
    }
    var taken = TakenWords(segmentWords)
    for mention in mentions { taken.insert(mention.tokens, in: mention.segment) }
    let names = TaggedNames(mentions, texts: texts, segmentWords: segmentWords)
    result += untaggedOccurrences(of: names, surnames: surnames, majority: majority, segmentWords: segmentWords, sentenceOfSegment: sentenceOfSegment, taken: &taken)
    result += spellingVariants(besides: result, segmentWords: segmentWords, sentenceOfSegment: sentenceOfSegment, taken: &taken)
    return result.sorted { $0.span < $1.span }
  }

  /// `RIA Putin`: a name of another type that ends in a person's last name loses it.
  private func withoutPersonsLastNames(_ found: [Mention], segmentWords: [TaggingWords?]) -> [Mention] {
    let lastNames = Set(found.filter { $0.type == .person && $0.tokens.count >= 2 }.map { lastWord(of: $0, segmentWords) })
    return found.map { mention -> Mention in
      guard mention.type != .person, mention.tokens.count >= 2, lastNames.contains(lastWord(of: mention, segmentWords)) else {
        return mention
      }
      return self.mention(
        segmentWords[mention.segment]!, range: mention.tokens.lowerBound..<(mention.tokens.upperBound - 1), type: mention.type, segment: mention.segment,
        sentence: mention.sentence)
    }
  }

  /// A person's last name alone (and its German genitive), as a one-word name: `Putin`, `Putins`.
  private func surnames(in mentions: [Mention], segmentWords: [TaggingWords?]) -> Set<[String]> {
    var surnames: Set<[String]> = []
    for mention in mentions where mention.type == .person && mention.tokens.count >= 2 {
      let last = lastWord(of: mention, segmentWords)
      guard last.count > 2, isNameLike([last]), !last.contains(".") else { continue }
      surnames.insert([last])
      if data.withoutGenitiveEnding(last) == nil {
        for ending in data.words(.genitiveEnding) { surnames.insert([last + ending]) }
      }
    }
    return surnames
  }

  /// One type per name text, the majority of its mentions, a tie going to its first mention's
  /// (an article introduces a name most plainly: `Der Konzern Bosch`); a German genitive
  /// (`Hongkongs`) takes the type of its name (`Hongkong`): a place's genitive looks like a
  /// person's to the tagger. A person's last name is that person also where the tagger took it
  /// for another type (`Trump responded`), unless it names a place that the article names
  /// before it introduces the person (see `shortForms`); names of one country take one type
  /// (`USA` is a place where `Vereinigte Staaten` is one).
  private func majorityTypes(_ mentions: [Mention], texts: MentionTexts, surnames: Set<[String]>, segmentWords: [TaggingWords?]) -> [String: EntityType] {
    var counts = texts.firstMention.map { TypeCount(first: mentions[$0].type) }
    for (index, mention) in mentions.enumerated() { counts[texts.ids[index]].count(mention.type) }
    var majority = Dictionary(uniqueKeysWithValues: zip(texts.distinct, counts.map(\.majority)))
    for text in majority.keys.sorted() {
      if let type = data.withoutGenitiveEnding(text).flatMap({ majority[$0] }) { majority[text] = type }
    }
    let gazetteer = tagger.features.gazetteer
    func namesPlace(_ text: String) -> Bool {
      gazetteer.namesRegionOrCity(text) || majority[text] == .place
    }
    let introducedPeople = shortForms(in: mentions, texts: texts, surnames: surnames, segmentWords: segmentWords, majority: &majority)
    for text in majority.keys where majority[text] != .person && surnames.contains([text]) && !introducedPeople.contains(text) {
      let genitiveOfPlace = data.withoutGenitiveEnding(text).map(namesPlace) ?? false
      if !namesPlace(text) && !genitiveOfPlace { majority[text] = .person }
    }
    let placeCodes = Set(majority.compactMap { $0.value == .place ? gazetteer.regionCode(of: $0.key) : nil })
    for text in majority.keys where majority[text] != .place && !introducedPeople.contains(text) {
      if let code = gazetteer.regionCode(of: text), placeCodes.contains(code) { majority[text] = .place }
    }
    return majority
  }

  /// Names that are the short form of a longer one in the article take its type: a person's
  /// last name that the tagger took for something else, once the person is introduced, even
  /// where it names a place too (`MaliVai Washington … Washington fell short` is the player; a
  /// place the article names before the person stays a place); a word taken for a person that
  /// starts a longer name of an organisation (`Ruch said … Ruch SA`) or is introduced by its kind
  /// (`Der Konzern Bosch … Bosch müsse sparen`). Returns the last names made people this way.
  private func shortForms(
    in mentions: [Mention], texts: MentionTexts, surnames: Set<[String]>, segmentWords: [TaggingWords?], majority: inout [String: EntityType]
  ) -> Set<String> {
    let people = introductions(of: mentions, type: .person, surnames: surnames, segmentWords: segmentWords)
    let organizations = introductions(of: mentions, type: .organization, surnames: surnames, segmentWords: segmentWords)
    var introducedPeople: Set<String> = []
    for (id, text) in texts.distinct.enumerated() {
      let isSurname = surnames.contains([text])
      if majority[text] != .person, isSurname, let person = people[text], person < texts.firstMention[id] {
        majority[text] = .person
        introducedPeople.insert(text)
      } else if majority[text] == .person, !isSurname, organizations[text] != nil {
        majority[text] = .organization
      }
    }
    return introducedPeople
  }

  /// Where the article first names a person or an organisation by more than one word, by the
  /// word its short form keeps: a person's last (`MaliVai Washington`: `Washington`), an
  /// organisation's first (`Ruch SA`: `Ruch`); and where it introduces an organisation of one word
  /// by its kind (`Der Konzern Bosch`, `the company Nokia`: an organisation word of the language's
  /// speaker words right before it). Not a person whose first word is a person's last name:
  /// `Lebed Chechnya` beside `Alexander Lebed` is two names run together, as in a headline.
  private func introductions(of mentions: [Mention], type: EntityType, surnames: Set<[String]>, segmentWords: [TaggingWords?]) -> [String: Int] {
    var first: [String: Int] = [:]
    for (index, mention) in mentions.enumerated() where mention.type == type {
      let words = segmentWords[mention.segment]!.texts
      let firstWord = words[mention.tokens.lowerBound]
      let kept: String
      if mention.tokens.count >= 2 {
        if type == .person && surnames.contains([firstWord]) { continue }
        kept = type == .person ? lastWord(of: mention, segmentWords) : firstWord
      } else if type == .organization, mention.tokens.lowerBound > 0,
        tagger.features.gazetteer.contains(words[mention.tokens.lowerBound - 1], in: .organization)
      {
        kept = firstWord
      } else {
        continue
      }
      if first[kept] == nil { first[kept] = index }
    }
    return first
  }

  /// Occurrences of tagged names (as whole token sequences) that the tagger left out: of a name
  /// tagged in at least half its occurrences, or of a surname.
  private func untaggedOccurrences(
    of tagged: TaggedNames, surnames: Set<[String]>, majority: [String: EntityType], segmentWords: [TaggingWords?], sentenceOfSegment: [Int],
    taken: inout TakenWords
  ) -> [Mention] {
    let names = Array(Set(tagged.names.keys.filter(isNameLike)).union(surnames))
    let byFirstWord = Dictionary(grouping: names.indices) { names[$0][0] }.mapValues { $0.sorted { names[$0].count > names[$1].count } }
    // A word that starts many names (an article of thousands) has the names it starts there
    // looked up by their words, the lengths of its names longest first, instead of compared
    // one by one.
    let numberOfName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($0.element, $0.offset) })
    let lengthsByFirstWord = byFirstWord.filter { $0.value.count > Self.namesCompared }
      .mapValues { Set($0.map { names[$0].count }).sorted(by: >) }
    var occurrences: [(segment: Int, range: Range<Int>, name: Int)] = []
    var occurrenceCounts = [Int](repeating: 0, count: names.count)
    for (number, tagging) in segmentWords.enumerated() {
      guard let words = tagging?.texts else { continue }
      for start in words.indices {
        // Names start with a capital or a digit; most words can be skipped without a lookup.
        guard mayStartName(words[start]) || words[start].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) ?? false,
          let candidates = byFirstWord[words[start]]
        else { continue }
        let fits =
          if let lengths = lengthsByFirstWord[words[start]] {
            lengths.lazy.compactMap { start + $0 <= words.count ? numberOfName[Array(words[start..<(start + $0)])] : nil }.first
          } else {
            candidates.first { start + names[$0].count <= words.count && words[start..<(start + names[$0].count)].elementsEqual(names[$0]) }
          }
        if let name = fits {
          occurrences.append((number, start..<(start + names[name].count), name))
          occurrenceCounts[name] += 1
        }
      }
    }
    let taggedName = names.map { tagged.names[$0] }
    let isSurname = names.map { surnames.contains($0) }
    let type = names.indices.map { taggedName[$0].flatMap { majority[$0.firstText] } ?? (isSurname[$0] ? .person : nil) }
    var found: [Mention] = []
    for occurrence in occurrences {
      let name = occurrence.name
      guard isSurname[name] || (taggedName[name]?.count ?? 0) * 2 >= occurrenceCounts[name],
        !taken.containsAny(of: occurrence.range, in: occurrence.segment), let type = type[name]
      else { continue }
      let tagging = segmentWords[occurrence.segment]!
      let words = tagging.texts
      // Part of a longer name, unless every noun is capitalised.
      if occurrence.range.upperBound < words.count, words[occurrence.range.upperBound].first?.isUppercase ?? false,
        !data.grammar.capitalizesNouns
      {
        continue
      }
      found.append(mention(tagging, range: occurrence.range, type: type, segment: occurrence.segment, sentence: sentenceOfSegment[occurrence.segment]))
      taken.insert(occurrence.range, in: occurrence.segment)
    }
    return found
  }

  /// How many names starting with one word are compared with the words at each occurrence of it;
  /// those of a word that starts more are looked up by their words.
  private static let namesCompared = 16

  /// Misspellings of a one-word place or organisation name (`Pjönjang` beside `Pjöngjang`), and
  /// the agency of the dateline.
  private func spellingVariants(besides mentions: [Mention], segmentWords: [TaggingWords?], sentenceOfSegment: [Int], taken: inout TakenWords) -> [Mention] {
    let variantSources = Dictionary(
      mentions.filter { $0.tokens.count == 1 && $0.type != .person && $0.text.count >= 6 }.map { ($0.text, $0.type) }
    ) { first, _ in first }
    let orderedVariantSources = variantSources.keys.sorted()
    var nearSources = NearSpellings()
    for (number, name) in orderedVariantSources.enumerated() { nearSources.insert(name, as: number, edits: 1) }
    var variantTypes: [String: EntityType?] = [:]
    var found: [Mention] = []
    for (number, tagging) in segmentWords.enumerated() {
      guard let tagging else { continue }
      let isDateline = article.segments[number].kind == .dateline
      for (index, word) in tagging.texts.enumerated() where isDateline || (word.utf8.count >= 6 && mayStartName(word)) {
        guard !taken.containsAny(of: index..<(index + 1), in: number) else { continue }
        var type: EntityType?
        if isDateline && word == article.metadata.agency {
          type = .organization
        } else if let known = variantTypes[word] {
          type = known
        } else if word.count >= 6, word.first?.isUppercase ?? false, variantSources[word] == nil {
          // The common-noun lookup last: most words are no variant of any name.
          let variant = nearSources.candidates(near: word, edits: 1).lazy.map { orderedVariantSources[$0] }
            .first { isSpellingVariant(word, of: $0) }.flatMap { variantSources[$0] }
          type = variant.flatMap { tagger.features.gazetteer.contains(word, in: .commonNoun) ? nil : $0 }
          variantTypes[word] = type
        }
        guard let type else { continue }
        found.append(mention(tagging, range: index..<(index + 1), type: type, segment: number, sentence: sentenceOfSegment[number]))
        taken.insert(index..<(index + 1), in: number)
      }
    }
    return found
  }

  /// The last of a mention's words.
  private func lastWord(of mention: Mention, _ segmentWords: [TaggingWords?]) -> String {
    segmentWords[mention.segment]!.texts[mention.tokens.upperBound - 1]
  }

  /// One edit apart, same first letter, and not the same word with a genitive `s`.
  private func isSpellingVariant(_ word: String, of name: String) -> Bool {
    word.first == name.first && abs(word.count - name.count) <= 1 && word != name + "s" && name != word + "s"
      && EditDistance.between(word, name) <= 1
  }

  /// Whether a word may be a capitalised name: its first byte is a capital ASCII letter or starts
  /// a non-ASCII character (a cheap test before any lookup).
  private func mayStartName(_ word: String) -> Bool {
    guard let first = word.utf8.first else { return false }
    return first >= 0x80 || (first >= 0x41 && first <= 0x5A)
  }

  /// Names worth finding again: every word capitalised or a number.
  private func isNameLike(_ words: [String]) -> Bool {
    words.allSatisfy { $0.first?.isUppercase ?? false || $0.first?.isNumber ?? false }
  }
}

/// The distinct texts of mentions, in the order they first occur, and each mention's text by
/// number: the only place a mention's text is hashed.
private struct MentionTexts {
  var distinct: [String] = []
  /// For each distinct text, its first mention.
  var firstMention: [Int] = []
  /// For each mention, the number of its text in `distinct`.
  var ids: [Int] = []

  init(_ mentions: [Mention]) {
    var idOfText: [String: Int] = [:]
    ids.reserveCapacity(mentions.count)
    for (index, mention) in mentions.enumerated() {
      if let id = idOfText[mention.text] {
        ids.append(id)
      } else {
        idOfText[mention.text] = distinct.count
        ids.append(distinct.count)
        distinct.append(mention.text)
        firstMention.append(index)
      }
    }
  }
}

/// The tagged names as token sequences, each with how often it was tagged and the text of its
/// first mention. A mention's words are compared with those of the first mention of its text,
/// and hashed only when they differ; then each distinct text's words once (`Kim  Jong` and
/// `Kim Jong` are one name).
private struct TaggedNames {
  struct Name {
    var count: Int
    var firstText: String
  }

  let names: [[String]: Name]

  init(_ mentions: [Mention], texts: MentionTexts, segmentWords: [TaggingWords?]) {
    func words(of mention: Mention) -> ArraySlice<String> { segmentWords[mention.segment]!.texts[mention.tokens] }
    let wordsOfText = texts.firstMention.map { words(of: mentions[$0]) }
    var countOfText = [Int](repeating: 0, count: texts.distinct.count)
    var found: [[String]: (count: Int, first: Int)] = [:]
    for (index, mention) in mentions.enumerated() {
      let id = texts.ids[index]
      let mentionWords = words(of: mention)
      if index == texts.firstMention[id] || mentionWords.elementsEqual(wordsOfText[id]) {
        countOfText[id] += 1
      } else {
        found[Array(mentionWords), default: (0, index)].count += 1
      }
    }
    for (id, first) in texts.firstMention.enumerated() {
      var name = found[Array(wordsOfText[id]), default: (0, first)]
      name.count += countOfText[id]
      name.first = min(name.first, first)
      found[Array(wordsOfText[id])] = name
    }
    names = found.mapValues { Name(count: $0.count, firstText: mentions[$0.first].text) }
  }
}

/// How often a name text was tagged as each type, and its first mention's type.
private struct TypeCount {
  let first: EntityType
  var counts: [Int] = Array(repeating: 0, count: EntityType.allCases.count)

  init(first: EntityType) { self.first = first }

  mutating func count(_ type: EntityType) { counts[EntityType.allCases.firstIndex(of: type)!] += 1 }

  /// The type tagged most often; a tie goes to the first mention's type, else to the type
  /// that sorts first.
  var majority: EntityType {
    let types = EntityType.allCases
    var best = types.firstIndex(of: first)!
    for index in counts.indices {
      let breaksTie = counts[index] == counts[best] && types[best] != first && index < best
      if counts[index] > counts[best] || breaksTie { best = index }
    }
    return types[best]
  }
}

/// Which words of which segments belong to a mention already, one flag per word.
private struct TakenWords {
  private var flags: [[Bool]]

  init(_ segmentWords: [TaggingWords?]) {
    flags = segmentWords.map { Array(repeating: false, count: $0?.texts.count ?? 0) }
  }

  mutating func insert(_ range: Range<Int>, in segment: Int) {
    for index in range { flags[segment][index] = true }
  }

  func containsAny(of range: Range<Int>, in segment: Int) -> Bool {
    range.contains { flags[segment][$0] }
  }
}
