/// Trains an `EntityModel` as an averaged structured perceptron: each sentence is decoded with
/// the current weights, and where the decoded labels differ from the gold ones the gold
/// features gain and the decoded ones lose, by one or as `update` says. The averaged weights
/// generalise better than the last.
public struct PerceptronTrainer {
  /// One training sentence: words, gold labels, and how much its mistakes count.
  public struct Sentence: Sendable {
    public let words: [String]
    public let labels: [EntityLabel]
    public let weight: Float
    /// Types its annotation does not mark (SmartData has no "other"): a word labelled `O` may be
    /// a name of these types, and training takes the reading the model likes best among those.
    public let unannotated: Set<EntityType>
    /// What the rest of its document says about its words, where the corpus marks documents.
    public let document: EntityFeatures.DocumentContext?

    public init(
      words: [String], labels: [EntityLabel], weight: Float = 1, unannotated: Set<EntityType> = [],
      document: EntityFeatures.DocumentContext? = nil
    ) {
      precondition(words.count == labels.count)
      self.words = words
      self.labels = labels
      self.weight = weight
      self.unannotated = unannotated
      self.document = document
    }
  }

  public let features: EntityFeatures
  public var epochs = 8
  /// Features seen fewer times in the training data are left out of the model.
  public var minimumCount = 2
  /// Features whose averaged weights all stay below this are left out of the model: they change
  /// almost no decision, and a smaller model is faster to read and to consult.
  public var pruneBelow: Float = 0.5
  /// The seed of the shuffle before each epoch, so that training is reproducible.
  public var seed: UInt64 = 2024
  /// How the weights move. Passive-aggressively, a sentence is decoded with every wrong label
  /// worth 1 (or its `missCosts`) more than its weights say (so the gold labels must lead each
  /// other reading by the cost of its wrong labels), and the weights move by the smallest step
  /// that would make them lead, at most the cap; the model's weights are in units of the cap.
  public var update = WeightUpdate.perceptron
  /// What a wrong label costs in the passive-aggressive margin where the gold label is a name of
  /// the type: 1 unless given here. A rare type the tagger learns to leave out can be made to
  /// cost more, which moves it from precision towards recall.
  public var missCosts: [EntityType: Float] = [:]

  public init(features: EntityFeatures) {
    self.features = features
  }

  /// Trains on `sentences`; `progress` hears after each epoch how many sentences were wrong (or,
  /// passive-aggressively, not right by the margin).
  public func train(_ sentences: [Sentence], progress: (Int, Int) -> Void = { _, _ in }) -> EntityModel {
    let labels = EntityModel.labelCount
    // Feature hashes to dense rows, keeping only features seen often enough.
    var counts: [UInt64: Int32] = [:]
    let hashed = sentences.map { features.features(of: $0.words, document: $0.document) }
    for sentence in hashed { for word in sentence { for feature in word { counts[feature, default: 0] += 1 } } }
    var rows: [UInt64: Int32] = [:]
    var keys: [UInt64] = []
    // Sorted, so that the same data gives the same model file.
    for key in counts.filter({ $0.value >= minimumCount }).keys.sorted() {
      rows[key] = Int32(keys.count)
      keys.append(key)
    }
    let indexed: [[[Int32]]] = hashed.map { $0.map { $0.compactMap { rows[$0] } } }
    let gold = sentences.map { $0.labels.map(\.index) }

    var state: Weights = (weights: AveragedWeights(count: keys.count * labels), transitions: AveragedWeights(count: (labels + 1) * labels))
    let costs = EntityLabel.all.map { label in label.type.flatMap { missCosts[$0] } ?? 1 }
    var random = SplitMix64(seed: seed)
    var order = Array(sentences.indices)
    for epoch in 1...epochs {
      order.shuffle(using: &random)
      var wrong = 0
      for index in order {
        let target = reading(of: sentences[index], gold: gold[index], words: indexed[index], state: state)
        let predicted = decode(indexed[index], state: state, costing: update == .perceptron ? nil : (target, costs))
        state.weights.tick()
        state.transitions.tick()
        guard predicted != target else { continue }
        wrong += 1
        guard let weight = step(from: predicted, to: target, words: indexed[index], state: state, costs: costs).map({ $0 * sentences[index].weight })
        else { continue }
        for position in predicted.indices where predicted[position] != target[position] {
          for row in indexed[index][position] {
            state.weights.update(Int(row) * labels + target[position], by: weight)
            state.weights.update(Int(row) * labels + predicted[position], by: -weight)
          }
        }
        for position in predicted.indices {
          let goldFrom = position == 0 ? labels : target[position - 1]
          let predictedFrom = position == 0 ? labels : predicted[position - 1]
          if goldFrom != predictedFrom || target[position] != predicted[position] {
            state.transitions.update(goldFrom * labels + target[position], by: weight)
            state.transitions.update(predictedFrom * labels + predicted[position], by: -weight)
          }
        }
      }
      progress(epoch, wrong)
    }
    let averaged = (weights: state.weights.averaged().map { $0 / update.unit }, transitions: state.transitions.averaged().map { $0 / update.unit })
    // Features whose weights all averaged to (almost) zero are left out.
    var keptKeys: [UInt64] = []
    var keptWeights: [Float] = []
    for (row, key) in keys.enumerated() {
      let slice = averaged.weights[(row * labels)..<((row + 1) * labels)]
      guard slice.contains(where: { abs($0) > pruneBelow }) else { continue }
      keptKeys.append(key)
      keptWeights += slice
    }
    return EntityModel(keys: keptKeys, weights: keptWeights, transitions: averaged.transitions, templates: features.templates)
  }

