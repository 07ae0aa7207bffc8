/// Speakers: the learned ranking of a quote's candidates, and what the choice leaves for the
/// quotes after it.
extension QuoteExtractor {
  /// How many of the best-scoring candidates an explanation lists.
  static let explainedCandidates = 4

  /// Chooses the speaker of `found` among its candidates and notes it in the discourse.
  mutating func attribute<Decider: QuoteDecider>(_ found: inout Found, decider: inout Decider) {
    let candidates = speakerCandidates.candidates(for: found.query, after: discourse, names: &names) { pronoun, options in
      guard !options.isEmpty else { return [] }
      let choice = QuoteChoice(
        step: .antecedent, candidates: options.map { .init(features: $0.features, proposal: .speaker($0.name, mention: nil)) }, span: pronoun)
      return decider.choose(choice).scores
    }
    let features = speakerFeatures.features(of: candidates, for: found.query)
    let layout = speakerFeatures.layout(of: found.query)
    // By index: a candidate copied out of its array would retain each of its strings and arrays.
    let choice = QuoteChoice(
      step: .speaker,
      candidates: candidates.indices.map { index in
        .init(
          features: features[index].features,
          proposal: .speaker(candidates[index].name, mention: candidates[index].evidence.first?.mention),
          evidence: features[index].evidence, mentions: candidates[index].evidence.compactMap(\.mention), conjunction: layout)
      },
      span: found.quote.span, sentenceCues: found.query.cues.map { sentences[$0.sentence].span($0.cue.first, $0.cue.last) },
      isIndirect: found.quote.kind == .indirect)
    let decision = decider.choose(choice)
    let chosen = candidates[decision.index]
    var quote = found.quote
    quote.speaker = chosen.name
    quote.explanation.speakerReasons = decision.reasons
    quote.explanation.candidates = decision.scores.indices.sorted { decision.scores[$0] > decision.scores[$1] }
      .prefix(Self.explainedCandidates).map { Explanation.Candidate(name: candidates[$0].name, score: decision.scores[$0]) }
    // The words that name the speaker and the cue come from its evidence that weighed most
    // (of those that have words, and a cue).
    func strongest(where test: (SpeakerCandidates.Evidence) -> Bool) -> SpeakerCandidates.Evidence? {
      let kept = chosen.evidence.indices.filter { test(chosen.evidence[$0]) }
      guard decision.evidence.count == chosen.evidence.count else { return kept.first.map { chosen.evidence[$0] } }
      return kept.max { decision.evidence[$0] < decision.evidence[$1] || decision.evidence[$0] == decision.evidence[$1] && $0 > $1 }
        .map { chosen.evidence[$0] }
    }
    if let evidence = strongest(where: { _ in true }) { quote.explanation.resolution = Self.describe(evidence, of: chosen) }
    if let mention = strongest(where: { $0.mention != nil })?.mention {
      quote.explanation.speakerMention = String(article.text(of: mention))
      quote.explanation.speakerMentionSpan = mention
    }
    if quote.cue == nil, let evidence = strongest(where: { $0.cue != nil }), let cue = evidence.cue {
      quote.cue = cue.text
      quote.explanation.cueSpan = sentences[evidence.cueSentence].span(cue.first, cue.last)
    }
    found.quote = quote
    if let name = chosen.name {
      found.speaker = (chosen.key, name, chosen.type)
      discourse.note(
        Discourse.Spoken(
          key: chosen.key, name: name, type: chosen.type, sentence: found.query.sentence,
          paragraph: sentences[found.query.sentence].segment.paragraph, kind: quote.kind))
    }
  }

  /// The evidence of a chosen speaker in words: `before-verb: 'er' → Jan Roth (a pronoun: spoke)`.
  static func describe(_ evidence: SpeakerCandidates.Evidence, of candidate: SpeakerCandidates.Candidate) -> String {
    var words = evidence.origin.split(separator: ">", omittingEmptySubsequences: false).joined(separator: ", as ")
    if evidence.kind == "pronoun", let reason = evidence.antecedent.first { words += " (\(reason))" }
    return words
  }
}
