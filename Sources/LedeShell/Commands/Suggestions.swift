/// "Did you mean" suggestions by edit distance.
enum Suggestions {
  /// The candidate closest to `word`, if it is close enough to be a typo: at most a third of
  /// the word's length in edits (and at most 3), or a unique candidate that `word` starts.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let limit = min(3, max(1, lowered.count / 3))
    let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }.filter { $0.1 <= limit }
    if let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) { return best.0 }
    let prefixed = candidates.filter { $0.lowercased().hasPrefix(lowered) }
    return prefixed.count == 1 ? prefixed[0] : nil
  }

  /// ` (did you mean 'articles'?)` or nothing.
  static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " — did you mean '\($0)'?" } ?? ""
  }

  /// `a, b or c`.
  static func list(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + words.last!
  }

  /// Damerau–Levenshtein distance (optimal string alignment): a swap of neighbours is one edit.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
