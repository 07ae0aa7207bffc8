/// The quotes of an article: direct, partial and scare quotes in quotation marks, and indirect
/// speech, each with its speaker and cue. With the article's `entities` (from `who`), speakers
/// take the canonical names and types found there.
public func quotes(in article: Article, using data: LanguageData, entities: [Entity] = []) -> [Quote] {
  QuoteExtractor(article: article, data: data, entities: entities).extract()
}

/// Runs the quote rules over an article's sentences in text order, so that pronouns and
/// continued quotes can refer back to the speakers found before them.
struct QuoteExtractor {
  let article: Article
  let data: LanguageData
  let sentences: [SentenceWords]
  let cueFinder: SpeechCues
  var speakers: Speakers
  let pairs: [QuotationMarks.Pair]
  /// The spans of top-level quotes, marks included, in text order.
  let quotedSpans: [Span]
  /// The speaker of the quote before, and the sentence it was in: consecutive quotes continue it.
  var previous: (speaker: Speakers.Resolved?, sentence: Int)?
  /// The name that opened the most recent sentence that opens with one, and that sentence: the
  /// likeliest antecedent of a pronoun.
  var lastSubject: (name: String, sentence: Int)?
  /// The organisation or thing that opened the most recent sentence opened by one (`Donald
  /// Trump’s campaign is …`), and that sentence: what `it` speaking refers to.
  var lastThing: (name: String, sentence: Int)?
  /// Each sentence's number, by the offset where it starts.
  let sentenceNumbers: [Int: Int]
  /// The speaker of the last direct quote and its paragraph: a bare direct quote soon after continues it.
  private var lastDirect: (speaker: String, paragraph: Int)?

  /// Quoted fragments with at most this many words and no cue are scare quotes when every
  /// word is capitalised (titles, names).
  static let scareQuoteWords = 3

