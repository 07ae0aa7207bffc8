/// Perceptron weights with the running sums needed for averaging (the trick of Daumé: keep
/// the sum of updates weighted by the time they were made, subtract its mean at the end).
/// The averaged weights generalise better than the last ones.
struct AveragedWeights {
  private(set) var weights: [Float]
  private var timed: [Double]
  private var clock: Double = 1

  init(count: Int) {
    weights = Array(repeating: 0, count: count)
    timed = Array(repeating: 0, count: count)
  }

  var count: Int { weights.count }

  /// Makes room for `count` weights (new ones start at 0).
  mutating func grow(to count: Int) {
    guard count > weights.count else { return }
    weights += Array(repeating: 0, count: count - weights.count)
    timed += Array(repeating: 0, count: count - timed.count)
  }

  /// One more example has been seen (updates are weighted by how early they came).
  mutating func tick() { clock += 1 }

  mutating func update(_ index: Int, by amount: Float) {
    weights[index] += amount
    timed[index] += clock * Double(amount)
  }

  /// The average of each weight over every tick so far.
  func averaged() -> [Float] {
    zip(weights, timed).map { Float(Double($0) - $1 / clock) }
  }
}

/// A small, seedable random number generator (SplitMix64), for reproducible shuffles.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
