/// The phrase finders of `CueSources`: a subject before its auxiliaries (subject–verb order), a source of
/// common nouns after `laut`/`according to`, the agent of a passive, the owner of a statement
/// noun, capitalised runs, a name in marks after a noun, a genitive or `von` complement.
extension CueSources {
  /// The subject before a verb in a subject–verb language: the noun phrase back to the clause
  /// start, common nouns included (`a Homeland Security Department official said`, `the source added`).
  func subject(before verb: Int, from clauseStart: Int, in sentence: SentenceWords) -> Range<Int>? {
    // `The city is demanding`, `Trump has called for`, `Wells Fargo just this month announced`,
    // `officials on Monday said`: the subject stands before auxiliaries, adverbs and a time.
    var verb = verb
    while verb > clauseStart + 1 {
      let word = sentence.lowered[verb - 1]
      if sentence.word(verb - 1, isA: .auxiliary) || isTimeWord(word) {
        verb -= 1
      } else if sentence.word(verb - 1, isA: .preposition), verb < sentence.count, isTimeWord(sentence.lowered[verb]) {
        verb -= 1
      } else {
        break
      }
    }
    var first = verb
    var end = verb
    while first > clauseStart, sentence.isWord(first - 1), end - first < 6 {
      let word = sentence.lowered[first - 1]
      if sentence.word(first - 1, isA: .article) { break }
      // `federal prosecutors in April charged`: a date between subject and verb.
      if sentence.word(first - 1, isA: .preposition), first + 1 == end, isDate(first, in: sentence), first - 1 > clauseStart,
        sentence.isWord(first - 2), !sentence.isFunctionWord(first - 2)
      {
        end = first - 1
        first -= 1
        continue
      }
      // `The city of Phoenix is demanding`
      if sentence.word(first - 1, isA: .genitiveMarker), first < end {
        first -= 1
        continue
      }
      // `After campaign aides insisted`: a clause opened by a preposition or conjunction.
      if first - 1 == clauseStart, first < end, sentence.word(first - 1, isA: .preposition, .conjunction) { break }
      // `Federal and state officials said`: coordinated words of one subject.
      if sentence.word(first - 1, isA: .conjunction), first < end, first - 1 > clauseStart, sentence.isWord(first - 2),
        !sentence.isFunctionWord(first - 2)
      {
        first -= 1
        continue
      }
      if sentence.isFunctionWord(first - 1) && !data.speakerPronouns.contains(word) { return nil }
      first -= 1
    }
    return first < end ? first..<end : nil
  }

  /// Whether a lower-cased word names a day, month or period, or points to one (`monday`,
  /// `month`, `this`, `yesterday`): the words of a time between subject and verb.
  private func isTimeWord(_ word: String) -> Bool {
    data.timeLexicon.entries[word]?.contains { [.weekday, .month, .unit, .relative, .dayOffset].contains($0.wordClass) } ?? false
  }

  /// Whether the token at `index` is a month name or a year.
  private func isDate(_ index: Int, in sentence: SentenceWords) -> Bool {
    data.months[sentence.lowered[index]] != nil || (sentence.tokens[index].kind == .number && sentence.texts[index].count == 4)
  }

  /// A source named by common nouns after `laut`/`according to` (`the fire department`): the
  /// words up to the next comma, without the article.
  func commonNounSource(after index: Int, in sentence: SentenceWords) -> Range<Int>? {
    var start = index
    while start < sentence.count && sentence.word(start, isA: .article) { start += 1 }
    var end = start
    while end < sentence.count, sentence.isWord(end), end - start < 5,
      !sentence.isFunctionWord(end) || sentence.word(end, isA: .sourcePreposition, .article)
    {
      end += 1
    }
    return end > start ? start..<end : nil
  }

