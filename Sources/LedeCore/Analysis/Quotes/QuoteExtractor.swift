/// The quotes of an article: direct, partial and scare quotes in quotation marks, and indirect
/// speech, each with its speaker and cue.
public func quotes(in article: Article, using data: LanguageData) -> [Quote] {
  QuoteExtractor(article: article, data: data).extract()
}

/// Runs the quote rules over an article's sentences in text order, so that pronouns and
/// continued quotes can refer back to the speakers found before them.
struct QuoteExtractor {
  let article: Article
  let data: LanguageData
  private let sentences: [SentenceWords]
  private let cueFinder: SpeechCues
  private var speakers: Speakers
  private let pairs: [QuotationMarks.Pair]
  /// The spans of top-level quotes, marks included, in text order.
  private let quotedSpans: [Span]
  /// The speaker of the quote before, and the sentence it was in: consecutive quotes continue it.
  private var previous: (speaker: Speakers.Resolved?, sentence: Int)?
  /// The name that opened the most recent sentence that opens with one, and that sentence: the
  /// likeliest antecedent of a pronoun.
  private var lastSubject: (name: String, sentence: Int)?
  /// The speaker of the last direct quote and its paragraph: a bare direct quote soon after continues it.
  private var lastDirect: (speaker: String, paragraph: Int)?

  /// Quoted fragments with at most this many words and no cue are scare quotes when every
  /// word is capitalised (titles, names).
  static let scareQuoteWords = 3

  init(article: Article, data: LanguageData) {
    self.article = article
    self.data = data
    sentences = article.sentences.map { SentenceWords($0, in: article) }
    cueFinder = SpeechCues(data: data)
    speakers = Speakers(article: article, sentences: sentences, data: data)
    let scalars = Array(article.text.unicodeScalars)
    pairs = QuotationMarks.pairs(in: scalars, paragraphs: article.paragraphs)
    quotedSpans = pairs.filter { $0.depth == 0 }.map { Span(start: $0.open, end: $0.close + 1) }
  }

  func extract() -> [Quote] {
    var copy = self
    return copy.run()
  }

  private mutating func run() -> [Quote] {
    var result: [Quote] = []
    let topLevel = pairs.filter { $0.depth == 0 }
    var pairIndex = 0
    for (number, sentence) in sentences.enumerated() {
      let sentenceCues = cueFinder.cues(in: sentence, outside: quotedSpans)
      var found: [Quote] = []
      // Quotes in marks that open in this sentence.
      while pairIndex < topLevel.count && topLevel[pairIndex].open < sentence.segment.span.end {
        let pair = topLevel[pairIndex]
        pairIndex += 1
        guard pair.open >= sentence.segment.span.start || number == 0 else { continue }
        if let quote = markedQuote(pair, sentence: number, cues: sentenceCues) { found.append(quote) }
      }
      // Nested quotes inside indirect speech are partial quotes of the same speaker.
      found += reportedSpeech(in: number, cues: sentenceCues, quoted: quotedSpans, marked: found)
      if let last = found.last(where: { $0.kind != .scare }) {
        previous = (last.speaker.map { Speakers.Resolved(name: $0, mention: $0, resolution: nil) }, number)
        if let speaker = last.speaker, speakers.isPerson(Speakers.Resolved(name: speaker, mention: speaker)) {
          speakers.lastPerson = speaker
        }
      }
      if let direct = found.last(where: { $0.kind == .direct }), let speaker = direct.speaker {
        lastDirect = (speaker, sentence.segment.paragraph)
      }
      speakers.noteMentions(in: sentence, number: number)
      if let opening = speakers.phrase(after: 0, in: sentence), opening.lowerBound == 0 || opening.lowerBound == 1,
        opening.contains(where: { sentence.isCapitalized($0) && !data.roles.contains(sentence.lowered[$0]) }),
        !data.speakerPronouns.contains(sentence.lowered[opening.lowerBound])
      {
        let subject = speakers.resolve(opening, in: sentence)
        if speakers.isPerson(subject) { lastSubject = (subject.name, number) }
      }
      result += found
    }
    return result.sorted { $0.span < $1.span }
  }

  // MARK: Quotes in marks

