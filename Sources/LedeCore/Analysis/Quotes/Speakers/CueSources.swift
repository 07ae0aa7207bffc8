/// What each construction of German and English word order proposes as the speaker of a cue:
/// the noun phrase before or after the verb, after an auxiliary, the agent of a passive, the
/// object of `laut`/`zufolge`, the name an apposition describes, the antecedent of a relative
/// clause, the subject of an `-ing` form or infinitive, the owner of a statement noun. Every
/// construction that applies proposes; the speaker model weighs them (nothing here decides).
struct CueSources: SpeakerStep {
  let context: SpeakerContext

  /// The sentences, in ascending order, in which a construction proposes words that name an
  /// entity (`who`'s person or organisation, by key) as the source of a cue: where the article
  /// has someone say something. Pronouns are left out (who they stand for is decided later).
  func entitySubjects(of cues: [[SpeechCues.Cue]]) -> [String: [Int]] {
    var subjects: [String: [Int]] = [:]
    for (number, sentenceCues) in cues.enumerated() {
      let sentence = sentences[number]
      for cue in sentenceCues {
        for proposal in proposals(for: cue, in: sentence) {
          guard case .words(let range) = proposal.source, let entity = speakers.entityIndex(in: range, of: sentence) else { continue }
          let key = speakers.entityKeys[entity]
          if subjects[key]?.last != number { subjects[key, default: []].append(number) }
        }
      }
    }
    return subjects
  }

  /// Every proposal for the source of `cue` in `sentence`.
  func proposals(for cue: SpeechCues.Cue, in sentence: SentenceWords) -> [SourceProposal] {
    var found: [SourceProposal] = []
    func add(_ construction: String, _ range: Range<Int>?, _ flags: [String] = []) {
      guard let range, !range.isEmpty else { return }
      found.append(SourceProposal(construction: construction, source: .words(range), flags: flags))
    }
    switch cue.kind {
    case .phrase(let placement):
      switch placement {
      case .previous: found.append(SourceProposal(construction: "phrase-previous", source: .previousSpeaker))
      case .after: add("phrase-object-before", speakers.phrase(before: cue.first, in: sentence))
      case .before:
        add("phrase-object-after", speakers.phrase(after: cue.last + 1, in: sentence))
        add("phrase-common-noun", commonNounSource(after: cue.last + 1, in: sentence))
        // `nach ersten Angaben`, `nach Polizeiangaben`, `nach Angaben des Ministeriums`.
        if cue.last > cue.first, data.words(.reportNoun).contains(where: { sentence.lowered[cue.last].hasSuffix($0) }) {
          add("report-noun", (cue.first + 1)..<(cue.last + 1))
          add("report-genitive", genitiveSource(after: cue.last + 1, in: sentence))
        }
      }
      return found
    case .statement:
      if let owner = possessive(before: cue.first, in: sentence) { found.append(owner) }
      add("statement-genitive", genitiveSource(after: cue.first + 1, in: sentence))
      return found
    case .verb: break
    }
    found += verbProposals(for: cue, in: sentence)
    return found
  }

  /// The proposals for a speech verb.
  private func verbProposals(for cue: SpeechCues.Cue, in sentence: SentenceWords) -> [SourceProposal] {
    var found: [SourceProposal] = []
    func add(_ construction: String, _ range: Range<Int>?, _ flags: [String] = []) {
      guard let range, !range.isEmpty else { return }
      found.append(SourceProposal(construction: construction, source: .words(range), flags: flags))
    }
    let verb = cue.first
    if [verb - 1, verb + 1].contains(where: { sentence.isWord($0) && sentence.word($0, isA: .genericPronoun) }) {
      found.append(SourceProposal(construction: "generic-pronoun", source: .previousSpeaker))
    }
    if verb > 0, sentence.word(verb - 1, isA: .thingPronoun) {
      found.append(SourceProposal(construction: "thing-pronoun", source: .lastThing))
    }
    if let owner = possessive(before: verb, in: sentence) { found.append(owner) }
    if case .verb(let speech) = cue.kind, data.word(speech.lemma, isA: .quotingVerb) {
      add("quoted-object", firstCapitalizedRun(in: sentence, from: verb + 1))
    }
    add("relative-antecedent", relativeAntecedent(of: verb, in: sentence))
    let opening = speakers.phrase(after: 0, in: sentence)
    let appositions = openingAppositions(opening, verb: verb, in: sentence)
    for (name, range) in appositions { add(name, range) }
    let afterMarker = verb > 0 && sentence.word(verb - 1, isA: .infinitiveMarker)
    if afterMarker, let control = (0..<(verb - 1)).last(where: { sentence.word($0, isA: .objectControl) }),
      let object = speakers.phrase(after: control + 1, in: sentence), object.upperBound < verb
    {
      add("control-object", object)
    }
    let progressive = data.words(.progressiveEnding).contains { sentence.lowered[verb].hasSuffix($0) }
    if progressive || afterMarker, let subject = opening, subject.upperBound <= verb,
      !sentence.word(subject.lowerBound, isA: .preposition)
    {
      add(progressive ? "progressive-subject" : "infinitive-subject", subject)
    }
    if verb + 1 < sentence.count, data.speakerPronouns.contains(sentence.lowered[verb + 1]) {
      let opensClause = verb + 2 < sentence.count && sentence.isWord(verb + 2)
      add("pronoun-after-verb", (verb + 1)..<(verb + 2), opensClause ? ["words-follow"] : [])
    }
    if let agent = passiveAgent(of: verb, in: sentence) { add("passive-agent", agent) }
    found += auxiliaryProposals(verb: verb, in: sentence)
    found += impersonalProposals(cue, in: sentence)
    found += orderProposals(verb: verb, in: sentence)
    return found
  }

