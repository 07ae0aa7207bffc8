/// The time expressions of an article in text order, normalised against its document date
/// (`article.metadata.date`): TIMEX3 DATE, TIME, DURATION and SET with their values.
public func timeExpressions(in article: Article, using data: LanguageData) -> [TimeExpression] {
  TimeTagger(article: article, data: data).run()
}

/// The expressions in timeline order: dated ones by the day they start (then by position),
/// then those without a calendar date (durations, sets, `PRESENT_REF`) in text order.
public func timelineOrder(_ expressions: [TimeExpression]) -> [TimeExpression] {
  let starts = expressions.map(\.calendarStart)
  let dated = expressions.indices.filter { starts[$0] != nil }
    .sorted { (starts[$0]!, expressions[$0].span) < (starts[$1]!, expressions[$1].span) }
  return dated.map { expressions[$0] } + expressions.indices.filter { starts[$0] == nil }.map { expressions[$0] }
}

/// Runs the patterns of `time-patterns.tsv` over every sentence and interprets the matches.
struct TimeTagger {
  let article: Article
  let data: LanguageData

  func run() -> [TimeExpression] {
    let matcher = TimeMatcher(lexicon: data.timeLexicon)
    let interpreter = documentInterpreter()
    var patternsByStart: [TimeMatcher.StartKey: [Int]] = [:]
    for (number, pattern) in data.timePatterns.enumerated() {
      for key in Set(TimeMatcher.startKeys(of: pattern)) { patternsByStart[key, default: []].append(number) }
    }
    var anchor: TimeValues.Day?
    var lastQuarter: String?
    var result: [TimeExpression] = []
    // Per distinct word: its readings and the patterns that may start with it (in file order,
    // so that the first wins a tie).
    var known: [String: (readings: [TimeLexicon.Entry], candidates: [Int])] = [:]
    for sentence in article.sentences {
      var words = Self.words(of: sentence, in: article)
      var candidatesAt: [[Int]] = []
      candidatesAt.reserveCapacity(words.count)
      for index in words.indices {
        let lowered = words[index].lowered
        if let entry = known[lowered] {
          words[index].readings = entry.readings
          candidatesAt.append(entry.candidates)
          continue
        }
        var readings = data.timeLexicon.readings(of: lowered)
        // `Sept.`, `Aug.`: an abbreviated name with its period.
        if readings.isEmpty, lowered.count > 2, lowered.hasSuffix(".") { readings = data.timeLexicon.readings(of: String(lowered.dropLast())) }
        words[index].readings = readings
        let candidates = Set(TimeMatcher.startKeys(of: words[index]).flatMap { patternsByStart[$0] ?? [] }).sorted()
        known[lowered] = (readings, candidates)
        candidatesAt.append(candidates)
      }
      var sentenceTense: TimeInterpreter.Tense?
      var inSentence: [(expression: TimeExpression, contrastive: Bool)] = []
      var sentenceText: String?
      var index = 0
      while index < words.count {
        let candidates = candidatesAt[index]
        guard !candidates.isEmpty else {
          index += 1
          continue
        }
        var best: (pattern: TimePattern, end: Int, captures: TimeMatcher.Captures)?
        for pattern in candidates.map({ data.timePatterns[$0] }) {
          if let found = matcher.match(pattern, in: words, at: index), found.end > best?.end ?? index {
            best = (pattern, found.end, found.captures)
          }
        }
        // `a six-year-old`, `20 Jahre alt`: an age, not a duration; `rund 1500`: a quantity.
        guard let best,
          !(best.pattern.kind == .duration && best.end < words.count && words[best.end].readings.contains { $0.wordClass == .age }),
          !(best.pattern.interpretation == .year && index > 0 && words[index - 1].readings.contains { $0.wordClass == .approximator })
        else {
          index += 1
          continue
        }
        let tense = sentenceTense ?? tense(of: words)
        sentenceTense = tense
        guard let found = interpreter.value(of: best.pattern, best.captures, tense: tense, anchor: anchor, lastQuarter: lastQuarter) else {
          index += 1
          continue
        }
        let first = index + best.pattern.leadingContext
        let last = best.end - 1 - best.pattern.trailingContext
        let span = Span(start: words[first].span.start, end: words[last].span.end)
        if sentenceText == nil { sentenceText = String(article.text(of: sentence.span)) }
        // `Montagabend` matched as a weekday names a time of that day.
        let kind = best.pattern.kind == .date && found.value.first?.isNumber == true && found.value.utf8.contains(UInt8(ascii: "T")) ? .time : best.pattern.kind
        let expression = TimeExpression(
          text: String(article.text(of: span)), value: found.value, kind: kind, modifier: best.captures.position,
          span: span, sentence: sentenceText ?? String(article.text(of: sentence.span)), approximate: found.approximate,
          explanation: "pattern '\(best.pattern.source)' (\(best.pattern.interpretation.rawValue)): \(found.how)")
        inSentence.append((expression, best.captures.contrastive))
        if expression.kind == .date || expression.kind == .time, let day = Self.day(of: expression.value) { anchor = day }
        if TimeValues.quarter(expression.value) != nil { lastQuarter = expression.value }
        index = best.end - best.pattern.trailingContext
      }
      // `nun` counts only against another time expression of its sentence.
      let hasOther = inSentence.contains { !$0.contrastive }
      result += inSentence.filter { hasOther || !$0.contrastive }.map(\.expression)
    }
    return result
  }