  private mutating func markedQuote(_ pair: QuotationMarks.Pair, sentence number: Int, cues: [SpeechCues.Cue]) -> Quote? {
    guard let inner = trimmed(Span(start: pair.open + 1, end: pair.close)) else { return nil }
    let sentence = sentences[number]
    let text = String(article.text(of: inner))
    let openIndex = sentence.index(atOrAfter: pair.open)
    let closeIndex = min(sentence.index(atOrAfter: pair.close), sentence.count - 1)
    let innerWords = inner.length > 0 ? text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count : 0
    let before = (0..<openIndex).filter { sentence.isWord($0) }
    let startsSentence = before.isEmpty || (openIndex > 0 && [":", "—", "–", "-"].contains(sentence.texts[openIndex - 1]))
      || pair.open < sentence.segment.span.start
    let firstIsUpper = text.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false
    let spansSentences = pair.close >= sentence.segment.span.end
    let hasFinalMark = text.unicodeScalars.last.map(CharacterClass.isTerminal) ?? false

    let kind: Quote.Kind
    let rule: String
    if insideParentheses(pair.open, sentence: sentence) && cues.isEmpty {
      kind = .scare
      rule = "words in marks inside a parenthesis, a label or motto rather than speech"
    } else if spansSentences || (startsSentence && (firstIsUpper || innerWords >= 4)) || (firstIsUpper && hasFinalMark && innerWords >= 3) {
      kind = .direct
      rule = spansSentences ? "quotation marks around whole sentences" : "quotation marks around a whole sentence"
    } else if firstIsUpper, !hasFinalMark, innerWords <= 5, openIndex > 1, sentence.isCapitalized(openIndex - 1),
      !data.functionWords.contains(sentence.lowered[openIndex - 1]), data.language == .german
    {
      kind = .scare
      rule = "a name in marks right after the noun it names (die Firma „Hvalur hf“)"
    } else if cues.isEmpty && innerWords <= Self.scareQuoteWords && isTitleLike(text) {
      kind = .scare
      rule = "a short capitalised phrase in marks and no speech cue: a title or name, not a quote"
    } else {
      kind = .partial
      rule = "quotation marks around words inside the writer's sentence"
    }
    var quote = Quote(text: text, speaker: nil, cue: nil, kind: kind, span: inner, explanation: Explanation(rule: rule))
    guard kind != .scare else { return quote }
    // A quote of several sentences is attributed where it closes (`“… Doesn’t work here,” Clinton said.`).
    if spansSentences, let closing = sentences.indices.first(where: { sentences[$0].segment.span.contains(pair.close) }),
      closing > number, case let closingCues = cueFinder.cues(in: sentences[closing], outside: quotedSpans),
      !closingCues.isEmpty
    {
      let closingSentence = sentences[closing]
      let closeAt = min(closingSentence.index(atOrAfter: pair.close), closingSentence.count - 1)
      attribute(&quote, sentence: closing, cues: closingCues, around: 0..<(closeAt + 1))
    } else {
      attribute(&quote, sentence: number, cues: cues, around: openIndex..<(closeIndex + 1))
    }
    let loneGermanWord = innerWords == 1 && data.language == .german && quote.cue == nil
    let title = isTitleLike(text) && (2...6).contains(innerWords)
    let inHeadline = sentence.segment.kind == .headline && cues.isEmpty
    if kind == .partial || inHeadline,
      isWebAddress(text) || insideParentheses(pair.open, sentence: sentence) || loneGermanWord || title || inHeadline
        || quote.speaker == nil && cues.isEmpty && isTitleLike(text)
    {
      quote.kind = .scare
      quote.speaker = nil
      quote.explanation.rule = "a short phrase, name or aside in marks that nobody in the text is reported as saying"
    }
    return quote
  }

