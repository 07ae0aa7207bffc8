/// The speakers that special constructions name, for `QuoteExtractor`'s cue rules: the agent
/// of a passive (`von der Bewegung … angekündigt`), the owner of a speech noun (`police’s claim`),
/// a name in marks after a noun (`die Website „icelandreview.com“`), a role of an organisation
/// (`Sprecher des Weißen Hauses`), and what `it` and `darin` refer to.
extension QuoteExtractor {
  /// What a thing pronoun refers to: the last speaker within two sentences if no person, else the
  /// organisation or thing that opened one of the two sentences before.
  func thingBefore(_ sentence: SentenceWords) -> String? {
    if let speaker = speakerReported(before: sentence, within: 2), !speakers.isPerson(speaker) { return speaker.name }
    let here = sentenceNumbers[sentence.segment.span.start] ?? 0
    return lastThing.flatMap { here - $0.sentence <= 2 && $0.sentence < here ? $0.name : nil }
  }

  /// The speaker of the report before `sentence`, if it stands at most `distance` sentences back.
  func speakerReported(before sentence: SentenceWords, within distance: Int) -> Speakers.Resolved? {
    let here = sentenceNumbers[sentence.segment.span.start] ?? 0
    return previous.flatMap { here - $0.sentence <= distance ? $0.speaker : nil }
  }

  /// The last noun with an article in the sentence before `sentence` that names no entity
  /// (`eine Stellungnahme`): what a pronominal adverb (`darin`) refers to.
  func documentBefore(_ sentence: SentenceWords) -> String? {
    guard let number = sentenceNumbers[sentence.segment.span.start], number > 0 else { return nil }
    let before = sentences[number - 1]
    let noun = (1..<max(1, before.count)).last {
      before.isCapitalized($0) && data.word(before.lowered[$0 - 1], isA: .article) && !speakers.namesEntity($0..<($0 + 1), in: before)
    }
    return noun.map { before.texts[$0] }
  }

  /// The agent of a passive speech verb: a passive auxiliary in the verb's clause and an agent
  /// preposition there (before the verb in German word order, after it in English), resolved.
  func passiveAgent(of verb: Int, in sentence: SentenceWords) -> Speakers.Resolved? {
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
    guard (before + after.prefix(2)).contains(where: { data.word(sentence.lowered[$0], isA: .passiveAuxiliary) }),
      let preposition = (before.reversed() + after).first(where: { data.word(sentence.lowered[$0], isA: .agentPreposition) }),
      let phrase = speakers.phrase(after: preposition + 1, in: sentence) ?? commonNounSource(after: preposition + 1, in: sentence)
    else { return nil }
    return resolveDescription(phrase, in: sentence)
  }

  /// The owner named with a possessive ending right before the word at `index`, or one adjective
  /// before it (`police’s earlier claim`), resolved like any speaker.
  func possessive(before index: Int, in sentence: SentenceWords) -> Speakers.Resolved? {
    for owner in [index - 1, index - 2] where owner >= 0 {
      if owner == index - 2, !(sentence.isWord(index - 1) && !sentence.isCapitalized(index - 1)
        && !data.word(sentence.lowered[index - 1], isA: .article)) { break }
      if isPossessiveMark(owner, in: sentence), owner > 0, let phrase = speakers.phrase(before: owner, in: sentence) {
        return resolveDescription(phrase, in: sentence)
      }
      if let ending = possessiveEnding(of: owner, in: sentence) {
        // The owner and the capitalised words before it (`Tulsa police’s`, `Donald Trump’s`).
        var start = owner
        while start > 0, owner - start < 4, sentence.isCapitalized(start - 1) { start -= 1 }
        if let entity = speakers.entity(in: start..<(owner + 1), of: sentence) {
          return Speakers.Resolved(name: entity.name, mention: sentence.texts[start...owner].joined(separator: " "), resolution: "the owner of the statement")
        }
        let name = String(sentence.texts[start...owner].joined(separator: " ").dropLast(ending.count))
        return Speakers.Resolved(name: name, mention: name, resolution: "the owner of the statement")
      }
    }
    return nil
  }

  /// The possessive ending (`possessive-ending` words: `’s`) that token `index` carries, if it is
  /// a word that owns what follows (`police’s`; not the pronoun of `He’s claiming`).
  func possessiveEnding(of index: Int, in sentence: SentenceWords) -> String? {
    guard sentence.isWord(index), !data.word(sentence.lowered[index], isA: .subjectPronoun) else { return nil }
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
    guard start + 1 < sentence.count, data.word(sentence.lowered[start], isA: .genitiveMarker, .sourcePreposition) else { return nil }
    var end = start + 1
    while end < sentence.count, end - start <= 4,
      sentence.isCapitalized(end) || data.word(sentence.lowered[end], isA: .article) && end + 1 < sentence.count && sentence.isCapitalized(end + 1)
    {
      end += 1
    }
    guard end > start + 1, sentence.isCapitalized(end - 1), speakers.namesEntity(start + 1..<end, in: sentence)
      || data.endsInOrganizationWord(sentence.lowered[end - 1])
    else { return nil }
    return start..<end
  }
}
