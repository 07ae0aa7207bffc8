/// Corrections to the tagger's names that follow from how names are built, for mistakes a
/// word-by-word tagger makes: a German genitive name with the noun it governs (`Russlands
/// Krieg`), a source run into a person's name (`RIA Putin`), and hyphenated compounds whose
/// head says what they name (`Kim-Il-Sung-Platz` is a place, not the person).
struct NameRepairs {
  let gazetteer: Gazetteer
  /// The language's data: its genitive endings (`withoutGenitiveEnding`), if names take one.
  let data: LanguageData

  /// `Russlands Krieg` → `Russlands` (a place): a name with a genitive ending keeps only itself
  /// when the words after it are common nouns.
  func withoutGovernedNoun(_ range: Range<Int>, words: [String], type: EntityType) -> (Range<Int>, EntityType) {
    guard !data.words(.genitiveEnding).isEmpty, range.count >= 2 else { return (range, type) }
    var end = range.upperBound
    while end > range.lowerBound + 1, isCommonNoun(words[end - 1]) { end -= 1 }
    let first = words[range.lowerBound]
    guard end < range.upperBound, end == range.lowerBound + 1, let stem = data.withoutGenitiveEnding(first), stem.count > 2
    else { return (range, type) }
    let isPlace = gazetteer.namesRegionOrCity(stem) || gazetteer.contains(stem, in: .place)
    return (range.lowerBound..<end, isPlace ? .place : type)
  }

  /// The hyphenated compounds among `words` whose head names a kind of place or organisation
  /// and whose other parts are capitalised: their ranges and types. A number right before
  /// belongs to the name (`38 North-Programm`).
  func compounds(in words: [String]) -> [(range: Range<Int>, type: EntityType)] {
    var result: [(Range<Int>, EntityType)] = []
    for (index, word) in words.enumerated() where CharacterClass.contains(UInt8(ascii: "-"), in: word) {
      let parts = word.split(separator: "-")
      guard parts.count >= 2, let head = parts.last, let type = gazetteer.nameHeads[head.lowercased()],
        parts.dropLast().allSatisfy({ $0.first?.isUppercase ?? false }),
        parts.dropLast().contains(where: { !isCommonNoun(String($0)) })
      else { continue }
      let start = index > 0 && words[index - 1].allSatisfy(\.isNumber) ? index - 1 : index
      result.append((start..<(index + 1), type))
    }
    return result
  }

  /// `Luiz` `Inácio` `Lula da Silva` → one person: two parts of a person's name with one or two
  /// capitalised words between them that the tagger left out and that are no common nouns
  /// (sorted by range in, sorted out).
  func joiningSplitPersons(_ found: [(range: Range<Int>, type: EntityType)], words: [String]) -> [(range: Range<Int>, type: EntityType)] {
    let widestGap = 2
    var result: [(range: Range<Int>, type: EntityType)] = []
    for mention in found {
      if let last = result.last, last.type == .person, mention.type == .person,
        case let gap = last.range.upperBound..<mention.range.lowerBound, (1...widestGap).contains(gap.count),
        gap.allSatisfy({ isNamePart(words[$0]) })
      {
        result[result.count - 1].range = last.range.lowerBound..<mention.range.upperBound
      } else {
        result.append(mention)
      }
    }
    return result
  }

  /// Names whose brackets pair up: `(Tom) Seaver`, tagged from `Tom`, takes the bracket before
  /// it; `Hizbollah (Party of God` is two names, before and after the bracket it opens; words up
  /// to a closing bracket nothing opens are left out. (Sorted by range in, sorted out.)
  func withBalancedBrackets(_ found: [(range: Range<Int>, type: EntityType)], words: [String]) -> [(range: Range<Int>, type: EntityType)] {
    found.flatMap { mention -> [(range: Range<Int>, type: EntityType)] in
      var open: [Int] = []
      var unopened: Int?
      for index in mention.range {
        if Self.opening.contains(words[index]) { open.append(index) }
        if Self.closing.contains(words[index]) && open.popLast() == nil && unopened == nil { unopened = index }
      }
      let range = mention.range
      if let close = unopened {
        if range.lowerBound > 0 && Self.opening.contains(words[range.lowerBound - 1]) && open.isEmpty {
          return [((range.lowerBound - 1)..<range.upperBound, mention.type)]
        }
        return close + 1 < range.upperBound ? [((close + 1)..<range.upperBound, mention.type)] : []
      }
      guard let bracket = open.first else { return [mention] }
      return [range.lowerBound..<bracket, (bracket + 1)..<range.upperBound].filter { !$0.isEmpty }.map { ($0, mention.type) }
    }
  }

  private static let opening: Set<String> = ["(", "["]
  private static let closing: Set<String> = [")", "]"]

  /// A capitalised word of three letters or more that is no common noun or role (`Inácio`, not
  /// `Kanzler` or an initial).
  private func isNamePart(_ word: String) -> Bool {
    guard word.unicodeScalars.count >= 3, let first = word.unicodeScalars.first, CharacterClass.isUppercase(first),
      word.unicodeScalars.allSatisfy(CharacterClass.isLetter)
    else { return false }
    return !gazetteer.contains(word.lowercased(), in: .commonNoun) && !gazetteer.contains(word.lowercased(), in: .role)
  }

  private func isCommonNoun(_ word: String) -> Bool {
    gazetteer.contains(word, in: .commonNoun)
      && ![.region, .city, .place, .surname, .givenName, .properName].contains { gazetteer.contains(word, in: $0) }
  }
}
