import LedeCore

/// Exact-span, exact-type F1 of a tagger on gold sentences (the CoNLL measure), for reporting
/// during training.
enum Evaluation {
  /// Precision, recall and F1 over all names (key nil) and per type, of sentences tagged with
  /// what the rest of their document says (see `EntityFeatures.DocumentContext`).
  static func scores(of tagger: EntityTagger, on documents: [[TrainingData.Sentence]])
    -> [EntityType?: (p: Double, r: Double, f1: Double)]
  {
    var gold: [EntityType?: Int] = [:]
    var predicted: [EntityType?: Int] = [:]
    var correct: [EntityType?: Int] = [:]
    func count(_ spans: Set<LabeledSpan>, in counts: inout [EntityType?: Int]) {
      for span in spans {
        counts[span.type, default: 0] += 1
        counts[nil, default: 0] += 1
      }
    }
    for document in documents {
      let context = EntityFeatures.DocumentContext(sentences: document.map(\.words), clusters: tagger.features.clusters)
      for sentence in document {
        let goldSpans = spans(sentence.labels)
        let predictedSpans = spans(tagger.labels(of: sentence.words, document: context))
        count(goldSpans, in: &gold)
        count(predictedSpans, in: &predicted)
        count(goldSpans.intersection(predictedSpans), in: &correct)
      }
    }
    var result: [EntityType?: (p: Double, r: Double, f1: Double)] = [:]
    for type in [nil] + EntityType.allCases.map(Optional.some) {
      let hits = Double(correct[type] ?? 0)
      let p = (predicted[type] ?? 0) > 0 ? hits / Double(predicted[type]!) : 0
      let r = (gold[type] ?? 0) > 0 ? hits / Double(gold[type]!) : 0
      result[type] = (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
    return result
  }

  struct LabeledSpan: Hashable {
    let start: Int
    let end: Int
    let type: EntityType
  }

  static func spans(_ labels: [EntityLabel]) -> Set<LabeledSpan> {
    var result: Set<LabeledSpan> = []
    var start: Int?
    for index in 0...labels.count {
      let label = index < labels.count ? labels[index] : .outside
      if let open = start, label.position == .begin || label.type != labels[open].type {
        result.insert(LabeledSpan(start: open, end: index, type: labels[open].type!))
        start = nil
      }
      if label.type != nil && start == nil { start = index }
    }
    return result
  }
}
