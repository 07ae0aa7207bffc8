/// Indirect speech: for each cue of a sentence, and for a sentence without one, the learned
/// choice among the words it may report (or none); a report around an inserted frame is two
/// parts with one speaker.
extension QuoteExtractor {
  /// The indirect quotes of sentence `number`, next to the quotes in marks found there.
  mutating func reportedSpeech<Decider: QuoteDecider>(in number: Int, besides marked: [Quote], decider: inout Decider) -> [Found] {
    let sentence = sentences[number]
    guard sentence.segment.kind.isProse, sentence.count > 2 else { return [] }
    let direct = marked.filter { $0.kind != .scare }.map(\.span)
    var found: [Found] = []
    let afterReport = lastReported >= number - 1 && lastReported >= 0
    let allCues = cues[number].map { sentence.span($0.first, $0.last) }
    let sources = cueSources
    var forms: (candidate: ContentFeatures.VerbForms, nothing: ContentFeatures.VerbForms)?
    for cue in cues[number] {
      // In a stretch far longer than a sentence (text without full stops, cut into pieces of
      // `SentenceSplitter.longestSentence` tokens), a cue inside words already reported is
      // passed over: otherwise every cue of a piece of `X said X said …` makes candidates that
      // all lie inside the first report, and the piece costs a decision's set-up per word.
      if sentence.count > Self.nestedCueReach, found.contains(where: { $0.quote.span.contains(sentence.tokens[cue.first].span.start) }) {
        continue
      }
      // The verb forms are read once for all the cues of the sentence.
      let read = forms ?? contentFeatures.verbForms(of: sentence, withCue: true, names: &verbFormNames)
      forms = read
      let slot = ContentFeatures.Slot(
        cue: cue, sentence: sentence, afterReport: afterReport, inHeadline: sentence.segment.kind != .sentence, forms: read,
        beside: (marked: !direct.isEmpty, reported: !found.isEmpty))
      let options = contentCandidates.candidates(for: cue, in: sentence, source: frameSource(of: cue, in: sentence, sources: sources))
      let taken = Taken(marked: direct, reported: found.map(\.quote.span))
      if let quotes = decide(options, slot: slot, number: number, cues: allCues, besides: taken, decider: &decider) {
        found += quotes
      }
    }
    if found.isEmpty, direct.isEmpty, sentence.segment.kind == .sentence {
      let slot = ContentFeatures.Slot(
        cue: nil, sentence: sentence, afterReport: afterReport, inHeadline: false,
        forms: contentFeatures.verbForms(of: sentence, withCue: false, names: &verbFormNames))
      found += decide(contentCandidates.candidates(withoutCueIn: sentence), slot: slot, number: number, cues: allCues, besides: Taken(), decider: &decider) ?? []
    }
    if !found.isEmpty || !direct.isEmpty { lastReported = number }
    return found
  }

  /// The tokens a sentence has beyond which a cue inside a report found before it is passed
  /// over: far more than news sentences have (about 80 at most), as `ContentFeatures.verbFormReach`.
  static let nestedCueReach = ContentFeatures.verbFormReach

  /// What a sentence's quotes already hold: words in marks may be part of a report (`er sei
  /// „erschüttert“`: the corpora annotate both), words another report took may not.
  struct Taken {
    var marked: [Span] = []
    var reported: [Span] = []

    /// How much of `spans` (in text offsets) the spans of `taken` cover.
    static func overlap(of spans: [Span], with taken: [Span]) -> Int {
      spans.reduce(0) { sum, span in sum + taken.reduce(0) { $0 + span.overlap(with: $1) } }
    }
  }

  /// Chooses among `options` for one slot (or none) and makes the chosen parts quotes.
  private func decide<Decider: QuoteDecider>(
    _ options: [ContentCandidates.Candidate], slot: ContentFeatures.Slot, number: Int, cues: [Span], besides taken: Taken,
    decider: inout Decider
  ) -> [Found]? {
    let sentence = slot.sentence
    var kept: [(option: ContentCandidates.Candidate, spans: [Span], marked: Int)] = []
    for option in options {
      let spans = option.parts.compactMap { trimmed($0, in: sentence) }
      guard spans.count == option.parts.count, !spans.isEmpty else { continue }
      let length = spans.reduce(0) { $0 + $1.length }
      let marked = Taken.overlap(of: spans, with: taken.marked) * ContentFeatures.markedShares / length
      guard Taken.overlap(of: spans, with: taken.reported) * 2 < length, marked < ContentFeatures.markedShares,
        !kept.contains(where: { $0.spans == spans })
      else { continue }
      kept.append((option, spans, marked))
    }
    guard !kept.isEmpty else { return nil }
    var candidates = kept.map {
      QuoteChoice.Candidate(features: contentFeatures.features(of: $0.option, in: slot, marked: $0.marked), proposal: .content($0.spans))
    }
    candidates.append(.init(features: contentFeatures.featuresOfNothing(in: slot), proposal: .content([])))
    let cueSpan = slot.cue.map { sentence.span($0.first, $0.last) }
    let choice = QuoteChoice(step: .content, candidates: candidates, span: sentence.segment.span, cue: cueSpan, sentenceCues: cues)
    let decision = decider.choose(choice)
    let chosen = decision.index
    guard chosen < kept.count else { return nil }
    let (option, spans, _) = kept[chosen]
    return spans.map { span in
      let rule = slot.cue.map { "reported speech: \(option.construction) of '\($0.text)'" } ?? "reported speech without a cue: \(option.construction)"
      var quote = Quote(
        text: String(article.text(of: span)), speaker: nil, cue: slot.cue?.text, kind: .indirect, span: span,
        explanation: Explanation(rule: rule, cueSpan: cueSpan))
      quote.explanation.content = option.construction
      quote.explanation.contentReasons = decision.reasons
      let query = SpeakerCandidates.Query(span: span, kind: .indirect, sentence: number, cues: slot.cue.map { [($0, number)] } ?? [], marks: nil)
      return Found(quote: quote, query: query)
    }
  }

  /// The words of a frame's source next to its cue, left out of the reported words around it:
  /// `laut der Polizei`, `Medienberichten zufolge`, `…, sagte der Bürgermeister, …`.
  func frameSource(of cue: SpeechCues.Cue, in sentence: SentenceWords, sources: CueSources) -> Range<Int>? {
    switch cue.kind {
    case .phrase(.before):
      guard var source = speakers.phrase(after: cue.last + 1, in: sentence) ?? sources.commonNounSource(after: cue.last + 1, in: sentence)
      else { return nil }
      // `nach Angaben des Ministeriums für Verkehr`: the genitive and its attributes too.
      while source.upperBound + 1 < sentence.count, sentence.word(source.upperBound, isA: .genitiveMarker, .sourcePreposition),
        let more = speakers.phrase(after: source.upperBound + 1, in: sentence)
      {
        source = source.lowerBound..<more.upperBound
      }
      return source
    case .phrase(.after): return speakers.phrase(before: cue.first, in: sentence)
    case .phrase(.previous), .statement: return nil
    case .verb:
      guard let after = speakers.phrase(after: cue.last + 1, in: sentence),
        after.upperBound >= sentence.count || !sentence.isWord(after.upperBound)
      else { return nil }
      return after
    }
  }

  /// The span of tokens `range` without punctuation at its edges; nil if no word is left.
  private func trimmed(_ range: Range<Int>, in sentence: SentenceWords) -> Span? {
    guard let first = range.first(where: sentence.isWord), let last = range.last(where: sentence.isWord) else { return nil }
    return sentence.span(first, last)
  }
}
