/// Finds sentence ends in a tokenized paragraph.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with the closing quotation marks and brackets
/// that follow it) when the next token can start a sentence. Not ends: an abbreviation from
/// the language's list (unless it may end a sentence and a function word follows), initials,
/// a German ordinal (`19. Juni`, `3. Oktober`, `der 2. Weltkrieg`), a mark followed by a
/// lower-case word, a comma or a dash (`„Wirklich?“, fragte er`, `"…" — Starks`).
struct SentenceSplitter {
  let data: LanguageData

  /// Token index ranges, one per sentence, covering every token.
  func split(_ scalars: [Unicode.Scalar], _ tokens: [Tokenizer.RawToken]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var sentenceStart = 0
    var index = 0
    while index < tokens.count {
      guard endsSentenceCandidate(scalars, tokens[index]) else {
        index += 1
        continue
      }
      var next = index + 1
      while next < tokens.count && closesSentence(scalars, tokens, at: next) { next += 1 }
      if next < tokens.count && isBoundary(scalars, tokens, mark: index, next: next) {
        sentences.append(sentenceStart..<next)
        sentenceStart = next
      }
      index = next
    }
    if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
    return sentences.flatMap { cut($0, scalars, tokens) }
  }

  /// The most tokens a sentence has; news sentences have far fewer (a long one about 80). A
  /// longer stretch (text without final punctuation: a list, a table, a broken encoding) is cut
  /// into pieces this long at most, so that every window an analysis looks at stays bounded.
  static let longestSentence = 400

  /// `range` cut into pieces of at most `longestSentence` tokens, each ending after the last
  /// `;`, `:` or `,` (else at a dash or any punctuation) in its second half, else where the
  /// limit falls.
  private func cut(_ range: Range<Int>, _ scalars: [Unicode.Scalar], _ tokens: [Tokenizer.RawToken]) -> [Range<Int>] {
    guard range.count > Self.longestSentence else { return [range] }
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    while range.upperBound - start > Self.longestSentence {
      let limit = start + Self.longestSentence
      let half = start + Self.longestSentence / 2
      let breaks: [Set<Unicode.Scalar>] = [[";", ":", ","], ["-", "–", "—"]]
      let end = breaks.lazy.compactMap { marks in
        (half..<limit).last { tokens[$0].kind == .punctuation && marks.contains(scalars[tokens[$0].start]) }
      }.first.map { $0 + 1 } ?? (half..<limit).last { tokens[$0].kind == .punctuation }.map { $0 + 1 } ?? limit
      pieces.append(start..<end)
      start = end
    }
    pieces.append(start..<range.upperBound)
    return pieces
  }

  /// Marks that stay with the sentence they follow: more final marks, closing brackets, and
  /// quotation marks written without a space before them.
  private func closesSentence(_ scalars: [Unicode.Scalar], _ tokens: [Tokenizer.RawToken], at index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .punctuation else { return false }
    let scalar = scalars[token.start]
    if CharacterClass.isTerminal(scalar) || scalar == ")" || scalar == "]" || scalar == "}" { return true }
    return CharacterClass.isQuote(scalar) && CharacterClass.isClosing(scalar) && token.start == tokens[index - 1].end
  }

  private func endsSentenceCandidate(_ scalars: [Unicode.Scalar], _ token: Tokenizer.RawToken) -> Bool {
    switch token.kind {
    case .punctuation: return CharacterClass.isTerminal(scalars[token.start])
    case .abbreviation: return true
    default: return false
    }
  }

  private func isBoundary(_ scalars: [Unicode.Scalar], _ tokens: [Tokenizer.RawToken], mark: Int, next: Int) -> Bool {
    let following = tokens[next]
    let first = scalars[following.start]
    if CharacterClass.isLowercase(first) { return false }
    if first == "," || first == ";" || first == ":" || CharacterClass.isDash(first) { return false }
    if following.kind == .punctuation && CharacterClass.isTerminal(first) { return false }
    let markToken = tokens[mark]
    var followingWord: String { text(scalars, following) }
    // `"Really?" Trump asked.`, `“Why?” Hillary Clinton said.`: where the subject comes before
    // its verb, a quote's attribution after its closing mark stays in its sentence. (Where the
    // verb takes the second place, it comes first, `„Wirklich?“ fragte er`, which the lower-case
    // rule above keeps together.)
    if data.grammar.wordOrder == .subjectVerb, next > mark + 1, CharacterClass.isQuote(scalars[tokens[next - 1].start]) {
      var lookahead = next
      while lookahead < tokens.count && lookahead < next + 3 && tokens[lookahead].kind == .word
        && CharacterClass.isUppercase(scalars[tokens[lookahead].start])
        && data.speechVerbs[text(scalars, tokens[lookahead]).lowercased()] == nil
      {
        lookahead += 1
      }
      if lookahead < tokens.count, lookahead > next, data.speechVerbs[text(scalars, tokens[lookahead]).lowercased()] != nil {
        return false
      }
    }

    if markToken.kind == .abbreviation {
      let written = text(scalars, markToken)
      if markToken.end - markToken.start == 2 { return false }  // initials: `J. Smith`, `z. B.`
      let use = data.abbreviations[written] ?? data.abbreviations[written.lowercased()]
      let mayEnd = use == .mayEnd || (use == nil && written.dropLast().contains("."))
      return mayEnd && (data.functionWords.contains(followingWord.lowercased()) || CharacterClass.isQuote(first))
    }

    // A number directly before the period: an ordinal where the language writes them so
    // (`19. Juni`, `2. Weltkrieg`).
    if data.grammar.ordinalPeriod, mark > 0, tokens[mark - 1].kind == .number,
      tokens[mark - 1].end == markToken.start, scalars[markToken.start] == ".", markToken.end - markToken.start == 1
    {
      if following.kind == .number { return false }
      let word = followingWord.lowercased()
      if data.months[word] != nil { return false }
      let digits = tokens[mark - 1].end - tokens[mark - 1].start
      if digits <= 2 && following.kind == .word && !data.functionWords.contains(word) { return false }
    }
    return true
  }

  private func text(_ scalars: [Unicode.Scalar], _ token: Tokenizer.RawToken) -> String {
    ScalarText.string(scalars, token.start..<token.end)
  }
}
