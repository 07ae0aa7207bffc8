/// What the text around a quote in marks proposes as its speaker when no cue does: a dash
/// attribution after it (`"…" — Commissioner Geoffrey Starks`), a lead-in before its colon
/// (`And from Chairwoman Rosenworcel: "…"`), the subject of the writer's sentence a fragment
/// stands in (`Clinton called them “deplorables”`), its first person, an opening pronoun.
struct MarkSources: SpeakerStep {
  let context: SpeakerContext
  let cueSources: CueSources

  /// The proposals for a quote whose marks stand at tokens `open` and `close` of `sentence`.
  func proposals(open: Int, close: Int, in sentence: SentenceWords) -> [SourceProposal] {
    var found: [SourceProposal] = []
    func add(_ construction: String, _ range: Range<Int>?) {
      guard let range, !range.isEmpty else { return }
      found.append(SourceProposal(construction: construction, source: .words(range)))
    }
    let after = close + 1
    if after < sentence.count, ["—", "–", "-", "―", "--"].contains(sentence.texts[after]) {
      add("dash-after", speakers.phrase(after: after + 1, in: sentence))
    }
    if open > 0, sentence.texts[open - 1] == ":" {
      add("colon-lead-in", speakers.phrase(before: open - 1, in: sentence) ?? cueSources.lastCapitalizedRun(sentence, before: open - 1))
    }
    if let subject = speakers.phrase(after: 0, in: sentence), subject.lowerBound <= 1, subject.upperBound <= open,
      sentence.firstComma(in: subject.upperBound..<open) == nil
    {
      add("sentence-subject", subject)
    }
    if let person = speakers.firstPerson(before: open, in: sentence), let range = words(of: person, before: open, in: sentence) {
      add("first-person", range)
    }
    if let pronoun = (0..<min(3, open)).first(where: { data.speakerPronouns.contains(sentence.lowered[$0]) && data.genders[sentence.lowered[$0]] != nil }) {
      add("opening-pronoun", pronoun..<(pronoun + 1))
    }
    return found
  }

  /// Whether the word before the opening mark gives a label (`labeled “medical problem”`).
  func isLabel(open: Int, in sentence: SentenceWords) -> Bool {
    open > 0 && sentence.word(open - 1, isA: .labelVerb)
  }

  /// The tokens before `end` whose texts are `mention`'s words.
  private func words(of mention: String, before end: Int, in sentence: SentenceWords) -> Range<Int>? {
    let parts = mention.split(separator: " ").map(String.init)
    guard !parts.isEmpty, end >= parts.count else { return nil }
    for start in stride(from: end - parts.count, through: 0, by: -1) where Array(sentence.texts[start..<(start + parts.count)]) == parts {
      return start..<(start + parts.count)
    }
    return nil
  }
}
