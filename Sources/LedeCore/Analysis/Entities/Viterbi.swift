/// The best label sequence for a sentence under per-word label scores and label-pair weights,
/// with only allowed label pairs (`EntityLabel.allowedTransitions`).
enum Viterbi {
  /// - Parameters:
  ///   - count: the number of words.
  ///   - transitions: `(labels + 1) × labels` weights, row `labels` for the sentence start.
  ///   - slotWeights: `slotWeights(transitions)`, when the caller keeps them for many sentences.
  ///   - emissions: fills the score of every label for the word at a position.
  static func decode(count: Int, transitions: [Float], slotWeights: [Float]? = nil, emissions: (Int, inout [Float]) -> Void) -> [Int] {
    guard count > 0 else { return [] }
    let labels = EntityModel.labelCount
    let allowed = EntityLabel.allowedTransitions
    var scores = [Float](repeating: 0, count: labels)
    var best = [Float](repeating: 0, count: labels)
    var back = [Int32](repeating: 0, count: count * labels)
    emissions(0, &scores)
    for label in 0..<labels {
      let start = labels * labels + label
      best[label] = allowed[start] ? scores[label] + transitions[start] : -.infinity
    }
    var next = best
    let weights = slotWeights ?? Self.slotWeights(transitions)
    Self.predecessors.withUnsafeBufferPointer { predecessors in
      weights.withUnsafeBufferPointer { weights in
        for position in 1..<count {
          emissions(position, &scores)
          best.withUnsafeBufferPointer { best in
            next.withUnsafeMutableBufferPointer { next in
              back.withUnsafeMutableBufferPointer { back in
                var cursor = 0
                for label in 0..<labels {
                  let number = Int(predecessors[cursor])
                  var top = -Float.infinity
                  var from: Int32 = 0
                  for slot in (cursor &+ 1)..<(cursor &+ 1 &+ number) {
                    let previous = Int(predecessors[slot])
                    let value = best[previous] + weights[slot]
                    if value > top {
                      top = value
                      from = Int32(truncatingIfNeeded: previous)
                    }
                  }
                  cursor &+= 1 &+ number
                  next[label] = top + scores[label]
                  back[position &* labels &+ label] = from
                }
              }
            }
          }
          swap(&best, &next)
        }
      }
    }
    var label = (0..<labels).max { best[$0] < best[$1] } ?? 0
    var result = [Int](repeating: 0, count: count)
    for position in stride(from: count - 1, through: 0, by: -1) {
      result[position] = label
      label = Int(back[position * labels + label])
    }
    return result
  }

  /// For each label in turn, how many labels may come before it and which: `[n, l1 … ln, m, …]`.
  private static let predecessors: [Int32] = {
    let labels = EntityModel.labelCount
    return (0..<labels).flatMap { label in
      let allowed = (0..<labels).filter { EntityLabel.allowedTransitions[$0 * labels + label] }
      return [Int32(allowed.count)] + allowed.map(Int32.init)
    }
  }()

  /// The weight of each slot of `predecessors` (0 for a count): the loop over a sentence reads
  /// them in turn, with no multiplication and no scattered reads for a pair of labels.
  static func slotWeights(_ transitions: [Float]) -> [Float] {
    let labels = EntityModel.labelCount
    var weights: [Float] = []
    weights.reserveCapacity(predecessors.count)
    var slot = 0
    for label in 0..<labels {
      let number = Int(predecessors[slot])
      weights.append(0)
      for previous in predecessors[(slot + 1)..<(slot + 1 + number)] { weights.append(transitions[Int(previous) * labels + label]) }
      slot += 1 + number
    }
    return weights
  }
}
