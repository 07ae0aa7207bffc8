/// Quotes in marks: the learned decision on their kind, and what may attribute them (the cues
/// of their sentence and of the sentence they close in, a lead-in ending in a colon, the label
/// of a transcript's turn).
extension QuoteExtractor {
  /// The quote inside `pair`, opening in sentence `number`, with its kind decided.
  mutating func markedQuote<Decider: QuoteDecider>(_ pair: QuotationMarks.Pair, sentence number: Int, decider: inout Decider) -> Found? {
    guard let inner = trimmed(Span(start: pair.open + 1, end: pair.close)) else { return nil }
    let sentence = sentences[number]
    let text = String(article.text(of: inner))
    let open = sentence.index(atOrAfter: pair.open)
    let closing = pair.close >= sentence.segment.span.end ? self.sentence(containing: pair.close, from: number) : nil
    let close = min(sentence.index(atOrAfter: pair.close), sentence.count - 1)
    let mark = MarkFeatures.Mark(
      text: text, sentence: sentence, open: open, close: close, spansSentences: pair.close >= sentence.segment.span.end,
      insideParentheses: insideParentheses(pair.open, sentence: sentence), cues: cues[number],
      closingCues: closing.map { cues[$0].count } ?? 0)
    // Each observation goes inside a name for each kind, so it keeps its text.
    let observations = FeatureText.withText { markFeatures.observations(of: mark) }
    let kinds: [Quote.Kind] = [.direct, .partial, .scare]
    let choice = QuoteChoice(
      step: .mark,
      candidates: kinds.map { kind in .init(features: observations.map { "\(kind.rawValue)|\($0)" }, proposal: .kind(kind)) },
      span: inner)
    let decision = decider.choose(choice)
    let kind = kinds[decision.index]
    var query = SpeakerCandidates.Query(span: inner, kind: kind, sentence: number, cues: [], marks: (open, close))
    query.cues = nearestCues(in: number, to: open..<(close + 1)).map { ($0, number) }
    if let closing, closing > number {
      let closeAt = min(sentences[closing].index(atOrAfter: pair.close), sentences[closing].count - 1)
      query.cues += nearestCues(in: closing, to: 0..<(closeAt + 1)).map { ($0, closing) }
    }
    query.leadIns = leadIns(before: number)
    if number > 0, sentences[number - 1].texts.last == ":" { query.cues += cues[number - 1].suffix(2).map { ($0, number - 1) } }
    var quote = Quote(text: text, speaker: nil, cue: nil, kind: kind, span: inner, explanation: Explanation(rule: Self.rule(for: kind)))
    quote.explanation.contentReasons = decision.reasons
    return Found(quote: quote, query: query)
  }

  /// The sentence from number `first` on that holds `offset`, found by halving (the sentences
  /// are in text order): a quote over several sentences costs no walk through the article.
  func sentence(containing offset: Int, from first: Int) -> Int? {
    let index = sentences[first...].partitioningIndex { $0.segment.span.end > offset }
    return index < sentences.count && sentences[index].segment.span.contains(offset) ? index : nil
  }

  /// The (at most three) cues of sentence `number` nearest to tokens `range`.
  func nearestCues(in number: Int, to range: Range<Int>) -> [SpeechCues.Cue] {
    func distance(_ cue: SpeechCues.Cue) -> Int {
      cue.first >= range.upperBound ? cue.first - range.upperBound : cue.last < range.lowerBound ? range.lowerBound - cue.last : 0
    }
    // The cues are in text order: the nearest three are among the three before the range, those
    // in it and the three after it, however many the sentence has.
    let all = cues[number]
    let inside = all.partitioningIndex { $0.first >= range.lowerBound }
    let after = all.partitioningIndex { $0.first >= range.upperBound }
    let window = all[max(0, inside - 3)..<min(all.count, after + 3)]
    return Array(window.sorted { distance($0) < distance($1) }.prefix(3))
  }

