import Testing

@testable import LedeCore

/// Words found again by spellings one or two edits away (`NearSpellings`): every word within
/// the edits is a candidate, whatever the edit, and words further away mostly are not.
@Suite struct NearSpellingsTests {
  static let names = ["Pjöngjang", "Hongkong", "Kilkenny", "Wexford", "Berlin", "Hamburg"]

  /// The names filed, after enough others that they are filed by spelling.
  static func filed(edits: Int) -> NearSpellings {
    var spellings = NearSpellings()
    for (number, name) in names.enumerated() { spellings.insert(name, as: number, edits: edits) }
    for number in 0..<NearSpellings.fewWords { spellings.insert("Zzz\(number)", as: names.count + number, edits: edits) }
    return spellings
  }

  @Test(arguments: [
    ("Pjönjang", "Pjöngjang"),  // a letter dropped
    ("Hongkongg", "Hongkong"),  // a letter added
    ("Kilkenni", "Kilkenny"),  // a letter changed
    ("Wexfrod", "Wexford"),  // two neighbours swapped
    ("Berlin", "Berlin"),  // the word itself
  ])
  func everyWordOneEditAwayIsACandidate(word: String, name: String) {
    let found = Self.filed(edits: 1).candidates(near: word, edits: 1).map { Self.names[$0] }
    #expect(found.contains(name))
    #expect(EditDistance.between(word, name) <= 1)
  }

  @Test func twoEditsFindWhatOneDoesNot() {
    // Two letters added: no spelling one deletion from each is shared.
    let word = "Pjöngjangxy"
    #expect(!Self.filed(edits: 1).candidates(near: word, edits: 1).contains(0))
    #expect(Self.filed(edits: 2).candidates(near: word, edits: 2).contains(0))
  }

  @Test func candidatesComeInTheOrderFiledAndFarWordsAreNone() {
    var spellings = NearSpellings()
    spellings.insert("Hamburg", as: 3, edits: 1)
    spellings.insert("Hamburk", as: 7, edits: 1)
    // Few words filed: every one is a candidate.
    #expect(spellings.candidates(near: "Bremen", edits: 1) == [3, 7])
    for number in 10..<(10 + NearSpellings.fewWords) { spellings.insert("Name\(number)", as: number, edits: 1) }
    #expect(spellings.candidates(near: "Hamburx", edits: 1) == [3, 7])
    #expect(spellings.candidates(near: "Bremen", edits: 1).isEmpty)
  }
}
