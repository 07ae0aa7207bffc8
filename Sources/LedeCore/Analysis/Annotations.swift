/// One marked span of an article: a name, a quote or a time expression, with its label.
public struct Annotation: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case person, organization, place, other, quote, time
  }

  public var kind: Kind
  public var span: Span
  /// What the mark says: the entity's canonical name, `direct · Wladimir Putin`, `2024-06-19`.
  public var label: String
}

/// A sentence (or headline) of an article with the marks inside it, for `show` and reports.
public struct AnnotatedSentence: Sendable, Equatable {
  /// The sentence's number in `Article.sentences`.
  public var number: Int
  public var span: Span
  /// Marks inside the sentence, by start (a longer mark first when two start together); marks
  /// that would cross another are left out, so that they nest.
  public var annotations: [Annotation]
}

/// The article's sentences with their names, quotes and time expressions.
public func annotatedSentences(
  of article: Article, entities: [Entity], quotes: [Quote], times: [TimeExpression]
) -> [AnnotatedSentence] {
  var all: [Annotation] = []
  for entity in entities {
    let kind = Annotation.Kind(rawValue: entity.type.rawValue) ?? .other
    all += entity.mentions.map { Annotation(kind: kind, span: $0.span, label: entity.name) }
  }
  for quote in quotes {
    all.append(Annotation(kind: .quote, span: quote.span, label: [quote.kind.rawValue, quote.speaker].compactMap { $0 }.joined(separator: " · ")))
  }
  for time in times { all.append(Annotation(kind: .time, span: time.span, label: time.value)) }
  all.sort { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }
  var result = article.sentences.enumerated().map { AnnotatedSentence(number: $0.offset, span: $0.element.span, annotations: []) }
  for annotation in all {
    // A quote may run over several sentences: it is marked in each, cut to the sentence.
    var index = article.sentenceIndex(at: annotation.span.start)
    while index < result.count, result[index].span.start < annotation.span.end {
      let sentence = result[index].span
      // A mark outside every sentence (a byline between sentences, say) is not shown.
      let start = max(annotation.span.start, sentence.start)
      let end = min(annotation.span.end, sentence.end)
      if start < end, case let cut = Span(start: start, end: end), nests(cut, among: result[index].annotations) {
        result[index].annotations.append(Annotation(kind: annotation.kind, span: cut, label: annotation.label))
      }
      index += 1
    }
  }
  return result
}

/// Whether `span` lies inside or outside each of the marks so far (none crossed, none repeated).
private func nests(_ span: Span, among marks: [Annotation]) -> Bool {
  marks.allSatisfy { mark in
    let inside = mark.span.start <= span.start && span.end <= mark.span.end && mark.span != span
    let apart = span.end <= mark.span.start || mark.span.end <= span.start
    return inside || apart
  }
}
