/// The best label sequence for a sentence under per-word label scores and label-pair weights,
/// with only allowed label pairs (`EntityLabel.allowedTransitions`).
enum Viterbi {
  /// - Parameters:
  ///   - count: the number of words.
  ///   - transitions: `(labels + 1) × labels` weights, row `labels` for the sentence start.
  ///   - emissions: fills the score of every label for the word at a position.
  static func decode(count: Int, transitions: [Float], emissions: (Int, inout [Float]) -> Void) -> [Int] {
    guard count > 0 else { return [] }
    let labels = EntityModel.labelCount
    let allowed = EntityLabel.allowedTransitions
    var scores = [Float](repeating: 0, count: labels)
    var best = [Float](repeating: 0, count: labels)
    var next = [Float](repeating: 0, count: labels)
    var back = [Int](repeating: 0, count: count * labels)
    for position in 0..<count {
      emissions(position, &scores)
      for label in 0..<labels {
        if position == 0 {
          let start = labels * labels + label
          best[label] = allowed[start] ? scores[label] + transitions[start] : -.infinity
          continue
        }
        var top = -Float.infinity
        var from = 0
        for previous in 0..<labels where allowed[previous * labels + label] {
          let value = best[previous] + transitions[previous * labels + label]
          if value > top {
            top = value
            from = previous
          }
        }
        next[label] = top + scores[label]
        back[position * labels + label] = from
      }
      if position > 0 { swap(&best, &next) }
    }
    var label = (0..<labels).max { best[$0] < best[$1] } ?? 0
    var result = [Int](repeating: 0, count: count)
    for position in stride(from: count - 1, through: 0, by: -1) {
      result[position] = label
      label = back[position * labels + label]
    }
    return result
  }
}
