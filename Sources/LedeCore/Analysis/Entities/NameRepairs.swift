/// Corrections to the tagger's names that follow from how names are built, for mistakes a
/// word-by-word tagger makes: a German genitive name with the noun it governs (`Russlands
/// Krieg`), a source run into a person's name (`RIA Putin`), and hyphenated compounds whose
/// head says what they name (`Kim-Il-Sung-Platz` is a place, not the person).
struct NameRepairs {
  let gazetteer: Gazetteer
  let language: Language

  /// `Russlands Krieg` → `Russlands` (a place): a German genitive name keeps only itself when
  /// the words after it are common nouns.
  func withoutGovernedNoun(_ range: Range<Int>, words: [String], type: EntityType) -> (Range<Int>, EntityType) {
    guard language == .german, range.count >= 2 else { return (range, type) }
    var end = range.upperBound
    while end > range.lowerBound + 1, isCommonNoun(words[end - 1]) { end -= 1 }
    let first = words[range.lowerBound]
    guard end < range.upperBound, end == range.lowerBound + 1, first.hasSuffix("s"), first.count > 3 else { return (range, type) }
    let stem = String(first.dropLast())
    let isPlace = [.region, .city, .place].contains { gazetteer.contains(stem, in: $0) }
    return (range.lowerBound..<end, isPlace ? .place : type)
  }

  /// The hyphenated compounds among `words` whose head names a kind of place or organisation
  /// and whose other parts are capitalised: their ranges and types. A number right before
  /// belongs to the name (`38 North-Programm`).
  func compounds(in words: [String]) -> [(range: Range<Int>, type: EntityType)] {
    var result: [(Range<Int>, EntityType)] = []
    for (index, word) in words.enumerated() where word.utf8.contains(UInt8(ascii: "-")) {
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

  private func isCommonNoun(_ word: String) -> Bool {
    gazetteer.contains(word, in: .commonNoun)
      && ![.region, .city, .place, .surname, .givenName, .properName].contains { gazetteer.contains(word, in: $0) }
  }
}