  /// Finds the speaker of a quote in marks: a cue in its sentence, a dash or colon
  /// attribution, a lead-in sentence ending in a colon, or the speaker of the quote before.
  private func attribute(_ quote: inout Quote, sentence number: Int, cues: [SpeechCues.Cue], around range: Range<Int>) {
    let sentence = sentences[number]
    let nearest = cues.min { distance($0, to: range) < distance($1, to: range) }
    if let cue = nearest, let speaker = speaker(for: cue, in: sentence) {
      set(&quote, speaker: speaker, cue: cue, sentence: sentence, how: "the speech cue '\(cue.text)' in the same sentence")
      return
    }
    // `"…" — Commissioner Geoffrey Starks`
    let after = range.upperBound
    if after < sentence.count, ["—", "–", "-", "―", "--"].contains(sentence.texts[after]),
      let phrase = speakers.phrase(after: after + 1, in: sentence)
    {
      set(&quote, speaker: speakers.resolve(phrase, in: sentence), cue: nil, sentence: sentence, how: "a dash attribution after the quote")
      return
    }
    // `Er fuhr fort: "…"`, `And from Chairwoman Rosenworcel: "…"`
    if range.lowerBound > 0, sentence.texts[range.lowerBound - 1] == ":",
      let phrase = speakers.phrase(before: range.lowerBound - 1, in: sentence) ?? lastCapitalizedRun(sentence, before: range.lowerBound - 1)
    {
      set(&quote, speaker: speakers.resolve(phrase, in: sentence), cue: nil, sentence: sentence, how: "the lead-in before the colon")
      return
    }
    if number > 0, sentences[number - 1].texts.last == ":" {
      let lead = sentences[number - 1]
      let leadCues = cuesOutsideQuotes(in: lead)
      if let cue = leadCues.last, let speaker = speaker(for: cue, in: lead) {
        set(&quote, speaker: speaker, cue: cue, sentence: lead, how: "the lead-in sentence before, ending in a colon")
        return
      }
      if let phrase = lastCapitalizedRun(lead, before: lead.count - 1) {
        set(&quote, speaker: speakers.resolve(phrase, in: lead), cue: nil, sentence: lead, how: "the lead-in sentence before, ending in a colon")
        return
      }
    }
    // A quoted fragment belongs to the subject of its clause (`Clinton called them “deplorables”`).
    if quote.kind == .partial, let subject = speakers.phrase(after: 0, in: sentence), subject.lowerBound <= 1,
      subject.upperBound <= range.lowerBound,
      !(subject.upperBound..<range.lowerBound).contains(where: { sentence.isPunctuation($0, ",") }),
      !data.speakerPronouns.contains(sentence.lowered[subject.lowerBound])
        || speakers.lastPerson != nil || speakers.lastMentioned != nil
    {
      let resolved = resolveDescription(subject, in: sentence)
      if speakers.isPerson(resolved) || data.speakerPronouns.contains(sentence.lowered[subject.lowerBound]) {
        set(&quote, speaker: resolved, cue: nil, sentence: sentence, how: "the subject of the sentence")
        return
      }
    }
    if quote.kind == .direct, let lastDirect, sentence.segment.paragraph == lastDirect.paragraph {
      quote.speaker = lastDirect.speaker
      quote.explanation.resolution = "continues the direct quote before in this paragraph, by \(lastDirect.speaker)"
    } else if let previous, number - previous.sentence <= 1, let speaker = previous.speaker {
      quote.speaker = speaker.name
      quote.explanation.resolution = "continues the quote before, by \(speaker.name)"
    } else if quote.kind == .direct, let lastDirect, sentence.segment.paragraph - lastDirect.paragraph <= 1 {
      quote.speaker = lastDirect.speaker
      quote.explanation.resolution = "continues the last direct quote, by \(lastDirect.speaker)"
    } else if quote.kind == .direct, let previous, number - previous.sentence <= 3, let speaker = previous.speaker {
      quote.speaker = speaker.name
      quote.explanation.resolution = "a bare quote soon after \(speaker.name) was reported"
    } else if quote.kind == .direct, let lastSubject, number - lastSubject.sentence <= 2 {
      quote.speaker = lastSubject.name
      quote.explanation.resolution = "a bare quote after a sentence about \(lastSubject.name)"
    }
  }

  private func cuesOutsideQuotes(in sentence: SentenceWords) -> [SpeechCues.Cue] {
    cueFinder.cues(in: sentence, outside: quotedSpans)
  }

  private func set(_ quote: inout Quote, speaker: Speakers.Resolved, cue: SpeechCues.Cue?, sentence: SentenceWords, how: String) {
    quote.speaker = speaker.name
    quote.cue = cue?.text
    quote.explanation.cueSpan = cue.map { sentence.span($0.first, $0.last) }
    quote.explanation.speakerMention = speaker.mention
    quote.explanation.resolution = [how, speaker.resolution].compactMap { $0 }.joined(separator: "; ")
  }

  private func distance(_ cue: SpeechCues.Cue, to range: Range<Int>) -> Int {
    cue.first >= range.upperBound ? cue.first - range.upperBound : cue.last < range.lowerBound ? range.lowerBound - cue.last : 0
  }

