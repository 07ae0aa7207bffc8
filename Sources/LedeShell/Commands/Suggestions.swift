import LedeCore

/// "Did you mean" suggestions by edit distance.
enum Suggestions {
  /// The candidate closest to `word`, if it is close enough to be a typo: at most a third of
  /// the word's length in edits (and at most 3), or a unique candidate that `word` starts.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let limit = min(3, max(1, lowered.count / 3))
    let scored = candidates.map { ($0, EditDistance.between(lowered, $0.lowercased())) }.filter { $0.1 <= limit }
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
}
