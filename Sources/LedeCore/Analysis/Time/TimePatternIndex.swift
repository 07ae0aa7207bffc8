/// The patterns of a language indexed for matching, built once when the patterns are set:
/// which patterns may start with which word, and their bit-mask prefilter.
struct TimePatternIndex: Sendable {
  /// Pattern numbers (in file order) by the keys a first word must have.
  let patternsByStart: [TimeMatcher.StartKey: [Int]]
  let prefilter: TimePrefilter

  init(patterns: [TimePattern]) {
    var byStart: [TimeMatcher.StartKey: [Int]] = [:]
    for (number, pattern) in patterns.enumerated() {
      for key in Set(TimeMatcher.startKeys(of: pattern)) { byStart[key, default: []].append(number) }
    }
    patternsByStart = byStart
    prefilter = TimePrefilter(patterns: patterns)
  }

  /// The patterns that may start with `word`, in file order (so that the first wins a tie).
  func candidates(startingWith word: TimeMatcher.Word) -> [Int] {
    Set(TimeMatcher.startKeys(of: word).flatMap { patternsByStart[$0] ?? [] }).sorted()
  }
}
