/// Where the reported words stand relative to a speech cue, in German and English word order:
/// after it (`erklärte er, dass …`, `said that …`, `laut X …`, `according to X, …`) or before
/// it (`…, sagte Kim.`, `…, wie Medien berichteten.`, `…, hieß es.`, `…, so Müller.`), or
/// in an opening clause (`Wie das Ministerium mitteilte, wird …`, `As the ministry said, …`).
enum ReportedSpeech {
  /// At most this many tokens may stand between a verb and the comma or `that` of its clause.
  static let reach = 8

  /// The tokens of the reported words of `cue`, or nil if the sentence reports nothing there.
  static func content(of cue: SpeechCues.Cue, in sentence: SentenceWords, data: LanguageData) -> Range<Int>? {
    let end = sentence.lastWordIndex(in: 0..<sentence.count).map { $0 + 1 } ?? sentence.count
    if parenthesis(around: cue, in: sentence, data: data) { return 0..<end }
    if let before = contentBefore(cue, in: sentence, data: data) { return before }
    if let after = contentAfterOpening(cue, in: sentence, end: end, data: data) { return after }
    switch cue.kind {
    case .phrase:
      // `X zufolge …`, `laut X …`, `… nach Angaben von X …`: the sentence reports what X said.
      return 0..<end
    case .verb:
      let window = (cue.last + 1)..<min(end, cue.last + 1 + reach)
      let complementizer = window.first { data.word(sentence.lowered[$0], isA: .complementizer, .complementizerOutside) }
      // `sagte, der Pakt werde …`, `heißt es, die Prüfung habe ergeben, dass …`: in German a comma
      // after the verb (and its object) opens the clause, even when a `dass` follows inside it.
      if data.language == .german, let comma = window.first(where: { sentence.isPunctuation($0, ",") }), comma + 1 < end,
        complementizer.map({ comma < $0 }) ?? true
      {
        return (comma + 1)..<end
      }
      if let complementizer {
        let start = data.word(sentence.lowered[complementizer], isA: .complementizerOutside) ? complementizer + 1 : complementizer
        return start < end ? start..<end : nil
      }
      if data.language == .german { return nil }
      // `Figueroa said the candidate was headed …`: a clause right after the verb, unless the
      // verb attributes a direct quote just before it (`"…," she said several months later`).
      let attributesQuote = (max(0, cue.first - 3)..<cue.first).contains {
        sentence.tokens[$0].kind == .punctuation && sentence.texts[$0].unicodeScalars.first.map(CharacterClass.isQuote) ?? false
      }
      let next = cue.last + 1
      guard !attributesQuote else { return nil }
      guard next < end, sentence.isWord(next), !data.ruleFunctionWords.contains(sentence.lowered[next])
        || data.word(sentence.lowered[next], isA: .article, .subjectPronoun),
        sentence.wordCount(next..<end) >= 4, !data.word(sentence.lowered[next], isA: .preposition)
      else { return nil }
      return next..<end
    }
  }

  /// `CLAUSE, sagte X.` / `CLAUSE, wie X berichtete.` / `CLAUSE, X said.`: the cue and its
  /// source close the sentence, after a comma; the clause before is what was said.
  private static func contentBefore(_ cue: SpeechCues.Cue, in sentence: SentenceWords, data: LanguageData) -> Range<Int>? {
    guard let comma = (0..<cue.first).last(where: { sentence.isPunctuation($0, ",") }), comma > 0 else { return nil }
    // `Clinton had mocked the complaint, saying …`: an `-ing` form reports what follows it; the
    // clause before says what its subject did.
    if case .verb = cue.kind, data.words(.progressiveEnding).contains(where: { sentence.lowered[cue.first].hasSuffix($0) }) {
      return nil
    }
    let between = (comma + 1)..<cue.first
    if isAppositionBefore(comma, cue: cue, in: sentence, data: data) { return nil }
    // `The plan was too expensive, the mayor, Ken Ito, said.`: the source and its apposition
    // stand between the clause and the verb.
    if between.isEmpty, sentence.wordCount((cue.last + 1)..<sentence.count) == 0,
      let previous = (0..<comma).last(where: { sentence.isPunctuation($0, ",") }), isName((previous + 1)..<comma, in: sentence),
      let clauseEnd = (0..<previous).last(where: { sentence.isPunctuation($0, ",") }), clauseEnd > 0,
      isSource((clauseEnd + 1)..<previous, in: sentence, data: data)
    {
      return 0..<clauseEnd
    }
    // A relative clause on the source of `so` is no part of the tail (`…, so Celebi, die angab,
    // dass …`). (A capitalised word after the pronoun makes it an article: `die Vorsitzende`.)
    let relativeClause = ((cue.last + 1)..<sentence.count).first {
      !cue.isVerb && sentence.isPunctuation($0, ",") && $0 + 2 < sentence.count && data.word(sentence.lowered[$0 + 1], isA: .relativePronoun)
        && !sentence.isCapitalized($0 + 2)
    }
    let tail = (cue.last + 1)..<(relativeClause ?? sentence.count)
    // Between the comma and the cue only the source (or `wie`, `so`); after it only the source.
    let betweenIsShort = between.count <= 5 && between.allSatisfy { sentence.isWord($0) }
    let tailIsShort = sentence.wordCount(tail) <= 12 && !tail.contains { sentence.isPunctuation($0, ",") && $0 < sentence.count - 2 }
    guard betweenIsShort, tailIsShort,
      !tail.contains(where: { data.word(sentence.lowered[$0], isA: .complementizer, .complementizerOutside) })
    else {
      return nil
    }
    // Between the comma and the cue: the source (`sources`, `a source`, `Kim`), or `wie`/`so`.
    if !between.isEmpty {
      let first = sentence.lowered[between.lowerBound]
      guard data.word(first, isA: .attributionOpener) || isSource(between, in: sentence, data: data) else { return nil }
      // `During the rally Monday, the former president said Obamacare is …`: a subject before the
      // verb and a clause after it; the words before the comma only set the scene.
      if case .verb = cue.kind, !data.word(first, isA: .attributionOpener), sentence.wordCount(tail) >= 4,
        let next = tail.first(where: { sentence.isWord($0) }), !data.word(sentence.lowered[next], isA: .preposition)
      {
        return nil
      }
    }
    return 0..<comma
  }