  init(article: Article, data: LanguageData, entities: [Entity] = []) {
    self.article = article
    self.data = data
    sentences = Concurrently.mapHalves(article.sentences) { part in part.map { SentenceWords($0, in: article, data: data) } }
    sentenceNumbers = Dictionary(article.sentences.enumerated().map { ($1.span.start, $0) }) { first, _ in first }
    cueFinder = SpeechCues(data: data)
    speakers = Speakers(article: article, sentences: sentences, numbers: sentenceNumbers, data: data, entities: entities)
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
          speakers.lastPersonSentence = number
        }
      }
      // `Die Stadtreinigung äußerte Zweifel an der Darstellung.` speaks without a quote: reported
      // speech in the sentences after it continues this speaker.
      if found.isEmpty, let cue = sentenceCues.first(where: \.isVerb),
        let speaker = speaker(for: cue, in: sentence)
      {
        previous = (speaker, number)
      }
      if let direct = found.last(where: { $0.kind == .direct }), let speaker = direct.speaker {
        lastDirect = (speaker, sentence.segment.paragraph)
      }
      speakers.noteMentions(in: sentence, number: number, outside: quotedSpans)
      if let opening = speakers.phrase(after: 0, in: sentence), opening.lowerBound == 0 || opening.lowerBound == 1,
        opening.contains(where: { sentence.isCapitalized($0) && !data.roles.contains(sentence.lowered[$0]) }),
        !data.speakerPronouns.contains(sentence.lowered[opening.lowerBound])
      {
        let subject = speakers.resolve(opening, in: sentence)
        // `Donald Trump’s campaign`: what the name owns opens the sentence.
        let owned = isPossessiveMark(opening.upperBound, in: sentence) ? opening.upperBound + 1
          : possessiveEnding(of: opening.upperBound - 1, in: sentence) != nil ? opening.upperBound : nil
        if let noun = owned, sentence.isWord(noun), !sentence.isCapitalized(noun) {
          lastThing = (String(article.text(of: sentence.span(opening.lowerBound, noun))), number)
        } else if speakers.isPerson(subject) {
          lastSubject = (subject.name, number)
        } else if speakers.entity(in: opening, of: sentence)?.type == .organization {
          lastThing = (subject.name, number)
        }
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
    let innerWords = Self.wordCount(text)
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
    } else if cues.isEmpty, !spansSentences, (2...8).contains(innerWords),
      Self.capitalizesEveryWord(text) || !startsSentence && isTitleLike(text)
    {
      kind = .scare
      rule = "a title-cased phrase in marks and no speech cue: a title or slogan, not a sentence"
    } else if spansSentences || (startsSentence && (firstIsUpper || innerWords >= 4)) || (firstIsUpper && hasFinalMark && innerWords >= 3) {
      kind = .direct
      rule = spansSentences ? "quotation marks around whole sentences" : "quotation marks around a whole sentence"
    } else if firstIsUpper, !hasFinalMark, innerWords <= 5, openIndex > 1, sentence.isCapitalized(openIndex - 1),
      !data.ruleFunctionWords.contains(sentence.lowered[openIndex - 1]), data.language == .german
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
    // `in a box labeled “medical problem”`: a label names nobody who says it.
    if openIndex > 0, data.word(sentence.lowered[openIndex - 1], isA: .labelVerb) {
      quote.explanation.rule += "; a label, which nobody is reported as saying"
      return quote
    }
    // A quote of several sentences is attributed where it closes (`“… Doesn’t work here,” Clinton said.`).
    if spansSentences, let closing = sentences.indices.first(where: { sentences[$0].segment.span.contains(pair.close) }),
      closing > number, case let closingCues = cueFinder.cues(in: sentences[closing], outside: quotedSpans),
      case let closeAt = min(sentences[closing].index(atOrAfter: pair.close), sentences[closing].count - 1),
      !closingCues.isEmpty || isDash(closeAt + 1, in: sentences[closing])
    {
      attribute(&quote, sentence: closing, cues: closingCues, around: 0..<(closeAt + 1))
    } else {
      attribute(&quote, sentence: number, cues: cues, around: openIndex..<(closeIndex + 1))
    }
    let loneGermanWord = innerWords == 1 && data.language == .german && quote.cue == nil
    let title = (2...6).contains(innerWords) && isTitleLike(text)
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
    // `WALLACE: Let's start …`: in a transcript the label of the paragraph speaks.
    if let label = transcriptLabel(ofParagraph: sentence.segment.paragraph, from: number) {
      set(&quote, speaker: speakers.resolve(label.range, in: label.sentence), cue: nil, sentence: label.sentence,
        how: "the speaker's label that opens the paragraph of a transcript")
      return
    }
    let nearest = cues.min { distance($0, to: range) < distance($1, to: range) }
    if let cue = nearest, let speaker = speaker(for: cue, in: sentence) {
      set(&quote, speaker: speaker, cue: cue, sentence: sentence, how: "the speech cue '\(cue.text)' in the same sentence")
      return
    }
    // `"…" — Commissioner Geoffrey Starks`
    let after = range.upperBound
    if isDash(after, in: sentence), let phrase = speakers.phrase(after: after + 1, in: sentence)
    {
      set(&quote, speaker: resolveDescription(phrase, in: sentence), cue: nil, sentence: sentence, how: "a dash attribution after the quote")
      return
    }
    // `Er fuhr fort: "…"`, `And from Chairwoman Rosenworcel: "…"`
    if range.lowerBound > 0, sentence.texts[range.lowerBound - 1] == ":",
      let phrase = speakers.phrase(before: range.lowerBound - 1, in: sentence) ?? lastCapitalizedRun(sentence, before: range.lowerBound - 1)
    {
      set(&quote, speaker: resolveDescription(phrase, in: sentence), cue: nil, sentence: sentence, how: "the lead-in before the colon")
      return
    }
    if number > 0, sentences[number - 1].texts.last == ":" {
      let lead = sentences[number - 1]
      let leadCues = cuesOutsideQuotes(in: lead)
      if let cue = leadCues.last, let speaker = speaker(for: cue, in: lead) {
        set(&quote, speaker: speaker, cue: cue, sentence: lead, how: "the lead-in sentence before, ending in a colon")
        return
      }
      // `Partial transcript as follows:` names nobody.
      if let phrase = lastCapitalizedRun(lead, before: lead.count - 1), speakers.namesSource(phrase, in: lead) {
        set(&quote, speaker: resolveDescription(phrase, in: lead), cue: nil, sentence: lead, how: "the lead-in sentence before, ending in a colon")
        return
      }
    }
    // A quoted fragment belongs to the subject of its clause (`Clinton called them “deplorables”`).
    if quote.kind == .partial, let subject = speakers.phrase(after: 0, in: sentence), subject.lowerBound <= 1,
      subject.upperBound <= range.lowerBound,
      !(subject.upperBound..<range.lowerBound).contains(where: { sentence.isPunctuation($0, ",") }),
      !(subject.upperBound < sentence.count && data.word(sentence.lowered[subject.upperBound], isA: .conjunction)),
      !data.speakerPronouns.contains(sentence.lowered[subject.lowerBound])
        || speakers.lastPerson != nil || speakers.lastMentioned != nil
    {
      let resolved = resolveDescription(subject, in: sentence)
      if speakers.isPerson(resolved) || data.speakerPronouns.contains(sentence.lowered[subject.lowerBound]) {
        set(&quote, speaker: resolved, cue: nil, sentence: sentence, how: "the subject of the sentence")
        return
      }
    }
    // `With Barbra Streisand, Clinton called them “deplorables”`: else the first person `who`
    // found in the clause before the fragment, unless it only owns something (`Clinton’s campaign`).
    if quote.kind == .partial, let person = speakers.firstPerson(before: range.lowerBound, in: sentence) {
      set(&quote, speaker: person, cue: nil, sentence: sentence, how: "the person the sentence is about")
      return
    }
    // `Though she called his behavior “outrageous”`: a personal pronoun subject after an opening word.
    if quote.kind == .partial,
      let pronoun = (0..<min(3, range.lowerBound)).first(where: {
        data.speakerPronouns.contains(sentence.lowered[$0]) && data.genders[sentence.lowered[$0]] != nil
      })
    {
      set(&quote, speaker: resolvePronoun(pronoun..<(pronoun + 1), in: sentence), cue: nil, sentence: sentence, how: "the subject of the sentence")
      return
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

  /// Whether the word at `index` is a dash, as in an attribution after a quote.
  private func isDash(_ index: Int, in sentence: SentenceWords) -> Bool {
    index < sentence.count && ["—", "–", "-", "―", "--"].contains(sentence.texts[index])
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

  // MARK: Indirect speech

  private mutating func reportedSpeech(
    in number: Int, cues sentenceCues: [SpeechCues.Cue], quoted: [Span], marked: [Quote]
  ) -> [Quote] {
    let sentence = sentences[number]
    guard sentence.segment.kind == .sentence, sentence.count > 3 else { return [] }
    let direct = marked.filter { $0.kind == .direct }.map(\.span)
    // Each cue reports its own clause (`Oft habe er gewartet, so Celebi, die angab, dass …`); of
    // verbs reporting nested clauses the outer one, with the most words, counts (`X had told
    // police that …, the source added`); attribution phrases come last, as the channel
    // (`Medienberichten zufolge erklärte er, dass …`: he speaks).
    var reported: [Quote] = []
    let contents = sentenceCues.compactMap { cue in ReportedSpeech.content(of: cue, in: sentence, data: data).map { (cue, $0) } }
    let ordered = contents.sorted { first, second in
      first.0.isVerb != second.0.isVerb ? first.0.isVerb : first.0.isVerb && first.1.count > second.1.count
    }
    for (cue, content) in ordered {
      let span = sentence.span(content.lowerBound, content.upperBound - 1)
      let coveredByDirect = direct.reduce(0) { $0 + max(0, min($1.end, span.end) - max($1.start, span.start)) }
      guard coveredByDirect * 2 < span.length, sentence.wordCount(content) >= 3,
        !reported.contains(where: { $0.span.start < span.end && span.start < $0.span.end })
      else { continue }
      var quote = Quote(
        text: String(article.text(of: span)), speaker: nil, cue: cue.text, kind: .indirect, span: span,
        explanation: Explanation(rule: ReportedSpeech.rule(for: cue), cueSpan: sentence.span(cue.first, cue.last)))
      if let speaker = speaker(for: cue, in: sentence) {
        quote.speaker = speaker.name
        quote.explanation.speakerMention = speaker.mention
        quote.explanation.resolution = speaker.resolution
      }
      reported.append(quote)
    }
    if !reported.isEmpty { return reported.sorted { $0.span < $1.span } }
    // Konjunktiv I reports speech in German news; the plural Konjunktiv II forms that stand
    // in for it do so right after reported speech.
    let justReported = previous.map { number - $0.sentence <= 1 } ?? false
    let subjunctiveAt = sentence.lowered.indices.first {
      // (A capitalised form is a noun or opens the sentence: `Im Laufe`, `die Liege`.)
      !sentence.isCapitalized($0)
        && (data.subjunctives.contains(sentence.lowered[$0]) || justReported && data.substituteSubjunctives.contains(sentence.lowered[$0]))
        && ($0 == 0 || !data.word(sentence.lowered[$0 - 1], isA: .firstPerson))
    }
    let hearsay = subjunctiveAt == nil && reportsHearsay(sentence)
    if data.language == .german, sentenceCues.isEmpty, marked.filter({ $0.kind == .direct }).isEmpty, subjunctiveAt != nil || hearsay,
      let last = sentence.lastWordIndex(in: 0..<sentence.count)
    {
      let rule = hearsay
        ? "a modal verb with a perfect infinitive (`soll … getan haben`), the form of hearsay"
        : "a sentence in the subjunctive (Konjunktiv), the mood of reported speech"
      // `Piltz schloss sich der Kritik an: Die Mittel seien …`: after a colon the person the
      // lead-in names speaks.
      if let verb = subjunctiveAt, let colon = (0..<verb).last(where: { sentence.isPunctuation($0, ":") }), colon + 1 < last,
        let person = speakers.firstPerson(before: colon, in: sentence)
      {
        let span = sentence.span(colon + 1, last)
        return [
          Quote(
            text: String(article.text(of: span)), speaker: person.name, cue: nil, kind: .indirect, span: span,
            explanation: Explanation(rule: rule, speakerMention: person.mention, resolution: "the person the lead-in before the colon names"))
        ]
      }
      let span = sentence.span(0, last)
      let speaker = previous.flatMap { number - $0.sentence <= 3 ? $0.speaker?.name : nil }
      return [
        Quote(
          text: String(article.text(of: span)), speaker: speaker, cue: nil, kind: .indirect, span: span,
          explanation: Explanation(rule: rule, resolution: speaker.map { "continues the speech of \($0)" }))
      ]
    }
    return []
  }

  /// `Der Mann soll das Geld genommen haben`: a reportative modal and, at the end of the
  /// sentence, a participle (or `worden`) before the auxiliary of a perfect infinitive.
  private func reportsHearsay(_ sentence: SentenceWords) -> Bool {
    guard let last = sentence.lastWordIndex(in: 0..<sentence.count), last >= 2,
      data.word(sentence.lowered[last], isA: .infinitiveAuxiliary),
      sentence.lowered[..<last].contains(where: { data.word($0, isA: .reportativeModal) })
    else { return false }
    let participle = sentence.lowered[last - 1]
    return data.words(.participleEnding).contains { participle.hasSuffix($0) }
  }

  // MARK: Helpers

  /// The label of the transcript turn a sentence belongs to (`WALLACE:`, `SEN. JONES:`): one to
  /// three words in capitals and a colon at the start of this or an earlier sentence of the
  /// paragraph, the nearest (a paragraph can hold several turns), if its first sentence has one.
  private func transcriptLabel(ofParagraph paragraph: Int, from number: Int) -> (sentence: SentenceWords, range: Range<Int>)? {
    var first = number
    while first > 0 && sentences[first - 1].segment.paragraph == paragraph { first -= 1 }
    guard label(opening: sentences[first]) != nil else { return nil }
    for candidate in stride(from: number, through: first, by: -1) {
      if let range = label(opening: sentences[candidate]) { return (sentences[candidate], range) }
    }
    return nil
  }

  /// The capitals and colon that open a sentence as a speaker's label, if they do.
  private func label(opening sentence: SentenceWords) -> Range<Int>? {
    let start = sentence.firstWordIndex
    var end = start
    while end < sentence.count, end - start < 3, sentence.isWord(end), isCapitalsOnly(sentence.texts[end]) { end += 1 }
    guard end > start, end < sentence.count, sentence.texts[end] == ":" else { return nil }
    return start..<end
  }

  /// `WALLACE`, `SEN.`: two or more letters, all capitals.
  private func isCapitalsOnly(_ word: String) -> Bool {
    let letters = word.unicodeScalars.filter(CharacterClass.isLetter)
    return letters.count >= 2 && letters.allSatisfy(CharacterClass.isUppercase)
  }

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

  /// Every word capitalised, as in a title or a name (German single words excepted: every noun
  /// is capitalised). Stops at the first word in lower case.
  private func isTitleLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard let first = words.first, Self.startsLikeATitleWord(first) else { return false }
    // English titles capitalise their words but for short function words (`Contract with
    // America`); German capitalises every noun, so there only capitals throughout mark a title.
    let capitalized = words.dropFirst().allSatisfy { word in
      Self.startsLikeATitleWord(word) || data.language != .german && data.ruleFunctionWords.contains(String(word))
    }
    return capitalized && !(data.language == .german && words.count == 1)
  }

  /// Whether every word of `text` starts with a capital or a digit (`All Bets Are Off.`).
  private static func capitalizesEveryWord(_ text: String) -> Bool {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).allSatisfy(startsLikeATitleWord)
  }

  /// A capital or a digit first (`Contract`, `13th`).
  private static func startsLikeATitleWord(_ word: Substring) -> Bool {
    word.unicodeScalars.first.map { CharacterClass.isUppercase($0) || CharacterClass.isDigit($0) } ?? true
  }

  /// The number of words in `text`, separated by spaces and line breaks.
  private static func wordCount(_ text: String) -> Int {
    var words = 0
    var inWord = false
    for byte in text.utf8 {
      let separator = byte == 0x20 || byte == 0x0A
      if !separator && !inWord { words += 1 }
      inWord = !separator
    }
    return words
  }
}
