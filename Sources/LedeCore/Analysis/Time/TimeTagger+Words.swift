/// The words of a sentence as the time patterns see them: split as the patterns need, with their
/// readings in the time lexicon and the patterns that may start at each.
extension TimeTagger {
  /// A sentence's words with, for each, the patterns that may start at it (in file order, so
  /// that the first wins a tie) and the prefilter's bits.
  struct TaggedWords {
    var words: [TimeMatcher.Word]
    var candidates: [[Int]]
    var bits: [TimePrefilter.WordBits]
  }

  /// What is worked out once per distinct word of an article: its readings, the decade it
  /// writes, the patterns that may start with it and which pattern literal it is.
  struct KnownWords {
    var byWord: [String: (readings: [TimeLexicon.Entry], decade: String?, candidates: [Int], literal: Int)] = [:]
  }

  /// The words of `sentence`, read through `known`.
  func read(_ sentence: Segment, known: inout KnownWords) -> TaggedWords {
    let patternIndex = data.timePatternIndex
    var words = Self.words(of: sentence, in: article, lexicon: data.timeLexicon, grammar: data.grammar)
    var candidates: [[Int]] = []
    var literals: [Int] = []
    candidates.reserveCapacity(words.count)
    literals.reserveCapacity(words.count)
    for index in words.indices {
      let lowered = words[index].lowered
      if let entry = known.byWord[lowered] {
        words[index].readings = entry.readings
        words[index].decade = entry.decade
        candidates.append(entry.candidates)
        literals.append(entry.literal)
        continue
      }
      var readings = data.timeLexicon.readings(of: lowered)
      // `Sept.`, `Aug.`: an abbreviated name with its period.
      if readings.isEmpty, lowered.count > 2, lowered.hasSuffix(".") { readings = data.timeLexicon.readings(of: String(lowered.dropLast())) }
      words[index].readings = readings
      words[index].decade = data.timeLexicon.writtenDecade(lowered)
      let starting = patternIndex.candidates(startingWith: words[index])
      let literal = patternIndex.prefilter.literalID(of: lowered)
      known.byWord[lowered] = (readings, words[index].decade, starting, literal)
      candidates.append(starting)
      literals.append(literal)
    }
    dropAbbreviatedMonthsWithoutDay(in: &words)
    let bits = words.indices.map { patternIndex.prefilter.bits(of: words[$0], literal: literals[$0]) }
    return TaggedWords(words: words, candidates: candidates, bits: bits)
  }

  /// `Jan Kavan`: an abbreviated month needs its period or a day number after it.
  private func dropAbbreviatedMonthsWithoutDay(in words: inout [TimeMatcher.Word]) {
    for index in words.indices where words[index].readings.contains(where: { $0.wordClass == .month }) {
      let next = index + 1 < words.count ? words[index + 1] : nil
      guard !words[index].text.hasSuffix("."), next?.text != ".", !(next?.isNumber ?? false),
        data.timeLexicon.isMonthAbbreviation(words[index].lowered)
      else { continue }
      words[index].readings.removeAll { $0.wordClass == .month }
    }
  }

  /// The sentence's words, hyphenated ones split into their parts unless they spell one number
  /// (`twenty-four`).
  static func words(of segment: Segment, in article: Article, lexicon: TimeLexicon, grammar: Grammar) -> [TimeMatcher.Word] {
    var words: [TimeMatcher.Word] = []
    // Whether a word or number came before: `„Heute` after a quotation mark still opens the sentence.
    var opened = false
    for (token, text) in article.tokenTexts(in: segment.span) {
      defer { opened = opened || token.kind == .word || token.kind == .number || token.kind == .abbreviation }
      let isNumber = token.kind == .number
      // `14.30-18` (a range of times) splits like `mid-1990s`; `2024-06-19` stays a date.
      let isRange = isNumber && text.split(separator: "-").count == 2
      // `Friday's`: the name without its possessive ending, split as the entity tagger splits it.
      if token.kind == .word, let split = grammar.split(text, at: token.span) {
        words.append(
          TimeMatcher.Word(text: split.stem, lowered: CharacterClass.lowercased(split.stem), span: split.stemSpan, isNumber: false, isFirst: !opened))
        words.append(TimeMatcher.Word(text: split.ending, lowered: split.ending, span: split.endingSpan, isNumber: false, isFirst: false))
        continue
      }
      guard token.kind == .word || isRange, CharacterClass.contains(UInt8(ascii: "-"), in: text), !text.hasPrefix("-"), !text.hasSuffix("-"),
        lexicon.compoundNumber(CharacterClass.lowercased(text)) == nil
      else {
        words.append(
          TimeMatcher.Word(
            text: text, lowered: CharacterClass.lowercased(text), span: token.span, isNumber: isNumber, isFirst: !opened))
        continue
      }
      var offset = token.span.start
      for part in text.split(separator: "-", omittingEmptySubsequences: false) {
        let length = part.unicodeScalars.count
        let partText = String(part)
        if length > 0 {
          words.append(
            TimeMatcher.Word(
              text: partText, lowered: CharacterClass.lowercased(partText), span: Span(start: offset, end: offset + length),
              isNumber: partText.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ":") }, isFirst: !opened))
        }
        offset += length + 1
      }
    }
    return words
  }
}
