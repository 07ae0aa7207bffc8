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
    let patternIndex = data.timePatternIndex
    let prefilter = patternIndex.prefilter
    var anchor: TimeValues.Day?
    var lastQuarter: String?
    var lastMentioned: String?
    var result: [TimeExpression] = []
    // Per distinct word: its readings, the patterns that may start with it (in file order, so
    // that the first wins a tie) and which pattern literal it is.
    var known: [String: (readings: [TimeLexicon.Entry], decade: String?, candidates: [Int], literal: Int)] = [:]
    // Stopping early (Ctrl-C) leaves the later sentences unread; the caller drops the result.
    for sentence in article.sentences where !StopRequest.isRaised {
      var words = Self.words(of: sentence, in: article, lexicon: data.timeLexicon, grammar: data.grammar)
      var candidatesAt: [[Int]] = []
      var literals: [Int] = []
      candidatesAt.reserveCapacity(words.count)
      literals.reserveCapacity(words.count)
      for index in words.indices {
        let lowered = words[index].lowered
        if let entry = known[lowered] {
          words[index].readings = entry.readings
          words[index].decade = entry.decade
          candidatesAt.append(entry.candidates)
          literals.append(entry.literal)
          continue
        }
        var readings = data.timeLexicon.readings(of: lowered)
        // `Sept.`, `Aug.`: an abbreviated name with its period.
        if readings.isEmpty, lowered.count > 2, lowered.hasSuffix(".") { readings = data.timeLexicon.readings(of: String(lowered.dropLast())) }
        words[index].readings = readings
        words[index].decade = data.timeLexicon.writtenDecade(lowered)
        let candidates = patternIndex.candidates(startingWith: words[index])
        let literal = prefilter.literalID(of: lowered)
        known[lowered] = (readings, words[index].decade, candidates, literal)
        candidatesAt.append(candidates)
        literals.append(literal)
      }
      // `Jan Kavan`: an abbreviated month needs its period or a day number after it.
      for index in words.indices where words[index].readings.contains(where: { $0.wordClass == .month }) {
        let next = index + 1 < words.count ? words[index + 1] : nil
        guard !words[index].text.hasSuffix("."), next?.text != ".", !(next?.isNumber ?? false),
          data.timeLexicon.isMonthAbbreviation(words[index].lowered)
        else { continue }
        words[index].readings.removeAll { $0.wordClass == .month }
      }
      let bits = words.indices.map { prefilter.bits(of: words[$0], literal: literals[$0]) }
      let futureCounts = futureAuxiliaryCounts(in: words)
      var sentenceDay: TimeValues.Day?
      var inSentence: [(expression: TimeExpression, contrastive: Bool)] = []
      var sentenceText: String?
      var index = 0
      while index < words.count {
        let candidates = candidatesAt[index]
        guard !candidates.isEmpty else {
          index += 1
          continue
        }
        // The longest match first (file order breaks ties); a shorter one only when the
        // longer cannot be interpreted (`March two hundred` is no spelled year, but March).
        var matches: [(pattern: TimePattern, end: Int, captures: TimeMatcher.Captures)] = []
        for number in candidates where prefilter.mayMatch(number, in: bits, at: index) {
          let pattern = data.timePatterns[number]
          if let found = matcher.match(pattern, in: words, at: index), found.end > index { matches.append((pattern, found.end, found.captures)) }
        }
        // `a six-year-old`, `20 Jahre alt`: an age, not a duration; `rund 1500`: a quantity.
        guard let longest = matches.max(by: { $0.end < $1.end }),
          !(longest.pattern.kind == .duration && longest.end < words.count && words[longest.end].readings.contains { $0.wordClass == .age }),
          !(longest.pattern.interpretation == .year && index > 0 && words[index - 1].readings.contains { $0.wordClass == .approximator })
        else {
          index += 1
          continue
        }
        var interpreted: (best: (pattern: TimePattern, end: Int, captures: TimeMatcher.Captures), found: TimeInterpreter.Result)?
        for match in matches.enumerated().sorted(by: { ($1.element.end, $0.offset) < ($0.element.end, $1.offset) }).map(\.element) {
          let tense = tense(around: index..<match.end, in: words, futureCounts: futureCounts)
          if let found = interpreter.value(
            of: match.pattern, match.captures, tense: tense, anchor: anchor, sentenceDay: sentenceDay, lastQuarter: lastQuarter,
            lastMentioned: lastMentioned)
          {
            interpreted = (match, found)
            break
          }
        }
        guard let (best, found) = interpreted else {
          index += 1
          continue
        }
        var first = index + best.pattern.leadingContext
        var last = best.end - 1 - best.pattern.trailingContext
        // An optional comma matched where an optional word was absent stays outside.
        while first < last, words[first].text == "," { first += 1 }
        while last > first, words[last].text == "," { last -= 1 }
        let span = Span(start: words[first].span.start, end: words[last].span.end)
        if sentenceText == nil { sentenceText = String(article.text(of: sentence.span)) }
        // `Montagabend` matched as a weekday names a time of that day.
        let kind = best.pattern.kind == .date && found.value.first?.isNumber == true && CharacterClass.contains(UInt8(ascii: "T"), in: found.value) ? .time : best.pattern.kind
        var expression = TimeExpression(
          text: String(article.text(of: span)), value: found.value, kind: kind, modifier: best.captures.position,
          span: span, sentence: sentenceText ?? String(article.text(of: sentence.span)), approximate: found.approximate,
          explanation: "pattern '\(best.pattern.source)' (\(best.pattern.interpretation.rawValue)): \(found.how)")
        if expression.kind == .duration {
          // `seit 24 Jahren` reaches up to the time of writing; `the past three years`, `die
          // nächsten fünf Jahre` name their direction themselves.
          let since = first > 0 && words[first - 1].readings.contains { $0.wordClass == .since }
          if let direction = since ? -1 : best.captures.relative, direction != 0 {
            expression.reach = interpreter.reach(of: best.captures, direction: direction.signum(), from: sentenceDay ?? interpreter.documentDay)
          }
        }
        inSentence.append((expression, best.captures.contrastive))
        if expression.kind == .date || expression.kind == .time {
          if TimeValues.calendarStart(of: expression.value) != nil { lastMentioned = expression.value }
          if let day = Self.day(of: expression.value) {
            anchor = day
            sentenceDay = day
          }
        }
        // The quarter a report is about; `a year earlier` counts from it, never from a quarter
        // named for comparison (`a year ago`, `the 1988 period`).
        if TimeValues.quarter(expression.value) != nil, ![.ago, .yearAgoPeriod].contains(best.pattern.interpretation),
          !(best.pattern.interpretation == .reportedPeriod && best.captures.year != nil)
        {
          lastQuarter = expression.value
        }
        index = best.end - best.pattern.trailingContext
      }
      // `nun` counts only against another time expression of its sentence.
      let hasOther = inSentence.contains { !$0.contrastive }
      result += inSentence.filter { hasOther || !$0.contrastive }.map(\.expression)
    }
    return result
  }

  /// The interpreter for the article's document date.
  private func documentInterpreter() -> TimeInterpreter {
    let date = article.metadata.date
    let day = date.map { TimeValues.Day(year: $0.year, month: $0.month ?? 1, day: $0.day ?? 1) }
    var interpreter = TimeInterpreter(documentDay: day, documentPrecision: date?.precision ?? .day)
    interpreter.yearsPerUnit = data.timeLexicon.yearsPerUnit
    return interpreter
  }

  /// The day a value names, if it names one (`2024-06-19`, `2024-06-19T14:30`).
  private static func day(of value: String) -> TimeValues.Day? {
    let parts = value.prefix(10).split(separator: "-")
    guard value.count >= 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
      return nil
    }
    return TimeValues.Day(year: year, month: month, day: day)
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
      if token.kind == .word, let ending = grammar.splitEnding(of: text) {
        let stem = String(text.dropLast(ending.count))
        let cut = token.span.end - ending.unicodeScalars.count
        words.append(
          TimeMatcher.Word(
            text: stem, lowered: CharacterClass.lowercased(stem), span: Span(start: token.span.start, end: cut), isNumber: false,
            isFirst: !opened))
        words.append(TimeMatcher.Word(text: ending, lowered: ending, span: Span(start: cut, end: token.span.end), isNumber: false, isFirst: false))
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
