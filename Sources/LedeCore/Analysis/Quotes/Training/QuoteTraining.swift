/// How lede's quote models are trained: first the kinds of quotes in marks and the content of
/// reports (speakers by a model that knows nothing), then the speakers with those two fixed, each
/// for `epochs` passes over the articles in an order shuffled with a fixed seed.
public struct QuoteTraining {
  public static let epochs = 8
  public static let seed: UInt64 = 2024
  /// Averaged weights smaller than this are left out of the models.
  static let pruneBelow: Float = 0.02
  /// How each step's weights move in a language of `grammar` (the perceptron where this says
  /// nothing), chosen over four training orders with `Scripts/measure-quotes`. The speaker
  /// model learns passive-aggressively, from narrow wins as well as mistakes: German speaker
  /// accuracy 0.715 -> 0.725 on dev and 0.684 -> 0.695 on held-out training articles, English
  /// 0.818 -> 0.822 and 0.827 -> 0.829. The content model learns as the language's
  /// `report-learning` trait says; each `grammar.tsv` gives the figures its choice was made by.
  public static func updates(for grammar: Grammar) -> [QuoteChoice.Step: WeightUpdate] {
    var updates: [QuoteChoice.Step: WeightUpdate] = [.speaker: passiveAggressive]
    if grammar.reportLearning == .passiveAggressive { updates[.content] = passiveAggressive }
    return updates
  }

  /// The passive-aggressive step of the models that learn so (caps of 0.003 and 0.03 for the
  /// speaker model lowered German speaker accuracy on dev and held-out training articles).
  static let passiveAggressive = WeightUpdate.passiveAggressive(cap: 0.01)

  let data: LanguageData
  let epochs: Int
  let seed: UInt64
  let updates: [QuoteChoice.Step: WeightUpdate]

  public init(data: LanguageData, epochs: Int = Self.epochs, seed: UInt64 = Self.seed) {
    self.data = data
    self.epochs = epochs
    self.seed = seed
    updates = Self.updates(for: data.grammar)
  }

  /// The trained models; `report` hears what each epoch got wrong. The speaker and antecedent
  /// models learn from `speakerHelpers` too, annotated articles of other languages (each with
  /// its language's data): the constructions, kinds of words and distances they weigh are the
  /// same in every language, while the layouts they are conjoined with name the language
  /// (`SpeakerFeatures.layout`); they are read with the features the model's own language
  /// asks for (`speaker-context-words`, `antecedent-context-words`), which are all it meets.
  /// The mark and content models learn from `articles` alone.
  public func train(
    on articles: [AnnotatedArticle], speakerHelpers: [(AnnotatedArticle, LanguageData)] = [], report: (String) -> Void = { _ in }
  ) -> QuoteModels {
    var random = SplitMix64(seed: seed)
    var first = TrainingDecider(training: [.mark, .content], fixed: .untrained, updates: updates)
    run(&first, on: articles.map { ($0, data) }, random: &random, report: report)
    let detection = QuoteModels(first.learners.mapValues { $0.model(pruneBelow: Self.pruneBelow) })
    var second = TrainingDecider(training: [.speaker, .antecedent], fixed: detection, updates: updates)
    let helpers = speakerHelpers.map { article, helperData in
      var helperData = helperData
      helperData.grammar.speakerContextWords = data.grammar.speakerContextWords
      helperData.grammar.antecedentContextWords = data.grammar.antecedentContextWords
      return (article, helperData)
    }
    run(&second, on: articles.map { ($0, data) } + helpers, random: &random, report: report)
    report("speaker decisions without a right candidate: \(second.unreachable) of \(second.speakerDecisions)")
    var models = detection.models
    for step in [QuoteChoice.Step.speaker, .antecedent] { models[step] = second.learners[step]!.model(pruneBelow: Self.pruneBelow) }
    return QuoteModels(models)
  }

  private func run(_ decider: inout TrainingDecider, on articles: [(AnnotatedArticle, LanguageData)], random: inout SplitMix64, report: (String) -> Void) {
    var order = Array(articles.indices)
    for epoch in 1...epochs {
      order.shuffle(using: &random)
      for step in decider.learners.keys { decider.learners[step]!.resetCounts() }
      for index in order {
        let (article, data) = articles[index]
        decider.begin(article, pronouns: data.speakerPronouns)
        _ = quotes(in: article.article, using: data, entities: article.entities, decider: &decider)
      }
      let counts = decider.learners.sorted { $0.key.rawValue < $1.key.rawValue }.map { step, learner in
        "\(step.rawValue) \(learner.mistakes)/\(learner.decisions) wrong"
      }
      report("epoch \(epoch): " + counts.joined(separator: ", "))
    }
  }
}
