/// Learns a `RankingModel` online as an averaged perceptron: for each decision the candidates
/// are scored with the current weights, and when the best is not a right one, the features of
/// the best right candidate gain and those of the chosen one lose. Callers drive the epochs, so
/// that decisions whose features depend on earlier decisions see the learner's own choices.
public struct RankingLearner {
  private var rows: [UInt64: Int] = [:]
  private var keys: [UInt64] = []
  private var weights = AveragedWeights(count: 0)
  /// Decisions seen and decisions the current weights got wrong.
  public private(set) var decisions = 0
  public private(set) var mistakes = 0

  public init() {}

  /// Each distinct feature counts once, as in `RankingModel`.
  private func score(_ hashes: [UInt64]) -> Float {
    hashes.reduce(Float(0)) { sum, key in sum + (rows[key].map { weights.weights[$0] } ?? 0) }
  }

  /// The scores of candidates (each the distinct hashes of its features) under the current weights.
  public func scores(of candidates: [[UInt64]]) -> [Float] {
    candidates.map(score)
  }

  /// The index of the candidate the current weights rank first (the first of equals).
  public func best(of candidates: [[String]]) -> Int {
    Ranking.best(candidates.map { score(FeatureHash.distinct($0)) }) ?? 0
  }

  /// Ranks `candidates`, learns from the choice if it is not among `right`, and returns it: the
  /// features of the best right candidate gain, the chosen one's lose. A decision without right
  /// candidates teaches nothing.
  @discardableResult
  public mutating func learn(_ candidates: [[String]], right: Set<Int>, weight: Float = 1) -> Int {
    learn(hashes: candidates.map(FeatureHash.distinct), right: right, weight: weight)
  }

  /// `learn` for candidates given as the distinct hashes of their features.
  @discardableResult
  public mutating func learn(hashes candidates: [[UInt64]], right: Set<Int>, weight: Float = 1) -> Int {
    let scores = candidates.map(score)
    let chosen = Ranking.best(scores) ?? 0
    guard !right.isEmpty else { return chosen }
    decisions += 1
    weights.tick()
    guard !right.contains(chosen) else { return chosen }
    mistakes += 1
    let rights = right.sorted()
    let target = rights[Ranking.best(rights.map { scores[$0] }) ?? 0]
    for key in candidates[target] { weights.update(row(of: key), by: weight) }
    for key in candidates[chosen] { weights.update(row(of: key), by: -weight) }
    return chosen
  }

  /// Starts counting mistakes afresh (at the start of an epoch).
  public mutating func resetCounts() {
    decisions = 0
    mistakes = 0
  }

  private mutating func row(of key: UInt64) -> Int {
    if let row = rows[key] { return row }
    let row = keys.count
    rows[key] = row
    keys.append(key)
    weights.grow(to: keys.count)
    return row
  }

  /// The averaged weights as a model, leaving out features whose weight stays below `pruneBelow`.
  public func model(pruneBelow: Float = 0.01) -> RankingModel {
    let averaged = weights.averaged()
    var kept: [UInt64: Float] = [:]
    for (row, key) in keys.enumerated() where abs(averaged[row]) >= pruneBelow { kept[key] = averaged[row] }
    return RankingModel(weights: kept)
  }
}
