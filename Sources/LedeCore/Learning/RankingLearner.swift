/// Learns a `RankingModel` online with averaged weights: for each decision the candidates are
/// scored with the current weights, which then move as its `update` says. Callers drive the
/// epochs, so that decisions whose features depend on earlier decisions see the learner's own
/// choices.
public struct RankingLearner {
  /// How a decision moves the weights: the margin of a passive-aggressive update is 1.
  public let update: WeightUpdate
  private var rows: [UInt64: Int] = [:]
  private var keys: [UInt64] = []
  private var weights = AveragedWeights(count: 0)
  /// Decisions seen and decisions the current weights got wrong.
  public private(set) var decisions = 0
  public private(set) var mistakes = 0

  public init(update: WeightUpdate = .perceptron) {
    self.update = update
  }

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

  /// Ranks `candidates`, learns from the decision as `update` says, and returns the choice. A
  /// decision without right candidates teaches nothing.
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
    if !right.contains(chosen) { mistakes += 1 }
    let rights = right.sorted()
    let target = rights[Ranking.best(rights.map { scores[$0] }) ?? 0]
    switch update {
    case .perceptron:
      guard !right.contains(chosen) else { break }
      move(toward: candidates[target], from: candidates[chosen], by: weight)
    case .passiveAggressive(let cap):
      let wrong = candidates.indices.filter { !right.contains($0) }
      guard let best = Ranking.best(wrong.map { scores[$0] }) else { break }
      let rival = wrong[best]
      let loss = 1 - (scores[target] - scores[rival])
      let gaining = Set(candidates[target]).subtracting(candidates[rival])
      let losing = Set(candidates[rival]).subtracting(candidates[target])
      let apart = gaining.count + losing.count
      guard loss > 0, apart > 0 else { break }
      let step = min(cap, loss / Float(apart)) * weight
      move(toward: candidates[target].filter(gaining.contains), from: candidates[rival].filter(losing.contains), by: step)
    }
    return chosen
  }

  /// The features of `gaining` gain `step`, those of `losing` lose it (a feature of both is left
  /// as it was).
  private mutating func move(toward gaining: [UInt64], from losing: [UInt64], by step: Float) {
    for key in gaining { weights.update(row(of: key), by: step) }
    for key in losing { weights.update(row(of: key), by: -step) }
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

  /// The averaged weights as a model (in units of a passive-aggressive update's cap), leaving
  /// out features whose weight stays below `pruneBelow`.
  public func model(pruneBelow: Float = 0.01) -> RankingModel {
    let averaged = weights.averaged().map { $0 / update.unit }
    var kept: [UInt64: Float] = [:]
    for (row, key) in keys.enumerated() where abs(averaged[row]) >= pruneBelow { kept[key] = averaged[row] }
    return RankingModel(weights: kept)
  }
}
