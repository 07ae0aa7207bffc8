/// Words filed so that those one or two edits from a given word are found without comparing it
/// with every word filed: a word within k edits of another (a letter changed, added, dropped, or
/// two neighbours swapped) shares with it a spelling made by deleting at most k letters from
/// each, so each word is filed under those spellings. An article of thousands of one-word names
/// then costs time linear in its names, where comparing every pair cost their square. While few
/// words are filed, every one is a candidate: comparing them costs less than the spellings.
struct NearSpellings {
  /// The words filed, with their numbers and the edits they are filed for.
  private var filed: [(word: String, number: Int, edits: Int)] = []
  /// For each spelling with letters deleted (or none), the numbers of the words filed under it,
  /// in the order filed; made once more than `fewWords` are filed.
  private var byKey: [String: [Int]]?

  /// How many words are compared with every word looked up, before they are filed by spelling.
  static let fewWords = 32

  /// Files `word` as `number` (numbers ascending as filed), to be found from words at most
  /// `edits` (1 or 2) edits away.
  mutating func insert(_ word: String, as number: Int, edits: Int) {
    filed.append((word, number, edits))
    if byKey != nil {
      file(filed[filed.count - 1])
    } else if filed.count > Self.fewWords {
      byKey = [:]
      for entry in filed { file(entry) }
    }
  }

  /// The numbers of the words filed that may be at most `edits` edits from `word`, ascending: a
  /// superset of them, for an exact test to check.
  func candidates(near word: String, edits: Int) -> [Int] {
    guard let byKey else { return filed.map(\.number) }
    var numbers: Set<Int> = []
    for key in Self.keys(of: word, deletions: edits) { numbers.formUnion(byKey[key] ?? []) }
    return numbers.sorted()
  }

  private mutating func file(_ entry: (word: String, number: Int, edits: Int)) {
    for key in Self.keys(of: entry.word, deletions: entry.edits) { byKey![key, default: []].append(entry.number) }
  }

  /// `word` and each spelling with up to `deletions` of its letters deleted.
  static func keys(of word: String, deletions: Int) -> Set<String> {
    var keys: Set<String> = [word]
    var level: Set<[Character]> = [Array(word)]
    for _ in 0..<deletions {
      var next: Set<[Character]> = []
      for letters in level where letters.count > 1 {
        for index in letters.indices {
          var shorter = letters
          shorter.remove(at: index)
          next.insert(shorter)
        }
      }
      for letters in next { keys.insert(String(letters)) }
      level = next
    }
    return keys
  }
}
