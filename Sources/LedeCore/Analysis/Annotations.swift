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
  // The marks of each sentence still open at the latest one (each inside the one before).
  var open = [[Span]](repeating: [], count: result.count)
  for annotation in all {
    // A quote may run over several sentences: it is marked in each, cut to the sentence.
    var index = article.sentenceIndex(at: annotation.span.start)
    while index < result.count, result[index].span.start < annotation.span.end {
      let sentence = result[index].span
      // A mark outside every sentence (a byline between sentences, say) is not shown.
      let start = max(annotation.span.start, sentence.start)
      let end = min(annotation.span.end, sentence.end)
      if start < end, case let cut = Span(start: start, end: end), nests(cut, within: &open[index]) {
        result[index].annotations.append(Annotation(kind: annotation.kind, span: cut, label: annotation.label))
      }
      index += 1
    }
  }
  return result
}

/// Whether `span` lies inside or outside each of the marks so far (none crossed, none repeated),
/// given those still open at it: marks come in order of their start, longer first, so a mark
/// that ends before `span` starts lies apart from it and every later one, and `span` nests if
/// it lies inside the innermost mark still open. Then it is open too. Each mark is looked at a
/// few times, however many a sentence has.
private func nests(_ span: Span, within open: inout [Span]) -> Bool {
  while let last = open.last, last.end <= span.start { open.removeLast() }
  if let innermost = open.last, !(innermost.start <= span.start && span.end <= innermost.end && innermost != span) { return false }
  open.append(span)
  return true
}
