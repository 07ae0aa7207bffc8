/// The noun phrases `Speakers` finds next to a cue: before or after a token, the first person
/// `who` found before a quote, and which capitalised words can be part of a name.
extension Speakers {
  /// The noun phrase that ends just before token `index`: capitalised words, with the
  /// adjectives and genitives between them (`Putins außenpolitischer Berater`).
  func phrase(before index: Int, in sentence: SentenceWords) -> Range<Int>? {
    var first = index
    var sawName = false
    var cursor = index - 1
    while cursor >= 0 && sentence.isWord(cursor) {
      let word = sentence.lowered[cursor]
      if data.speakerPronouns.contains(word) && !sawName && cursor == index - 1 { return cursor..<index }
      if data.words(.article).contains(word) { break }
      if isNameWord(cursor, in: sentence) {
        sawName = true
        first = cursor
      } else if sawName && !sentence.isFunctionWord(cursor) && data.speechVerbs[word] == nil && index - cursor <= 4 && cursor > 0 {
        first = cursor  // an adjective between article and noun
      } else {
        break
      }
      cursor -= 1
    }
    guard sawName, first < index, !sentence.word(index - 1, isA: .statementNoun) else { return nil }
    var start = first
    while start < index && !sentence.isCapitalized(start) && !sentence.isWord(start) { start += 1 }
    return start..<index
  }

  /// The noun phrase that starts at or just after token `index`: an optional article and
  /// adjectives, then capitalised words (`die staatliche Nachrichtenagentur RIA Putin`), or a pronoun.
  func phrase(after index: Int, in sentence: SentenceWords) -> Range<Int>? {
    var cursor = index
    while cursor < sentence.count && sentence.word(cursor, isA: .article) { cursor += 1 }
    guard cursor < sentence.count, sentence.isWord(cursor) else { return nil }
    if data.speakerPronouns.contains(sentence.lowered[cursor]) { return cursor..<(cursor + 1) }
    var skipped = 0
    while cursor < sentence.count && sentence.isWord(cursor) && !sentence.isCapitalized(cursor) && skipped < 4 {
      if !sentence.word(cursor, isA: .article) && sentence.isFunctionWord(cursor) { return nil }
      cursor += 1
      skipped += 1
    }
    if cursor == sentence.firstWordIndex && sentence.isCapitalized(cursor) && !isNameWord(cursor, in: sentence) {
      cursor += 1  // `What Mr. Obama has seen`, `In Tulsa`: capitalised only because it opens the sentence
    }
    let start = cursor
    while cursor < sentence.count && sentence.isCapitalized(cursor) {
      cursor += 1
      // After a role noun only a name continues the phrase: `Präsident Wladimir Putin`,
      // not `Präsident Nordkorea`.
      if sentence.isRole(cursor - 1), cursor < sentence.count,
        names[sentence.texts[cursor]] == nil, !sentence.isRole(cursor),
        !sentence.texts[cursor].allSatisfy({ $0.isUppercase || $0.isNumber })
      {
        break
      }
    }
    guard cursor > start else { return nil }
    // `so die Vorwürfe der Anwältin`: what was said is no speaker; the genitive after it is.
    if sentence.word(cursor - 1, isA: .statementNoun) || sentence.word(cursor - 1, isA: .reportNoun) {
      guard cursor < sentence.count, sentence.word(cursor, isA: .genitiveMarker) else { return nil }
      return phrase(after: cursor + 1, in: sentence)
    }
    let contentStart = (index..<start).first { !sentence.word($0, isA: .article) } ?? start
    return contentStart..<cursor
  }

  /// The words of the first person `who` found in the sentence before token `end`, unless the
  /// mention is a possessive (`Clinton’s campaign`), stands after a preposition, or lies in an
  /// opening phrase that a preposition starts and a comma ends (`At a fundraiser with Barbra
  /// Streisand, Clinton called …`).
  func firstPerson(before end: Int, from start: Int = 0, in sentence: SentenceWords) -> String? {
    guard end > start, start < sentence.count, let mentions = entityMentions[sentence.segment.span.start] else { return nil }
    let limit = sentence.tokens[end - 1].span.end
    var begin = sentence.tokens[start].span.start
    if start <= sentence.firstWordIndex, sentence.firstWordIndex < end,
      sentence.word(sentence.firstWordIndex, isA: .preposition),
      let comma = sentence.firstComma(in: sentence.firstWordIndex..<end), comma + 1 < end
    {
      begin = sentence.tokens[comma + 1].span.start
    }
    for mention in mentions.sorted(by: { $0.span < $1.span }) where mention.span.end <= limit && mention.span.start >= begin {
      let entity = entities[mention.entity]
      guard entity.type == .person else { continue }
      let first = sentence.index(atOrAfter: mention.span.start)
      let after = sentence.index(atOrAfter: mention.span.end)
      let text = sentence.texts[first..<min(after, sentence.count)].joined(separator: " ")
      if text.hasSuffix("’s") || text.hasSuffix("'s") || (after < sentence.count && ["’s", "'s", "’", "'"].contains(sentence.texts[after])) {
        continue
      }
      if first > 0, sentence.word(first - 1, isA: .preposition) || sentence.word(first - 1, isA: .sourcePreposition) {
        continue
      }
      // `Putin und Kim unterzeichneten …`: several people, none of them alone.
      if after < sentence.count, sentence.word(after, isA: .conjunction) { return nil }
      return text
    }
    return nil
  }

  /// Whether the word at `index` can be part of a name: capitalised, and if it opens the
  /// sentence, not a function or cue word, and capitalised elsewhere too unless it stands alone.
  /// (Where every noun is capitalised, only function and cue words are left out.)
  func isNameWord(_ index: Int, in sentence: SentenceWords) -> Bool {
    Self.isNameWord(index, in: sentence, data: data, usage: usage)
  }

  /// `isNameWord(_:in:)` for an article whose sentences write their words as `usage` tells.
  static func isNameWord(
    _ index: Int, in sentence: SentenceWords, data: LanguageData, usage: SentenceWords.Usage
  ) -> Bool {
    guard sentence.isCapitalized(index) else { return false }
    let word = sentence.lowered[index]
    // `On September 28`: a month name before a number is a date, not a name (`Jan Roth` is one).
    if index + 1 < sentence.count, sentence.tokens[index + 1].kind == .number, data.months[word] != nil { return false }
    if data.grammar.capitalizesNouns {
      return !(index == 0 && (sentence.isFunctionWord(index) || data.speechCues[word] != nil))
    }
    guard index == sentence.firstWordIndex else { return true }
    if sentence.isFunctionWord(index) || data.speechCues[word] != nil { return false }
    return usage.capitalizedInside.contains(sentence.texts[index]) || !sentence.isCapitalized(index + 1) && !usage.lowercase.contains(word)
  }
}
