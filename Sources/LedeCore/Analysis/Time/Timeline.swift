/// The time expressions of an article in text order, normalised against its document date
/// (`article.metadata.date`): TIMEX3 DATE, TIME, DURATION and SET with their values.
public func timeExpressions(in article: Article, using data: LanguageData) -> [TimeExpression] {
  TimeTagger(article: article, data: data).run()
}

/// The expressions in timeline order: dated ones by the day they start (then by position),
/// then those without a calendar date (durations, sets, `PRESENT_REF`) in text order.
public func timelineOrder(_ expressions: [TimeExpression]) -> [TimeExpression] {
  let dated = expressions.filter { $0.calendarStart != nil }
    .sorted { ($0.calendarStart!, $0.span) < ($1.calendarStart!, $1.span) }
  return dated + expressions.filter { $0.calendarStart == nil }
}

/// Runs the patterns of `time-patterns.tsv` over every sentence and interprets the matches.
struct TimeTagger {
  let article: Article
  let data: LanguageData

  func run() -> [TimeExpression] {
    let matcher = TimeMatcher(lexicon: data.timeLexicon)
    let interpreter = documentInterpreter()
    let literals = Set(data.timePatterns.flatMap { $0.elements.flatMap(Self.literals) })
    var anchor: TimeValues.Day?
    var result: [TimeExpression] = []
    var known: [String: [TimeLexicon.Entry]] = [:]
    for sentence in article.sentences {
      var words = Self.words(of: sentence, in: article)
      for index in words.indices {
        let lowered = words[index].lowered
        if let readings = known[lowered] {
          words[index].readings = readings
          continue
        }
        var readings = data.timeLexicon.readings(of: lowered)
        // `Sept.`, `Aug.`: an abbreviated name with its period.
        if readings.isEmpty, lowered.count > 2, lowered.hasSuffix(".") { readings = data.timeLexicon.readings(of: String(lowered.dropLast())) }
        known[lowered] = readings
        words[index].readings = readings
      }
      let tense = tense(of: words)
      let sentenceText = String(article.text(of: sentence.span))
      var index = 0
      while index < words.count {
        let word = words[index]
        guard word.isNumber || !word.readings.isEmpty || literals.contains(word.lowered) else {
          index += 1
          continue
        }
        var best: (pattern: TimePattern, end: Int, captures: TimeMatcher.Captures)?
        for pattern in data.timePatterns where matcher.mayStart(pattern, with: word) {
          if let found = matcher.match(pattern, in: words, at: index), found.end > best?.end ?? index {
            best = (pattern, found.end, found.captures)
          }
        }
        guard let best, let found = interpreter.value(of: best.pattern, best.captures, tense: tense, anchor: anchor) else {
          index += 1
          continue
        }
        let span = Span(start: words[index].span.start, end: words[best.end - 1].span.end)
        // `Montagabend` matched as a weekday names a time of that day.
        let kind = best.pattern.kind == .date && found.value.first?.isNumber == true && found.value.utf8.contains(UInt8(ascii: "T")) ? .time : best.pattern.kind
        let expression = TimeExpression(
          text: String(article.text(of: span)), value: found.value, kind: kind, modifier: best.captures.position,
          span: span, sentence: sentenceText, approximate: found.approximate,
          explanation: "pattern '\(best.pattern.source)' (\(best.pattern.interpretation.rawValue)): \(found.how)")
        result.append(expression)
        if expression.kind == .date || expression.kind == .time, let day = Self.day(of: expression.value) { anchor = day }
        index = best.end
      }
    }
    return result
  }

  /// The tense of a sentence: future with a future auxiliary (`will`; German `wird` only with an
  /// infinitive at the end, not the passive `wird … eröffnet`), past with a past auxiliary or
  /// ending (`war`, `hatte`, `said`, `-ed`), else present.
  private func tense(of words: [TimeMatcher.Word]) -> TimeInterpreter.Tense {
    if words.contains(where: { $0.readings.contains { $0.wordClass == .future } }) {
      let last = words.last { $0.lowered.unicodeScalars.first.map(CharacterClass.isLetter) ?? false }
      if article.language != .german || (last?.lowered.hasSuffix("en") ?? false) { return .future }
    }
    let suffixes = data.timeLexicon.pastSuffixes
    let past = words.contains { word in
      word.readings.contains { $0.wordClass == .past }
        || (word.lowered.count > 4 && !word.isCapitalized && suffixes.contains { word.lowered.hasSuffix($0) })
    }
    return past ? .past : .present
  }

  /// The interpreter for the article's document date.
  private func documentInterpreter() -> TimeInterpreter {
    guard let date = article.metadata.date else { return TimeInterpreter(documentDay: nil, documentPrecision: .day) }
    let day = TimeValues.Day(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
    return TimeInterpreter(documentDay: day, documentPrecision: date.precision)
  }

  private static func literals(_ element: TimePattern.Element) -> [String] {
    switch element {
    case .literal(let words): Array(words)
    case .optional(let inner): literals(inner)
    case .word, .numeric: []
    }
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
      // `Friday's`: the name without its possessive ending.
      if token.kind == .word, let ending = ["'s", "’s"].first(where: { text.hasSuffix($0) }), text.count > ending.count + 2 {
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