  /// `The state's campaign chairman, Phil Lovas, said he …`, `Der Geschäftsführer der Firma,
  /// Gerd Bruckschen, hatte …`: the words before the comma are a short noun phrase and a name
  /// between commas, an apposition to the subject, not a reported clause. The phrase names a
  /// role, or a clause follows the verb right after the comma.
  private static func isAppositionBefore(_ comma: Int, cue: SpeechCues.Cue, in sentence: SentenceWords, data: LanguageData) -> Bool {
    guard let previous = (0..<comma).last(where: { sentence.isPunctuation($0, ",") }), isName((previous + 1)..<comma, in: sentence),
      case let phrase = 0..<previous, sentence.wordCount(phrase) <= reach, phrase.allSatisfy({ sentence.isWord($0) })
    else { return false }
    if phrase.contains(where: { data.roleLemma(sentence.lowered[$0]) != nil }) { return true }
    let tail = (cue.last + 1)..<sentence.count
    guard comma + 1 == cue.first, sentence.wordCount(tail) >= 4,
      let next = tail.first(where: { sentence.isWord($0) }), !data.word(sentence.lowered[next], isA: .preposition)
    else { return false }
    return true
  }

  /// `The plan, the mayor said, was too expensive`, `Der Plan, sagte der Bürgermeister, sei zu
  /// teuer`: the cue and its source stand between commas inside the clause they report, which
  /// is the whole sentence.
  private static func parenthesis(around cue: SpeechCues.Cue, in sentence: SentenceWords, data: LanguageData) -> Bool {
    guard case .verb = cue.kind, let open = (0..<cue.first).last(where: { sentence.isPunctuation($0, ",") }),
      sentence.wordCount(0..<open) >= 2
    else { return false }
    let close: Int
    if open + 1 < cue.first {
      // `, the mayor said,`: the source before the verb, the comma right after it.
      guard cue.last + 1 < sentence.count, sentence.isPunctuation(cue.last + 1, ","),
        isSource((open + 1)..<cue.first, in: sentence, data: data)
      else { return false }
      close = cue.last + 1
    } else {
      // `, said the mayor,`: the source after the verb, up to the next comma.
      guard let comma = ((cue.last + 1)..<sentence.count).first(where: { sentence.isPunctuation($0, ",") }),
        isSource((cue.last + 1)..<comma, in: sentence, data: data)
      else { return false }
      close = comma
    }
    return sentence.wordCount((close + 1)..<sentence.count) >= 3
  }

  /// Whether `words` could name a source: up to five words, none a function word other than an
  /// article or a pronoun (`the mayor`, `he`, `Anna Berg`, `a spokesman`).
  private static func isSource(_ words: Range<Int>, in sentence: SentenceWords, data: LanguageData) -> Bool {
    (1...5).contains(words.count) && words.allSatisfy { index in
      sentence.isWord(index)
        && (!data.ruleFunctionWords.contains(sentence.lowered[index]) || data.word(sentence.lowered[index], isA: .article)
          || data.speakerPronouns.contains(sentence.lowered[index]))
    }
  }

  /// Whether `words` are one to four capitalised words: a name.
  private static func isName(_ words: Range<Int>, in sentence: SentenceWords) -> Bool {
    (1...4).contains(words.count) && words.allSatisfy { sentence.isWord($0) && sentence.isCapitalized($0) }
  }

  /// `Wie das Ministerium mitteilte, wird Island …` / `As the ministry said, the plan …`: an
  /// attribution opener starts the sentence, the cue closes its clause at a comma, and the
  /// main clause after the comma is what was said.
  private static func contentAfterOpening(_ cue: SpeechCues.Cue, in sentence: SentenceWords, end: Int, data: LanguageData) -> Range<Int>? {
    guard case .verb = cue.kind, let opener = attributionOpener(before: cue.first, in: sentence, data: data), cue.first - opener <= reach,
      let comma = ((cue.last + 1)...(cue.last + 2)).first(where: { $0 < end && sentence.isPunctuation($0, ",") }),
      sentence.wordCount((comma + 1)..<end) >= 3
    else { return nil }
    return (comma + 1)..<end
  }

  /// The attribution opener (`wie`, `as`) that starts the sentence and the clause `verb` is in,
  /// with no comma before the verb.
  static func attributionOpener(before verb: Int, in sentence: SentenceWords, data: LanguageData) -> Int? {
    let opener = sentence.firstWordIndex
    guard opener < verb, data.word(sentence.lowered[opener], isA: .attributionOpener),
      !(opener..<verb).contains(where: { sentence.isPunctuation($0, ",") })
    else { return nil }
    return opener
  }

  /// The rule's name for `--explain`.
  static func rule(for cue: SpeechCues.Cue) -> String {
    switch cue.kind {
    case .verb(let verb): return "reported speech with the verb '\(cue.text)' (\(verb.lemma))"
    case .phrase: return "reported speech attributed with '\(cue.text)'"
    }
  }
}
