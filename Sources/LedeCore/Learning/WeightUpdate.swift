/// How an online learner moves its weights after a decision (`RankingLearner`,
/// `PerceptronTrainer`).
public enum WeightUpdate: Sendable, Equatable {
  /// When the decision is wrong, the features of the right answer gain 1 and those of the
  /// chosen one lose 1: the perceptron.
  case perceptron
  /// Whenever the right answer does not lead the best wrong one by a margin, the features that
  /// tell the two apart move by the smallest step that would make it lead, at most `cap`
  /// (passive-aggressive learning, PA-I): decisions won narrowly teach too, not only mistakes.
  /// The models' weights are given in units of `cap`.
  case passiveAggressive(cap: Float)

  /// What the stored models' weights are counted in: the cap of a passive-aggressive update,
  /// the perceptron's step of 1.
  var unit: Float {
    switch self {
    case .perceptron: 1
    case .passiveAggressive(let cap): cap
    }
  }
}