  /// In a transcript, the label of the turn the sentence belongs to (`WALLACE:`); before a
  /// sentence that a lead-in ending in a colon opens, the source that lead-in names.
  private func leadIns(before number: Int) -> [(proposal: SourceProposal, sentence: Int)] {
    var found: [(proposal: SourceProposal, sentence: Int)] = []
    if let label = transcriptLabels[number] {
      found.append((SourceProposal(construction: "transcript-label", source: .words(label.range)), label.sentence))
    }
    if number > 0, sentences[number - 1].texts.last == ":" {
      let lead = sentences[number - 1]
      if let phrase = cueSources.lastCapitalizedRun(lead, before: lead.count - 1), speakers.namesSource(phrase, in: lead) {
        found.append((SourceProposal(construction: "lead-in-name", source: .words(phrase)), number - 1))
      }
    }
    return found
  }

  /// The rule's description of a kind, for `--explain`.
  static func rule(for kind: Quote.Kind) -> String {
    switch kind {
    case .direct: "quotation marks around a whole utterance"
    case .partial: "quotation marks around words inside the writer's sentence"
    case .scare: "words in marks that nobody is reported as saying (a title, name or term)"
    case .indirect: "reported speech"
    }
  }

  /// For each sentence, the label of the transcript turn it belongs to: in a paragraph that opens
  /// with a label (`WALLACE:`), the last label at or before the sentence; nil elsewhere.
  static func transcriptLabels(of sentences: [SentenceWords]) -> [(sentence: Int, range: Range<Int>)?] {
    var labels: [(sentence: Int, range: Range<Int>)?] = []
    labels.reserveCapacity(sentences.count)
    var current: (sentence: Int, range: Range<Int>)?
    for (number, sentence) in sentences.enumerated() {
      let opensParagraph = number == 0 || sentences[number - 1].segment.paragraph != sentence.segment.paragraph
      let label = Self.label(opening: sentence).map { (sentence: number, range: $0) }
      if opensParagraph {
        current = label
      } else if current != nil, let label {
        current = label
      }
      labels.append(current)
    }
    return labels
  }

  /// The capitals and colon that open a sentence as a speaker's label, if they do.
  private static func label(opening sentence: SentenceWords) -> Range<Int>? {
    let start = sentence.firstWordIndex
    var end = start
    while end < sentence.count, end - start < 3, sentence.isWord(end), isCapitalsOnly(sentence.texts[end]) { end += 1 }
    guard end > start, end < sentence.count, sentence.texts[end] == ":" else { return nil }
    return start..<end
  }

  /// `WALLACE`, `SEN.`: two or more letters, all capitals.
  private static func isCapitalsOnly(_ word: String) -> Bool {
    var letters = 0
    for scalar in word.unicodeScalars where CharacterClass.isLetter(scalar) {
      guard CharacterClass.isUppercase(scalar) else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// `span` without white space and punctuation-only edges; nil if nothing is left.
  func trimmed(_ span: Span) -> Span? {
    // Walked from both ends in place (a quote can be long): the offsets move a scalar a step.
    let text = article.text(of: span).unicodeScalars
    var (start, end) = (text.startIndex, text.endIndex)
    var (leading, trailing) = (0, 0)
    while start < end && CharacterClass.isWhitespace(text[start]) {
      text.formIndex(after: &start)
      leading += 1
    }
    while end > start && CharacterClass.isWhitespace(text[text.index(before: end)]) {
      text.formIndex(before: &end)
      trailing += 1
    }
    guard end > start, text[start..<end].contains(where: { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) }) else {
      return nil
    }
    return Span(start: span.start + leading, end: min(span.end, article.length) - trailing)
  }

  /// Whether an opening parenthesis before `offset` in the sentence is still open there.
  private func insideParentheses(_ offset: Int, sentence: SentenceWords) -> Bool {
    sentence.parenthesisDepth(before: sentence.index(atOrAfter: offset)) > 0
  }
}