  /// The labels training moves towards: the gold ones, or, where the annotation leaves types
  /// out, the best reading under the current weights that keeps every annotated name and reads
  /// only unannotated types into words labelled `O`.
  private func reading(of sentence: Sentence, gold: [Int], words: [[Int32]], state: Weights) -> [Int] {
    guard !sentence.unannotated.isEmpty else { return gold }
    let open = [0] + sentence.unannotated.flatMap {
      [EntityLabel(type: $0, position: .begin).index, EntityLabel(type: $0, position: .inside).index]
    }
    return decode(words, state: state) { position, label in gold[position] == label || gold[position] == 0 && open.contains(label) }
  }

  /// How far the weights move from the labels `predicted` towards `target`: 1 for the
  /// perceptron; passive-aggressively, the smallest step that would make `target` lead by the
  /// cost of its wrong labels (`costs` of the target's label at each; each feature and label pair
  /// that tells them apart moves by it), at most the cap; nil if it already leads so.
  private func step(from predicted: [Int], to target: [Int], words: [[Int32]], state: Weights, costs: [Float]) -> Float? {
    guard case .passiveAggressive(let cap) = update else { return 1 }
    // The wrong labels, and the weights that tell the two readings apart (each changes twice:
    // a feature's or a transition's weight for the target's label and for the predicted one's).
    var wrong: Float = 0
    var apart = 0
    for position in predicted.indices {
      let labelDiffers = predicted[position] != target[position]
      if labelDiffers {
        wrong += costs[target[position]]
        apart += 2 * words[position].count
      }
      if labelDiffers || position > 0 && predicted[position - 1] != target[position - 1] { apart += 2 }
    }
    let shortfall = wrong - (score(of: target, words: words, state: state) - score(of: predicted, words: words, state: state))
    guard shortfall > 0, apart > 0 else { return nil }
    return min(cap, shortfall / Float(apart))
  }

  /// The score of `labels` for a sentence under the current weights.
  private func score(of labels: [Int], words: [[Int32]], state: Weights) -> Float {
    let count = EntityModel.labelCount
    var total: Float = 0
    for (position, label) in labels.enumerated() {
      for row in words[position] { total += state.weights.weights[Int(row) * count + label] }
      total += state.transitions.weights[(position == 0 ? count : labels[position - 1]) * count + label]
    }
    return total
  }

  /// The best labels under the current weights, of those `allows` lets through at each
  /// position; with `costing`, every label but the one `labels` has at a position scores more,
  /// by the entry in `costs` of the label it has.
  private func decode(
    _ sentence: [[Int32]], state: Weights, allows: ((Int, Int) -> Bool)? = nil, costing: (labels: [Int], costs: [Float])? = nil
  ) -> [Int] {
    let labels = EntityModel.labelCount
    return Viterbi.decode(count: sentence.count, transitions: state.transitions.weights) { position, scores in
      for label in 0..<labels { scores[label] = 0 }
      for row in sentence[position] {
        let base = Int(row) * labels
        for label in 0..<labels { scores[label] += state.weights.weights[base + label] }
      }
      if let (gold, costs) = costing { for label in 0..<labels where label != gold[position] { scores[label] += costs[gold[position]] } }
      guard let allows else { return }
      for label in 0..<labels where !allows(position, label) { scores[label] = -.infinity }
    }
  }

  private typealias Weights = (weights: AveragedWeights, transitions: AveragedWeights)
}