  /// `Arni Finnsson, ein Vertreter der Organisation, kommentierte`, `Kristina Schröder (CDU)
  /// sagte`, `Dolkun Isa, der Sekretär des Weltkongresses sagte`: the name that opens the
  /// sentence before an apposition or a parenthesis; `Smith, the mayor, said` and `The mayor,
  /// Dana Whitfield, said`: the name in or before the apposition.
  private func openingAppositions(_ opening: Range<Int>?, verb: Int, in sentence: SentenceWords) -> [(String, Range<Int>)] {
    var found: [(String, Range<Int>)] = []
    let finite = (0..<verb).last { sentence.word($0, isA: .perfectAuxiliary) }
      .flatMap { auxiliary in (auxiliary..<verb).contains { !sentence.isWord($0) } ? nil : auxiliary } ?? verb
    if let opening, opening.lowerBound == 0, opening.upperBound < finite, finite > 1,
      sentence.isPunctuation(opening.upperBound, ",") || sentence.isPunctuation(opening.upperBound, "("),
      opening.contains(where: { sentence.isCapitalized($0) })
    {
      let closed = sentence.isPunctuation(finite - 1, ",") || sentence.isPunctuation(finite - 1, ")")
      found.append((closed ? "opening-apposition" : "opening-apposition-open", opening))
    }
    if verb > 1, sentence.isPunctuation(verb - 1, ","), let comma = sentence.lastComma(in: 0..<(verb - 1)) {
      let apposition = (comma + 1)..<(verb - 1)
      if !apposition.isEmpty, apposition.count <= 8, apposition.allSatisfy({ sentence.isWord($0) }) {
        found.append(("apposition", apposition))
      }
      if let phrase = speakers.phrase(before: comma, in: sentence) { found.append(("before-apposition", phrase)) }
    }
    if verb > 1, sentence.isPunctuation(verb - 1, ")"), let open = (0..<(verb - 1)).last(where: { sentence.isPunctuation($0, "(") }), open > 0,
      let phrase = speakers.phrase(before: open, in: sentence)
    {
      found.append(("before-parenthesis", phrase))
    }
    return found
  }

  /// `so Celebi, die auch angab, dass …`, `Anna Berg, who said that …`: the name before a relative
  /// pronoun (followed by no noun: `die Regierung` is none).
  private func relativeAntecedent(of verb: Int, in sentence: SentenceWords) -> Range<Int>? {
    guard let comma = sentence.lastComma(in: 0..<verb), comma >= 1, comma + 1 < verb,
      sentence.word(comma + 1, isA: .relativePronoun), comma + 2 == verb || !sentence.isCapitalized(comma + 2)
    else { return nil }
    return speakers.phrase(before: comma, in: sentence)
  }

  /// `hatte der Präsident … zugesichert` (German: the subject after the auxiliary), `Die
  /// Kommission hatte … gefordert` (before it).
  private func auxiliaryProposals(verb: Int, in sentence: SentenceWords) -> [SourceProposal] {
    guard let auxiliary = (0..<verb).last(where: { sentence.word($0, isA: .perfectAuxiliary) }), auxiliary > 0,
      sentence.firstComma(in: auxiliary + 1..<verb) == nil
    else { return [] }
    var found: [SourceProposal] = []
    if let subject = speakers.phrase(before: auxiliary, in: sentence) {
      let opens = subject.lowerBound == 0 || !sentence.isWord(subject.lowerBound - 1)
        || (subject.lowerBound == 1 && sentence.word(0, isA: .article))
      found.append(SourceProposal(construction: "before-auxiliary", source: .words(subject), flags: opens ? ["opens"] : []))
    }
    if let phrase = speakers.phrase(after: auxiliary + 1, in: sentence), phrase.upperBound <= verb {
      found.append(SourceProposal(construction: "after-auxiliary", source: .words(phrase)))
    }
    return found
  }

