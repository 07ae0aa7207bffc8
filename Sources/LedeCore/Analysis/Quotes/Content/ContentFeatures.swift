/// The features of one content candidate: its construction, alone and with the cue's lemma and
/// kind; the words at its edges; its length and place in the sentence; the verb forms inside it
/// (the model learns the subjunctive of reported speech from words and their endings); and
/// what the sentence before did. The "nothing is reported" candidate has features of its own.
struct ContentFeatures {
  let data: LanguageData

  /// What the whole slot shares: the cue (nil for a sentence without one) and its sentence.
  struct Slot {
    var cue: SpeechCues.Cue?
    var sentence: SentenceWords
    /// Whether the sentence before had a speech cue or a quote in marks.
    var afterReport: Bool
    /// Whether the sentence is a headline or subheading.
    var inHeadline: Bool
    /// The verb forms of the sentence's words, for a candidate and for reading nothing
    /// (`verbForms(of:withCue:)`, the same for every cue of the sentence).
    var forms: (candidate: VerbForms, nothing: VerbForms)
    /// Whether the sentence holds a quote in marks, and whether a cue before this one reported
    /// words of it: a cue beside a quote mostly attributes that quote, and a second cue mostly
    /// reports nothing more (nil for a sentence without a cue).
    var beside: (marked: Bool, reported: Bool)?
  }

  /// The verb forms of `sentence` for the slots of a cue in it, or of none, by the endings
  /// the language's grammar reads them by (`verb-ending-lengths`).
  /// `names` keeps the forms of the words met before.
  func verbForms(of sentence: SentenceWords, withCue: Bool, names: inout VerbFormNames) -> (candidate: VerbForms, nothing: VerbForms) {
    VerbForms.pair(
      of: sentence, prefix: withCue ? .cue : .free, endingLengths: data.grammar.verbEndingLengths, names: &names)
  }

  /// The cue's description: lemma and kind (`sagen`, `phrase-before`), or `none`.
  func cueWords(_ slot: Slot) -> (lemma: String, kind: String) {
    guard let cue = slot.cue else { return ("none", "none") }
    switch cue.kind {
    case .verb(let verb): return (verb.lemma, "verb")
    case .phrase(let placement): return (cue.text.lowercased(), "phrase-\(placement.rawValue)")
    case .statement: return (slot.sentence.lowered[cue.first], "statement")
    }
  }

  /// The bands in which a candidate's share of words in marks is read (0 to `markedShares`; a
  /// candidate wholly in marks is no report).
  static let markedShares = 4

  /// The features of reading `parts` as the reported words, `marked` of `markedShares` of them in marks.
  func features(of candidate: ContentCandidates.Candidate, in slot: Slot, marked: Int) -> [FeatureName] {
    let sentence = slot.sentence
    let construction = candidate.construction
    let (lemma, kind) = cueWords(slot)
    var features: [FeatureName] = []
    features.reserveCapacity(Self.featureRoom)
    features.append("c=\(construction)")
    features.append("c=\(construction)|l=\(lemma)")
    features.append("c=\(construction)|k=\(kind)")
    let first = candidate.parts[0]
    let last = candidate.parts[candidate.parts.count - 1]
    if let word = (first.lowerBound..<first.upperBound).first(where: sentence.isWord) {
      features.append("c=\(construction)|f=\(shape(of: word, in: sentence))")
      features.append("f=\(sentence.lowered[word])")
    }
    let before = first.lowerBound - 1
    features.append("c=\(construction)|b=\(before >= 0 ? sentence.isWord(before) ? "w:" + sentence.lowered[before] : sentence.texts[before] : "^")")
    let words = candidate.parts.reduce(0) { $0 + sentence.wordCount($1) }
    let all = sentence.wordCount(0..<sentence.count)
    features.append("c=\(construction)|n=\(Self.bucket(words))")
    features.append("c=\(construction)|share=\(min(4, words * 4 / max(1, all)))")
    features.append("c=\(construction)|parts=\(candidate.parts.count)")
    if last.upperBound >= ContentCandidates.end(of: sentence) { features.append("c=\(construction)|to-end") }
    if let cue = slot.cue {
      let gap = first.lowerBound > cue.last ? first.lowerBound - cue.last - 1 : cue.first - last.upperBound
      features.append("c=\(construction)|gap=\(Self.bucket(gap))")
      if sentence.isCapitalized(cue.first) && cue.first != sentence.firstWordIndex { features.append("cue-capitalised|k=\(kind)") }
    }
    if slot.afterReport { features.append("c=\(construction)|after-report") }
    if slot.inHeadline { features.append("c=\(construction)|headline") }
    if marked > 0 {
      features.append("marked=\(marked)")
      features.append("c=\(construction)|marked=\(marked)")
    }
    slot.forms.candidate.appendFeatures(in: candidate.parts, to: &features)
    return features
  }

  /// The features of reading nothing as reported.
  func featuresOfNothing(in slot: Slot) -> [FeatureName] {
    let (lemma, kind) = cueWords(slot)
    var features: [FeatureName] = []
    features.reserveCapacity(Self.featureRoom)
    features.append("none")
    features.append("none|l=\(lemma)")
    features.append("none|k=\(kind)")
    if slot.afterReport { features.append("none|after-report|k=\(kind)") }
    if slot.inHeadline { features.append("none|headline") }
    if data.grammar.quotesBesideCues, let beside = slot.beside {
      features.append("none|k=\(kind)|marked=\(beside.marked)|reported=\(beside.reported)")
    }
    // `say` after `would`, `saying`: the form tells whether anything is reported.
    if data.grammar.cueFormsForNothing, let cue = slot.cue { features.append("none|cw=\(slot.sentence.lowered[cue.first])") }
    if let cue = slot.cue, cue.first > 0 {
      let before = slot.sentence.lowered[cue.first - 1]
      features.append("none|k=\(kind)|b=\(slot.sentence.isWord(cue.first - 1) ? before : slot.sentence.texts[cue.first - 1])")
    }
    // The verb forms of the whole sentence: a sentence in the subjunctive rarely reports nothing.
    slot.forms.nothing.appendFeatures(in: [0..<slot.sentence.count], to: &features)
    return features
  }

  /// Room for the features of a reading besides its verb forms (at most 15 of them).
  private static let featureRoom = 16

  /// How many tokens of a candidate's parts its verb forms are read from: far more than a
  /// sentence has, but a "sentence" of thousands of words without a full stop, with a cue in
  /// every line, would otherwise take time squared in its length.
  static let verbFormReach = 150

  /// A word's kind for features: a complementizer, a pronoun, an article, capitalised or lower case.
  private func shape(of index: Int, in sentence: SentenceWords) -> String {
    let word = sentence.lowered[index]
    if sentence.word(index, isA: .complementizer, .complementizerOutside) { return "comp:" + word }
    if data.speakerPronouns.contains(word) { return "pronoun" }
    if sentence.word(index, isA: .article) { return "article" }
    return sentence.isCapitalized(index) ? "capital" : "lower"
  }

  /// A count in a few bands (0, 1, 2, 3, 4–5, 6–9, 10–19, 20+).
  static func bucket(_ count: Int) -> String {
    switch count {
    case ..<4: "\(max(0, count))"
    case 4...5: "4-5"
    case 6...9: "6-9"
    case 10...19: "10-19"
    default: "20+"
    }
  }
}
