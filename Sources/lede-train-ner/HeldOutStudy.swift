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

  /// One line per name: outcome, annotated type (the predicted one for `spurious`), what the
  /// tagger said instead, the name and the words around it, separated by tabs.
  static func lines(of tagger: EntityTagger, on sentences: [PerceptronTrainer.Sentence]) -> [String] {
    var lines: [String] = []
    for sentence in sentences {
      let gold = Evaluation.spans(sentence.labels)
      let predicted = Evaluation.spans(tagger.labels(of: sentence.words))
      let words = sentence.words
      func text(_ span: Evaluation.LabeledSpan) -> String { words[span.start..<span.end].joined(separator: " ") }
      func line(_ outcome: Outcome, _ span: Evaluation.LabeledSpan, instead: String) -> String {
        let context = words[max(0, span.start - 4)..<min(words.count, span.end + 3)].joined(separator: " ")
        return [outcome.rawValue, span.type.rawValue, instead, text(span), context].joined(separator: "\t")
      }
      for span in gold.sorted(by: { $0.start < $1.start }) {
        let overlapping = predicted.filter { $0.start < span.end && span.start < $0.end }
        if predicted.contains(span) {
          lines.append(line(.found, span, instead: "-"))
        } else if let same = overlapping.first(where: { $0.start == span.start && $0.end == span.end }) {
          lines.append(line(.otherType, span, instead: same.type.rawValue))
        } else if let part = overlapping.first {
          lines.append(line(.partly, span, instead: "\(part.type.rawValue) [\(text(part))]"))
        } else {
          lines.append(line(.missed, span, instead: "-"))
        }
      }
      for span in predicted where !gold.contains(where: { $0.start < span.end && span.start < $0.end }) {
        lines.append(line(.spurious, span, instead: "-"))
      }
    }
    return lines
  }

  /// How many names of each annotated type had each outcome, one line per type.
  static func summary(of lines: [String]) -> [String] {
    var counts: [String: [String: Int]] = [:]
    for line in lines {
      let fields = line.split(separator: "\t", maxSplits: 2)
      counts[String(fields[1]), default: [:]][String(fields[0]), default: 0] += 1
    }
    let outcomes: [Outcome] = [.found, .missed, .partly, .otherType, .spurious]
    return counts.keys.sorted().map { type in
      "  \(type): " + outcomes.map { "\($0.rawValue) \(counts[type]![$0.rawValue] ?? 0)" }.joined(separator: ", ")
    }
  }
}