  /// The first run of capitalised words at or after `start` in the clause.
  func firstCapitalizedRun(in sentence: SentenceWords, from start: Int) -> Range<Int>? {
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

  func lastCapitalizedRun(_ sentence: SentenceWords, before end: Int) -> Range<Int>? {
    guard let last = (0..<min(end, sentence.count)).last(where: { sentence.isCapitalized($0) }) else { return nil }
    var first = last
    while first > 0 && sentence.isCapitalized(first - 1) { first -= 1 }
    return first..<(last + 1)
  }

  /// The agent of a passive speech verb: a passive auxiliary in the verb's clause and an agent
  /// preposition there (before the verb in German word order, after it in English), resolved.
  func passiveAgent(of verb: Int, in sentence: SentenceWords) -> Range<Int>? {
    func clause(from index: Int, step: Int) -> [Int] {
      var result: [Int] = []
      var cursor = index
      while cursor >= 0, cursor < sentence.count, sentence.isWord(cursor) || !sentence.isPunctuation(cursor, ",") && !sentence.isPunctuation(cursor, ".") {
        result.append(cursor)
        cursor += step
      }
      return result
    }
    let before = clause(from: verb - 1, step: -1)
    let after = clause(from: verb + 1, step: 1)
    guard (before + after.prefix(2)).contains(where: { sentence.word($0, isA: .passiveAuxiliary) }),
      let preposition = (before.reversed() + after).first(where: { sentence.word($0, isA: .agentPreposition) }),
      let phrase = speakers.phrase(after: preposition + 1, in: sentence) ?? commonNounSource(after: preposition + 1, in: sentence)
    else { return nil }
    return phrase
  }

  /// The owner named with a possessive ending right before the word at `index`, or one adjective
  /// before it (`police’s earlier claim`), resolved like any speaker.
  func possessive(before index: Int, in sentence: SentenceWords) -> SourceProposal? {
    for owner in [index - 1, index - 2] where owner >= 0 {
      if owner == index - 2, !(sentence.isWord(index - 1) && !sentence.isCapitalized(index - 1)
        && !sentence.word(index - 1, isA: .article)) { break }
      if isPossessiveMark(owner, in: sentence), owner > 0, let phrase = speakers.phrase(before: owner, in: sentence) {
        return SourceProposal(construction: "owner", source: .words(phrase))
      }
      if let ending = possessiveEnding(of: owner, in: sentence) {
        // The owner and the capitalised words before it (`Tulsa police’s`, `Donald Trump’s`).
        var start = owner
        while start > 0, owner - start < 4, sentence.isCapitalized(start - 1) { start -= 1 }
        if speakers.entity(in: start..<(owner + 1), of: sentence) != nil {
          return SourceProposal(construction: "owner", source: .words(start..<(owner + 1)))
        }
        let name = String(sentence.texts[start...owner].joined(separator: " ").dropLast(ending.count))
        return SourceProposal(construction: "owner", source: .named(name, start..<(owner + 1)))
      }
    }
    return nil
  }

  /// The possessive ending (`possessive-ending` words: `’s`) that token `index` carries, if it is
  /// a word that owns what follows (`police’s`; not the pronoun of `He’s claiming`).
  func possessiveEnding(of index: Int, in sentence: SentenceWords) -> String? {
    guard sentence.isWord(index), !sentence.word(index, isA: .subjectPronoun) else { return nil }
    let text = sentence.texts[index]
    return data.words(.possessiveEnding).first { text.hasSuffix($0) && text.count > $0.count }
  }

  /// Whether token `index` is a possessive ending standing as a token of its own (`police` `’s`).
  func isPossessiveMark(_ index: Int, in sentence: SentenceWords) -> Bool {
    index < sentence.count && data.word(sentence.texts[index], isA: .possessiveEnding)
  }

  /// The tokens of a short name in quotation marks right after `range` (at most six tokens:
  /// `icelandreview.com` is three), ending in a word: a sentence in marks is no name.
  func quotedName(after range: Range<Int>, in sentence: SentenceWords) -> Range<Int>? {
    let longestName = 6
    guard range.upperBound < sentence.count, !sentence.isWord(range.upperBound),
      case let markStart = sentence.tokens[range.upperBound].span.start,
      let pair = pair(openingAt: markStart) ?? pair(openingAt: markStart + 1)
    else { return nil }
    let inside = (range.upperBound + 1..<sentence.count).filter {
      sentence.tokens[$0].span.start > pair.open && sentence.tokens[$0].span.end <= pair.close
    }
    guard let first = inside.first, let last = inside.last, inside.count <= longestName,
      sentence.isWord(first), sentence.isWord(last), !inside.contains(where: { sentence.isPunctuation($0, ",") })
    else { return nil }
    return first..<(last + 1)
  }

  /// The quotation pair whose opening mark is at `offset` (the pairs are sorted by it).
  func pair(openingAt offset: Int) -> QuotationMarks.Pair? {
    let low = pairs.partitioningIndex { $0.open >= offset }
    return low < pairs.count && pairs[low].open == offset ? pairs[low] : nil
  }

  /// The genitive or `von` phrase after a description that names an organisation or place
  /// (`des Weißen Hauses`, `vom Innenministerium`): its marker, articles and capitalised words.
  func genitiveComplement(after range: Range<Int>, in sentence: SentenceWords) -> Range<Int>? {
    let start = range.upperBound
    guard start + 1 < sentence.count, sentence.word(start, isA: .genitiveMarker, .sourcePreposition) else { return nil }
    var end = start + 1
    while end < sentence.count, end - start <= 4,
      sentence.isCapitalized(end) || sentence.word(end, isA: .article) && end + 1 < sentence.count && sentence.isCapitalized(end + 1)
    {
      end += 1
    }
    guard end > start + 1, sentence.isCapitalized(end - 1), speakers.namesEntity(start + 1..<end, in: sentence)
      || data.endsInOrganizationWord(sentence.lowered[end - 1])
    else { return nil }
    return start..<end
  }

  /// `der Vorwurf der Anwältin, dass …`, `the claim of the mayor that …`: the genitive after a
  /// statement noun names who made the statement.
  func genitiveSource(after index: Int, in sentence: SentenceWords) -> Range<Int>? {
    guard index < sentence.count, sentence.word(index, isA: .genitiveMarker) || sentence.word(index, isA: .article)
    else { return nil }
    return speakers.phrase(after: index + 1, in: sentence)
  }
}