  /// The tense of a sentence: future with a future auxiliary (`will`; German `wird` only with an
  /// infinitive at the end, not the passive `wird … eröffnet`), past with a past auxiliary
  /// (`war`, `hatte`, `was`), else present.
  private func tense(of words: [TimeMatcher.Word]) -> TimeInterpreter.Tense {
    if words.contains(where: { $0.readings.contains { $0.wordClass == .future } }) {
      let last = words.last { $0.lowered.unicodeScalars.first.map(CharacterClass.isLetter) ?? false }
      let endings = data.words(.infinitiveEnding)
      if endings.isEmpty || endings.contains(where: { last?.lowered.hasSuffix($0) ?? false }) { return .future }
    }
    let past = words.contains { $0.readings.contains { $0.wordClass == .past } }
    return past ? .past : .present
  }

  /// The interpreter for the article's document date.
  private func documentInterpreter() -> TimeInterpreter {
    guard let date = article.metadata.date else { return TimeInterpreter(documentDay: nil, documentPrecision: .day) }
    let day = TimeValues.Day(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
    return TimeInterpreter(documentDay: day, documentPrecision: date.precision)
  }

  /// The day a value names, if it names one (`2024-06-19`, `2024-06-19T14:30`).
  private static func day(of value: String) -> TimeValues.Day? {
    let parts = value.prefix(10).split(separator: "-")
    guard value.count >= 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
      return nil
    }
    return TimeValues.Day(year: year, month: month, day: day)
  }

  /// The sentence's words, hyphenated ones split into their parts.
  static func words(of segment: Segment, in article: Article) -> [TimeMatcher.Word] {
    var words: [TimeMatcher.Word] = []
    for (token, text) in article.tokenTexts(in: segment.span) {
      let isNumber = token.kind == .number
      // `14.30-18` (a range of times) splits like `mid-1990s`; `2024-06-19` stays a date.
      let isRange = isNumber && text.split(separator: "-").count == 2
      // `Friday's`: the name without its possessive ending, split as the entity tagger splits it
      // (the last byte is a cheap test first: `s`, `'` or the end of `’`).
      if article.language == .english, token.kind == .word, let lastByte = text.utf8.last, [0x73, 0x27, 0x99].contains(lastByte),
        let ending = TaggingWords.possessiveEnding(of: text)
      {
        let stem = String(text.dropLast(ending.count))
        let cut = token.span.end - ending.unicodeScalars.count
        words.append(
          TimeMatcher.Word(
            text: stem, lowered: CharacterClass.lowercased(stem), span: Span(start: token.span.start, end: cut), isNumber: false,
            isFirst: words.isEmpty))
        words.append(TimeMatcher.Word(text: ending, lowered: ending, span: Span(start: cut, end: token.span.end), isNumber: false, isFirst: false))
        continue
      }
      guard token.kind == .word || isRange, text.utf8.contains(UInt8(ascii: "-")), !text.hasPrefix("-"), !text.hasSuffix("-") else {
        words.append(
          TimeMatcher.Word(
            text: text, lowered: CharacterClass.lowercased(text), span: token.span, isNumber: isNumber, isFirst: words.isEmpty))
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
              isNumber: partText.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ":") }, isFirst: words.isEmpty))
        }
        offset += length + 1
      }
    }
    return words
  }
}
