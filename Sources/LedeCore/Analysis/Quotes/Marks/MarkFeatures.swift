/// What the learned decision on a quote in marks weighs: whether it is a whole utterance
/// (`direct`), words inside the writer's sentence (`partial`) or a title, name or term nobody is
/// reported as saying (`scare`). Observations of the words in marks and around them; each
/// kind's candidate carries them prefixed with the kind.
struct MarkFeatures {
  let data: LanguageData

  /// A quote in marks and where it stands in its sentence.
  struct Mark {
    var text: String
    var sentence: SentenceWords
    /// Token indices of the opening and closing mark (the closing one may lie in a later sentence).
    var open: Int
    var close: Int
    var spansSentences: Bool
    var insideParentheses: Bool
    /// Cues of the sentence outside quotes, and of the sentence the quote closes in.
    var cues: [SpeechCues.Cue]
    var closingCues: Int
  }

  /// The observations of a mark, before they are tied to a kind.
  func observations(of mark: Mark) -> [FeatureName] {
    let sentence = mark.sentence
    let words = Self.wordCount(mark.text)
    let scalars = mark.text.unicodeScalars
    let firstUpper = scalars.first.map(CharacterClass.isUppercase) ?? false
    let finalMark = scalars.last.map(CharacterClass.isTerminal) ?? false
    let wordsBefore = sentence.wordCount(0..<mark.open)
    let startsSentence = wordsBefore == 0 || (mark.open > 0 && [":", "—", "–", "-"].contains(sentence.texts[mark.open - 1]))
    let size = ContentFeatures.bucket(words)
    var found: [FeatureName] = [
      "bias", "n=\(size)", "upper=\(firstUpper)|final=\(finalMark)", "starts=\(startsSentence)|n=\(size)",
      "spans=\(mark.spansSentences)", "cues=\(min(mark.cues.count + mark.closingCues, 2))", "paren=\(mark.insideParentheses)",
      "title=\(isTitleLike(mark.text))|n=\(size)", "capitals=\(Self.capitalizesEveryWord(mark.text))|n=\(size)",
      "headline=\(sentence.segment.kind == .headline)", "starts=\(startsSentence)|upper=\(firstUpper)|cues=\(min(mark.cues.count, 1))",
    ]
    if isWebAddress(mark.text) { found.append("web-address") }
    if mark.open > 0 {
      let before = mark.open - 1
      let word = sentence.isWord(before) ? sentence.lowered[before] : sentence.texts[before]
      found.append("before=\(word)")
      if sentence.isWord(before) { found.append("before-capital=\(sentence.isCapitalized(before))|upper=\(firstUpper)") }
      if data.word(word, isA: .labelVerb) { found.append("label-verb") }
    } else {
      found.append("before=^")
    }
    if mark.close + 1 < sentence.count, !mark.spansSentences {
      let after = mark.close + 1
      found.append("after=\(sentence.isWord(after) ? "word" : sentence.texts[after])")
    }
    if let nearest = mark.cues.map({ distance($0, open: mark.open, close: mark.close) }).min() {
      found.append("cue-distance=\(ContentFeatures.bucket(nearest))")
    }
    if words == 1 { found.append("one-word|upper=\(firstUpper)") }
    return found
  }

  /// Tokens between a cue and the marks.
  private func distance(_ cue: SpeechCues.Cue, open: Int, close: Int) -> Int {
    cue.first > close ? cue.first - close : cue.last < open ? open - cue.last : 0
  }

  /// Every word capitalised, as in a title or a name (single words excepted where every noun is
  /// capitalised); titles that capitalise only their nouns keep short function words in lower
  /// case.
  func isTitleLike(_ text: String) -> Bool {
    let capitalizesNouns = data.grammar.capitalizesNouns
    var count = 0
    let capitalized = Self.everyWord(of: text, separatedBy: Self.spaces) { position, word in
      count += 1
      return Self.startsLikeATitleWord(word) || position > 0 && !capitalizesNouns && data.ruleFunctionWords.contains(String(word))
    }
    return count > 0 && capitalized && !(capitalizesNouns && count == 1)
  }

  /// `news.example.org`: a web address in marks names a source, it is not quoted speech.
  private func isWebAddress(_ text: String) -> Bool {
    let (space, dot) = (UInt8(ascii: " "), UInt8(ascii: "."))
    guard !CharacterClass.contains(space, in: text), CharacterClass.contains(dot, in: text), text.utf8.last != dot else { return false }
    return text.unicodeScalars.allSatisfy {
      CharacterClass.isLetter($0) || CharacterClass.isDigit($0) || $0 == "." || $0 == "-" || $0 == "/"
    }
  }

  /// Whether every word of `text` starts with a capital or a digit (`All Bets Are Off.`).
  static func capitalizesEveryWord(_ text: String) -> Bool {
    everyWord(of: text, separatedBy: spacesAndBreaks) { _, word in startsLikeATitleWord(word) }
  }

  /// What separates a mark's words: spaces, for a title; spaces and line breaks, for capitals.
  private static let spaces = Array(" ".utf8)
  private static let spacesAndBreaks = Array(" \n".utf8)

  /// Whether `test` holds for every word of `text` (with its place among them), the words
  /// between the ASCII bytes `separators` found by their bytes (a long quote's characters are
  /// not walked one by one), empty ones left out; the first word that fails ends the walk.
  private static func everyWord(
    of text: String, separatedBy separators: [UInt8], _ test: (_ position: Int, _ word: Substring) -> Bool
  ) -> Bool {
    let utf8 = text.utf8
    var (position, start, index) = (0, String.Index?.none, utf8.startIndex)
    while index != utf8.endIndex {
      let separates = separators.contains(utf8[index])
      if separates, let open = start {
        guard test(position, text[open..<index]) else { return false }
        (position, start) = (position + 1, nil)
      } else if !separates, start == nil {
        start = index
      }
      index = utf8.index(after: index)
    }
    return start.map { test(position, text[$0...]) } ?? true
  }

  /// A capital or a digit first (`Contract`, `13th`).
  private static func startsLikeATitleWord(_ word: Substring) -> Bool {
    word.unicodeScalars.first.map { CharacterClass.isUppercase($0) || CharacterClass.isDigit($0) } ?? true
  }

  /// The number of words in `text`, separated by spaces and line breaks.
  static func wordCount(_ text: String) -> Int {
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