  // MARK: Speakers of cues

  /// The speaker a cue names: the noun phrase next to it, on the side the word order puts it.
  func speaker(for cue: SpeechCues.Cue, in sentence: SentenceWords) -> Speakers.Resolved? {
    if case .phrase(let placement) = cue.kind {
      let phrase = placement == .after
        ? speakers.phrase(before: cue.first, in: sentence)
        : speakers.phrase(after: cue.last + 1, in: sentence) ?? commonNounSource(after: cue.last + 1, in: sentence)
      return phrase.map { resolveDescription($0, in: sentence) }
    }
    let verb = cue.first
    // `zitierte die Agentur RIA Putin`, `zitiert dazu Néstor Kirchner`: the person quoted is the speaker.
    if case .verb(let speech) = cue.kind, speech.lemma == "zitieren" || speech.lemma == "quote",
      let person = firstCapitalizedRun(in: sentence, from: verb + 1)
    {
      return resolveDescription(person, in: sentence)
    }
    // `Arni Finnsson, ein Vertreter der Organisation, kommentierte …`, `Kristina Schröder (CDU)
    // sagte …`: after an apposition or a parenthesis the subject is the name that opens the sentence.
    if verb > 1, sentence.isPunctuation(verb - 1, ",") || sentence.isPunctuation(verb - 1, ")"),
      let opening = speakers.phrase(after: 0, in: sentence), opening.lowerBound == 0, opening.upperBound < verb,
      sentence.isPunctuation(opening.upperBound, ",") || sentence.isPunctuation(opening.upperBound, "("),
      opening.contains(where: { sentence.isCapitalized($0) })
    {
      return resolveDescription(opening, in: sentence)
    }
    // `Reid mocked Romney, claiming that …`, `forced him to admit that …`: an English participle
    // or infinitive has the subject of its sentence.
    if data.language == .english, cue.text.lowercased().hasSuffix("ing") || (verb > 0 && sentence.lowered[verb - 1] == "to"),
      let subject = speakers.phrase(after: 0, in: sentence), subject.upperBound <= verb
    {
      return resolveDescription(subject, in: sentence)
    }
    // `Nordkorea werfen sie vor`: in German a pronoun right after the verb is its subject
    // (in English it opens the reported clause: `Clinton says she was awake`).
    if data.language == .german, verb + 1 < sentence.count, data.speakerPronouns.contains(sentence.lowered[verb + 1]) {
      return resolvePronoun((verb + 1)..<(verb + 2), in: sentence)
    }
    // `hatte der Präsident … zugesichert`: a participle's subject follows the auxiliary.
    if let auxiliary = (0..<verb).last(where: { Self.auxiliaries.contains(sentence.lowered[$0]) }),
      auxiliary > 0, !(auxiliary + 1..<verb).contains(where: { sentence.isPunctuation($0, ",") })
    {
      if let subject = speakers.phrase(before: auxiliary, in: sentence), subject.lowerBound == 0 || !sentence.isWord(subject.lowerBound - 1) {
        return resolveDescription(subject, in: sentence)
      }
      if let phrase = speakers.phrase(after: auxiliary + 1, in: sentence) { return resolveDescription(phrase, in: sentence) }
    }
    // `In einem Papier des Ministeriums heißt es, …` names the source before `heißt es`;
    // `…, hieß es in einem Beitrag der Agentur KCNA` after it.
    if sentence.lowered.indices.contains(verb + 1), sentence.lowered[verb + 1] == "es", case .verb(let speech) = cue.kind,
      speech.lemma == "heißen"
    {
      let reportsAfter = verb + 2 < sentence.count && sentence.isPunctuation(verb + 2, ",")
      let source = reportsAfter ? lastCapitalizedRun(sentence, before: verb) : lastCapitalizedRun(sentence, before: sentence.count)
      return source.map { resolveDescription($0, in: sentence) }
    }
    let afterPhrase = speakers.phrase(after: verb + 1, in: sentence)
    let clauseStart = (0..<verb).last(where: { !sentence.isWord($0) }).map { $0 + 1 } ?? 0
    // `Beck und Wieland sprachen von … und forderten`: a verb after `und` shares the subject
    // that opens the sentence.
    if verb > 0, ["und", "and"].contains(sentence.lowered[verb - 1]),
      let opening = speakers.phrase(after: clauseStart, in: sentence), opening.lowerBound <= clauseStart + 1
    {
      return resolveDescription(opening, in: sentence)
    }
    var beforePhrase = speakers.phrase(before: verb, in: sentence)
    // `Rep. Gwen Moore (D-Wis.) said`: the name before the parenthesis.
    if verb > 1, sentence.isPunctuation(verb - 1, ")"),
      let open = (0..<(verb - 1)).last(where: { sentence.isPunctuation($0, "(") }), open > 0
    {
      beforePhrase = speakers.phrase(before: open, in: sentence) ?? beforePhrase
      if let phrase = beforePhrase { return resolveDescription(phrase, in: sentence) }
    }
    if data.language == .english && verb > 0 && sentence.isWord(verb - 1) {
      beforePhrase = englishSubject(before: verb, from: clauseStart, in: sentence) ?? beforePhrase
    }
    // `John Sifton von Human Rights Watch sagte`: the person before `von`/`of` is the speaker.
    if let phrase = beforePhrase, phrase.lowerBound >= 2,
      ["von", "vom", "of", "from"].contains(sentence.lowered[phrase.lowerBound - 1]),
      let person = speakers.phrase(before: phrase.lowerBound - 1, in: sentence)
    {
      beforePhrase = person
    }
    let inverted: Bool
    if verb == 0 || !sentence.isWord(verb - 1) || beforePhrase == nil {
      inverted = true
    } else if data.language == .german {
      // German puts the verb second: unless the subject opens the clause, it follows the verb.
      // A lone word before the verb and an article after it (`Unterdessen verlangen die Grünen`)
      // put the subject after the verb.
      let opensClause = beforePhrase.map { $0.lowerBound <= clauseStart + 1 && startsAClause($0.lowerBound, in: sentence) } ?? false
      let loneFirstWord = beforePhrase.map {
        $0.count == 1 && $0.lowerBound == clauseStart && !speakers.capitalizedInside.contains(sentence.texts[$0.lowerBound])
      } ?? false
      let articleAfter = verb + 1 < sentence.count && Speakers.articles.contains(sentence.lowered[verb + 1])
      inverted = !opensClause || (loneFirstWord && articleAfter && afterPhrase != nil)
    } else {
      inverted = false
    }
    let chosen = inverted ? afterPhrase ?? beforePhrase : beforePhrase ?? afterPhrase
    if let chosen { return resolveDescription(chosen, in: sentence) }
    // `Smith, the mayor, said` and `The mayor, Dana Whitfield, said`: the name in or before the apposition.
    if verb > 0, sentence.isPunctuation(verb - 1, ","),
      let comma = (0..<(verb - 1)).last(where: { sentence.isPunctuation($0, ",") })
    {
      let apposition = (comma + 1)..<(verb - 1)
      if !apposition.isEmpty, apposition.allSatisfy({ sentence.isCapitalized($0) }) {
        return resolveDescription(apposition, in: sentence)
      }
      if let phrase = speakers.phrase(before: comma, in: sentence) { return resolveDescription(phrase, in: sentence) }
    }
    return nil
  }

