import LedeCore

/// An error study on annotated sentences the tagger did not learn from (the last sentences of
/// the core training set, held out with `--holdout`; never the dev split, which is for
/// measuring): for every annotated name whether the tagger found it, found part of it or gave
/// it another type, and every name it found that the annotation does not mark. Each sentence
/// is read on its own, without what the rest of its document says.
enum HeldOutStudy {
  /// What became of one annotated or predicted name.
  enum Outcome: String {
    case found, missed, partly, otherType = "other-type", spurious
  }

  /// What became of one name: its outcome, its annotated type (the predicted one for
  /// `spurious`), what the tagger said instead, the name and the words around it.
  struct Entry {
    let outcome: Outcome
    let type: EntityType
    let instead: String
    let name: String
    let context: String

    /// The entry as one line of tab-separated fields.
    var line: String { [outcome.rawValue, type.rawValue, instead, name, context].joined(separator: "\t") }
  }

  /// One entry per annotated name and per name found that the annotation does not mark.
  static func entries(of tagger: EntityTagger, on sentences: [PerceptronTrainer.Sentence]) -> [Entry] {
    var entries: [Entry] = []
    for sentence in sentences {
      let gold = Evaluation.spans(sentence.labels)
      let predicted = Evaluation.spans(tagger.labels(of: sentence.words))
      let words = sentence.words
      func text(_ span: Evaluation.LabeledSpan) -> String { words[span.start..<span.end].joined(separator: " ") }
      func entry(_ outcome: Outcome, _ span: Evaluation.LabeledSpan, instead: String = "-") -> Entry {
        let context = words[max(0, span.start - 4)..<min(words.count, span.end + 3)].joined(separator: " ")
        return Entry(outcome: outcome, type: span.type, instead: instead, name: text(span), context: context)
      }
      for span in gold.sorted(by: { $0.start < $1.start }) {
        // In text order, so that the study names the same part on every run.
        let overlapping = predicted.filter { $0.start < span.end && span.start < $0.end }.sorted { $0.start < $1.start }
        if predicted.contains(span) {
          entries.append(entry(.found, span))
        } else if let same = overlapping.first(where: { $0.start == span.start && $0.end == span.end }) {
          entries.append(entry(.otherType, span, instead: same.type.rawValue))
        } else if let part = overlapping.first {
          entries.append(entry(.partly, span, instead: "\(part.type.rawValue) [\(text(part))]"))
        } else {
          entries.append(entry(.missed, span))
        }
      }
      let unannotated = predicted.filter { span in !gold.contains { $0.start < span.end && span.start < $0.end } }
      for span in unannotated.sorted(by: { $0.start < $1.start }) {
        entries.append(entry(.spurious, span))
      }
    }
    return entries
  }

  /// How many names of each type had each outcome, one line per type.
  static func summary(of entries: [Entry]) -> [String] {
    let outcomes: [Outcome] = [.found, .missed, .partly, .otherType, .spurious]
    return EntityType.allCases.compactMap { type in
      let ofType = entries.filter { $0.type == type }
      guard !ofType.isEmpty else { return nil }
      return "  \(type.rawValue): " + outcomes.map { outcome in "\(outcome.rawValue) \(ofType.filter { $0.outcome == outcome }.count)" }
        .joined(separator: ", ")
    }
  }
}