  /// `In einem Papier des Ministeriums heißt es, …` (the source before `heißt es`) and `…, hieß es
  /// in einem Beitrag der Agentur KCNA` (after it): the capitalised runs that can name a source.
  private func impersonalProposals(_ cue: SpeechCues.Cue, in sentence: SentenceWords) -> [SourceProposal] {
    let verb = cue.first
    guard sentence.lowered.indices.contains(verb + 1), sentence.word(verb + 1, isA: .impersonalPronoun),
      case .verb(let speech) = cue.kind, data.word(speech.lemma, isA: .impersonalVerb)
    else { return [] }
    let reportsAfter = verb + 2 < sentence.count && sentence.isPunctuation(verb + 2, ",")
    var end = reportsAfter ? verb : sentence.count
    let start = reportsAfter ? 0 : verb + 2
    var found: [SourceProposal] = []
    while let source = lastCapitalizedRun(sentence, before: end), source.lowerBound >= start {
      if speakers.namesSource(source, in: sentence) {
        found.append(SourceProposal(construction: "impersonal-source", source: .words(source)))
      }
      end = source.lowerBound
    }
    return found
  }

  /// The noun phrases before and after the verb, with what tells verb-second order (German) and
  /// subject–verb order (English) apart as flags: the subject opens the clause or not, a lone
  /// word before the verb, an article after it, a word before the verb (English: the phrase
  /// after is its object), a subordinator or opener that starts the clause.
  private func orderProposals(verb: Int, in sentence: SentenceWords) -> [SourceProposal] {
    var found: [SourceProposal] = []
    let clauseStart = (0..<verb).last(where: { !sentence.isWord($0) }).map { $0 + 1 } ?? 0
    let afterPhrase = speakers.phrase(after: verb + 1, in: sentence)
    var before = speakers.phrase(before: verb, in: sentence)
    if data.grammar.wordOrder == .subjectVerb && verb > 0 && sentence.isWord(verb - 1) {
      // `english-subject`: the construction's name, as the speaker models weigh it.
      if let subject = subject(before: verb, from: clauseStart, in: sentence) {
        found.append(SourceProposal(construction: "english-subject", source: .words(subject)))
        before = before ?? subject
      }
    }
    if verb > 0, sentence.word(verb - 1, isA: .conjunction),
      let opening = speakers.phrase(after: clauseStart, in: sentence), opening.lowerBound <= clauseStart + 1
    {
      found.append(SourceProposal(construction: "conjoined-subject", source: .words(opening)))
    }
    if let opener = ContentCandidates.attributionOpener(before: verb, in: sentence, data: data), opener + 1 < verb,
      let subject = speakers.phrase(after: opener + 1, in: sentence), subject.upperBound <= verb
    {
      found.append(SourceProposal(construction: "opener-subject", source: .words(subject)))
    }
    if let opener = (clauseStart..<verb).first(where: { sentence.word($0, isA: .subordinator) }), opener + 1 < verb,
      let subject = speakers.phrase(after: opener + 1, in: sentence), subject.upperBound <= verb
    {
      found.append(SourceProposal(construction: "subordinate-subject", source: .words(subject)))
    }
    if let phrase = before, phrase.lowerBound >= 2, sentence.word(phrase.lowerBound - 1, isA: .sourcePreposition),
      let person = speakers.phrase(before: phrase.lowerBound - 1, in: sentence)
    {
      found.append(SourceProposal(construction: "person-before-von", source: .words(person)))
    }
    var orderFlags: [String] = []
    if verb == 0 || !sentence.isWord(verb - 1) { orderFlags.append("verb-first") }
    if verb + 1 < sentence.count && sentence.word(verb + 1, isA: .article) { orderFlags.append("article-after") }
    if let phrase = before {
      let opens = phrase.lowerBound <= clauseStart + 1 && startsAClause(phrase.lowerBound, in: sentence)
      var flags = orderFlags + [opens ? "opens-clause" : "inside-clause"]
      if phrase.count == 1 && phrase.lowerBound == clauseStart && !speakers.usage.capitalizedInside.contains(sentence.texts[phrase.lowerBound]) {
        flags.append("lone-first-word")
      }
      if phrase.upperBound < verb { flags.append("gap") }
      found.append(SourceProposal(construction: "before-verb", source: .words(phrase), flags: flags))
    }
    if afterPhrase == nil, let skipped = ((verb + 2)...(verb + 3)).first(where: { speakers.phrase(after: $0, in: sentence) != nil }),
      skipped < sentence.count, ((verb + 1)..<skipped).allSatisfy({ sentence.isWord($0) && !sentence.isCapitalized($0) })
    {
      found.append(SourceProposal(construction: "after-verb-skip", source: .words(speakers.phrase(after: skipped, in: sentence)!)))
    }
    if let phrase = afterPhrase {
      var flags = orderFlags
      if verb > 0 && sentence.isWord(verb - 1) { flags.append("word-before-verb") }
      if phrase.upperBound < sentence.count && sentence.isWord(phrase.upperBound) { flags.append("words-follow") }
      found.append(SourceProposal(construction: "after-verb", source: .words(phrase), flags: flags))
    }
    return found
  }

  /// Whether a phrase starting at `index` can be a clause's subject: it opens the sentence or
  /// follows punctuation, an article, a conjunction or a complementizer, not a preposition.
  func startsAClause(_ index: Int, in sentence: SentenceWords) -> Bool {
    if index == 0 { return true }
    let before = index - 1
    if !sentence.isWord(before) { return true }
    return sentence.word(before, isA: .article, .conjunction) || sentence.word(before, isA: .complementizer, .complementizerOutside)
  }
}
