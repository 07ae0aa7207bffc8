import Testing

@testable import LedeCore

/// The table that numbers an article's distinct words for the per-word caches.
@Suite struct WordNumbersTests {
  @Test func numbersWordsInTheOrderFirstMet() {
    var numbers = WordNumbers()
    let words = ["Kim", "sagte", "Kim", "", "Straße", "sagte", ""]
    let found = words.map { numbers.insert($0) }
    #expect(found.map(\.number) == [0, 1, 0, 2, 3, 1, 2])
    #expect(found.map(\.isNew) == [true, true, false, true, true, false, false])
    #expect(numbers.words == ["Kim", "sagte", "", "Straße"])
  }

  /// Far more words than the first table holds keep their numbers as it grows; words are told
  /// apart by their bytes, so a letter with a combining accent is another word than the
  /// precomposed one, and a long word (stored outside the string's own bytes) is found again.
  @Test func keepsNumbersAsItGrowsAndTellsWordsApartByTheirBytes() {
    var numbers = WordNumbers()
    let words = (0..<5000).map { "wort\($0)" } + ["Café", "Cafe\u{301}", String(repeating: "Nachrichtenagentur", count: 4)]
    let first = words.map { numbers.insert($0) }
    let again = words.reversed().map { numbers.insert($0) }.reversed()
    #expect(first.map(\.number) == Array(words.indices) && first.allSatisfy(\.isNew))
    #expect(again.map(\.number) == Array(words.indices) && !again.contains(where: \.isNew))
  }
}
