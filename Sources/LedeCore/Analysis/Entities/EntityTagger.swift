/// Labels a sentence's words with the best sequence of BIO labels under a model (Viterbi
/// decoding over label pairs; an `I-` label only continues a name of its own type).
public struct EntityTagger: Sendable {
  public let model: EntityModel
  public let features: EntityFeatures

  public init(model: EntityModel, features: EntityFeatures) {
    self.model = model
    self.features = features
  }

  /// The labels of `words`.
  public func labels(of words: [String]) -> [EntityLabel] {
    guard !words.isEmpty else { return [] }
    return Self.decode(features.features(of: words), model: model).map { EntityLabel.all[$0] }
  }

  /// The best label indices for words with the given features.
  static func decode(_ features: [[UInt64]], model: EntityModel) -> [Int] {
    Viterbi.decode(count: features.count, transitions: model.transitions) { position, scores in
      model.scores(features[position], into: &scores)
    }
  }
}

extension EntityLabel {
  /// `(labelCount + 1) × labelCount` flags: whether label `to` may follow label `from`, where
  /// row `labelCount` is the start of a sentence.
  static let allowedTransitions: [Bool] = {
    let labels = EntityLabel.all
    let starts: [EntityLabel?] = labels + [nil]
    return starts.flatMap { from in labels.map { $0.mayFollow(from) } }
  }()
}