  /// The English subject before a verb: the noun phrase back to the clause start, common
  /// nouns included (`a Homeland Security Department official said`, `the source added`).
  private func englishSubject(before verb: Int, from clauseStart: Int, in sentence: SentenceWords) -> Range<Int>? {
    // `The city is demanding`, `Trump has called for`: the subject stands before the auxiliary.
    var verb = verb
    while verb > clauseStart + 1, Self.englishAuxiliaries.contains(sentence.lowered[verb - 1]) { verb -= 1 }
    var first = verb
    while first > clauseStart, sentence.isWord(first - 1), verb - first < 6 {
      let word = sentence.lowered[first - 1]
      if Speakers.articles.contains(word) { break }
      if data.functionWords.contains(word) && !data.speakerPronouns.contains(word) { return nil }
      first -= 1
    }
    return first < verb ? first..<verb : nil
  }

  /// A source named by common nouns after `laut`/`according to` (`the fire department`): the
  /// words up to the next comma, without the article.
  private func commonNounSource(after index: Int, in sentence: SentenceWords) -> Range<Int>? {
    var start = index
    while start < sentence.count && Speakers.articles.contains(sentence.lowered[start]) { start += 1 }
    var end = start
    while end < sentence.count, sentence.isWord(end), end - start < 5,
      !data.functionWords.contains(sentence.lowered[end]) || ["of", "von", "des", "der"].contains(sentence.lowered[end])
    {
      end += 1
    }
    return end > start ? start..<end : nil
  }

  /// English auxiliaries between a subject and its verb.
  private static let englishAuxiliaries: Set<String> = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "also", "then", "not", "isn’t", "isn't",
  ]

  /// Auxiliaries before a participle at the end of a clause.
  private static let auxiliaries: Set<String> = ["hat", "hatte", "hatten", "haben", "habe", "has", "had", "have"]

  /// A pronoun: the speaker of the quote just before (within two sentences), else the last person quoted.
  private func resolvePronoun(_ range: Range<Int>, in sentence: SentenceWords) -> Speakers.Resolved {
    let mention = sentence.texts[range].joined(separator: " ")
    let here = sentences.firstIndex { $0.segment == sentence.segment } ?? 0
    let spoke = previous.flatMap { previous in previous.speaker.map { (name: $0.name, sentence: previous.sentence) } }
    let candidates = [spoke, lastSubject].compactMap { $0 }.filter { here - $0.sentence <= 2 }
    if let antecedent = candidates.max(by: { $0.sentence < $1.sentence }) {
      let why = antecedent.sentence == spoke?.sentence && antecedent.name == spoke?.name ? "who spoke just before" : "who opened a sentence just before"
      return Speakers.Resolved(name: antecedent.name, mention: mention, resolution: "pronoun '\(mention)' → \(antecedent.name), \(why)")
    }
    if let person = speakers.lastMentioned {
      return Speakers.Resolved(name: person, mention: mention, resolution: "pronoun '\(mention)' → \(person), the person named last")
    }
    return speakers.resolve(range, in: sentence)
  }

  /// A description made only of role words (`der nordkoreanische Staatschef`) stands for the
  /// person last named; anything else resolves as a name.
  private func resolveDescription(_ range: Range<Int>, in sentence: SentenceWords) -> Speakers.Resolved {
    let mention = sentence.texts[range].joined(separator: " ")
    if range.count == 1, data.speakerPronouns.contains(sentence.lowered[range.lowerBound]) {
      return resolvePronoun(range, in: sentence)
    }
    let capitalized = range.filter { sentence.isCapitalized($0) }
    // `Ein Polizeisprecher gab an`: an indefinite description is a new, unnamed speaker.
    let indefinite = range.lowerBound > 0 && ["ein", "eine", "einer", "a", "an"].contains(sentence.lowered[range.lowerBound - 1])
    if !capitalized.isEmpty, !indefinite, capitalized.allSatisfy({ data.roles.contains(sentence.lowered[$0]) }) {
      let role = sentence.lowered[capitalized.last!]
      if let person = speakers.holder(ofRole: role) {
        return Speakers.Resolved(name: person, mention: mention, resolution: "'\(mention)' → \(person), named with that role in the article")
      }
      if let person = speakers.lastMentioned ?? speakers.lastPerson {
        return Speakers.Resolved(name: person, mention: mention, resolution: "the description '\(mention)' → \(person), the person named last")
      }
    }
    return speakers.resolve(range, in: sentence)
  }

  /// Whether a phrase starting at `index` can be a clause's subject: it opens the sentence or
  /// follows punctuation or an article, not a preposition.
  private func startsAClause(_ index: Int, in sentence: SentenceWords) -> Bool {
    if index == 0 { return true }
    let before = index - 1
    if !sentence.isWord(before) { return true }
    let word = sentence.lowered[before]
    return Speakers.articles.contains(word) || ["und", "and", "dass", "that"].contains(word)
  }

  /// The first run of capitalised words at or after `start` in the clause.
  private func firstCapitalizedRun(in sentence: SentenceWords, from start: Int) -> Range<Int>? {
    var first = start
    while first < sentence.count && !sentence.isCapitalized(first) {
      if sentence.isPunctuation(first, ",") || sentence.isPunctuation(first, ":") { return nil }
      first += 1
    }
    guard first < sentence.count else { return nil }
    var end = first
    while end < sentence.count && sentence.isCapitalized(end) { end += 1 }
    return first..<end
  }

  private func lastCapitalizedRun(_ sentence: SentenceWords, before end: Int) -> Range<Int>? {
    guard let last = (0..<min(end, sentence.count)).last(where: { sentence.isCapitalized($0) }) else { return nil }
    var first = last
    while first > 0 && sentence.isCapitalized(first - 1) { first -= 1 }
    return first..<(last + 1)
  }

  // MARK: Indirect speech

  private mutating func reportedSpeech(
    in number: Int, cues sentenceCues: [SpeechCues.Cue], quoted: [Span], marked: [Quote]
  ) -> [Quote] {
    let sentence = sentences[number]
    guard sentence.segment.kind == .sentence, sentence.count > 3 else { return [] }
    let direct = marked.filter { $0.kind == .direct }.map(\.span)
    for cue in sentenceCues {
      guard let content = ReportedSpeech.content(of: cue, in: sentence, data: data) else { continue }
      let span = sentence.span(content.lowerBound, content.upperBound - 1)
      let coveredByDirect = direct.reduce(0) { $0 + max(0, min($1.end, span.end) - max($1.start, span.start)) }
      guard coveredByDirect * 2 < span.length, sentence.wordCount(content) >= 3 else { continue }
      var quote = Quote(
        text: String(article.text(of: span)), speaker: nil, cue: cue.text, kind: .indirect, span: span,
        explanation: Explanation(rule: ReportedSpeech.rule(for: cue), cueSpan: sentence.span(cue.first, cue.last)))
      if let speaker = speaker(for: cue, in: sentence) {
        quote.speaker = speaker.name
        quote.explanation.speakerMention = speaker.mention
        quote.explanation.resolution = speaker.resolution
      }
      return [quote]
    }
    // Konjunktiv I reports speech in German news; the plural Konjunktiv II forms that stand
    // in for it do so right after reported speech.
    let justReported = previous.map { number - $0.sentence <= 1 } ?? false
    let subjunctive = sentence.lowered.indices.contains {
      (data.subjunctives.contains(sentence.lowered[$0]) || justReported && data.substituteSubjunctives.contains(sentence.lowered[$0]))
        && ($0 == 0 || !["ich", "wir"].contains(sentence.lowered[$0 - 1]))
    }
    if data.language == .german, sentenceCues.isEmpty, marked.filter({ $0.kind == .direct }).isEmpty, subjunctive,
      let last = sentence.lastWordIndex(in: 0..<sentence.count)
    {
      let span = sentence.span(0, last)
      let speaker = previous.flatMap { number - $0.sentence <= 3 ? $0.speaker?.name : nil }
      return [
        Quote(
          text: String(article.text(of: span)), speaker: speaker, cue: nil, kind: .indirect, span: span,
          explanation: Explanation(
            rule: "a sentence in the subjunctive (Konjunktiv), the mood of reported speech",
            resolution: speaker.map { "continues the speech of \($0)" }))
      ]
    }
    return []
  }

  // MARK: Helpers

  /// `span` without white space and punctuation-only edges; nil if nothing is left.
  private func trimmed(_ span: Span) -> Span? {
    let text = Array(article.text(of: span).unicodeScalars)
    var start = 0
    var end = text.count
    while start < end && CharacterClass.isWhitespace(text[start]) { start += 1 }
    while end > start && CharacterClass.isWhitespace(text[end - 1]) { end -= 1 }
    guard end > start, text[start..<end].contains(where: { CharacterClass.isLetter($0) || CharacterClass.isDigit($0) }) else {
      return nil
    }
    return Span(start: span.start + start, end: span.start + end)
  }

  /// Whether an opening parenthesis before `offset` in the sentence is still open there.
  private func insideParentheses(_ offset: Int, sentence: SentenceWords) -> Bool {
    var depth = 0
    for index in 0..<sentence.count where sentence.tokens[index].span.start < offset {
      if sentence.isPunctuation(index, "(") { depth += 1 } else if sentence.isPunctuation(index, ")") { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  /// `news.example.org`: a web address in marks names a source, it is not quoted speech.
  private func isWebAddress(_ text: String) -> Bool {
    !text.contains(" ") && text.contains(".") && !text.hasSuffix(".") && text.unicodeScalars.allSatisfy {
      CharacterClass.isLetter($0) || CharacterClass.isDigit($0) || $0 == "." || $0 == "-" || $0 == "/"
    }
  }

  /// Every word capitalised, as in a title or a name.
  private func isTitleLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return words.allSatisfy { $0.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }
      && !(data.language == .german && words.count == 1)
  }
}
