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

  /// What the expressions read so far leave for interpreting the next: the day named last (a
  /// weekday counts from it), the quarter a report is about, the calendar value named last, and
  /// the day the current sentence names.
  struct Reading {
    var anchor: TimeValues.Day?
    var lastQuarter: String?
    var lastMentioned: String?
    var sentenceDay: TimeValues.Day?
  }

  /// A pattern that matched at a word, the word after the match, and what it captured.
  typealias Match = (pattern: TimePattern, end: Int, captures: TimeMatcher.Captures)

  func run() -> [TimeExpression] {
    let matcher = TimeMatcher(lexicon: data.timeLexicon)
    let interpreter = documentInterpreter()
    var known = KnownWords()
    var reading = Reading()
    var result: [TimeExpression] = []
    // Stopping early (Ctrl-C) leaves the later sentences unread; the caller drops the result.
    for sentence in article.sentences where !StopRequest.isRaised {
      let words = read(sentence, known: &known)
      result += expressions(in: sentence, words, matcher: matcher, interpreter: interpreter, reading: &reading)
    }
    return result
  }

  /// The expressions of one sentence, left to right, each match the longest that can be
  /// interpreted.
  private func expressions(
    in sentence: Segment, _ words: TaggedWords, matcher: TimeMatcher, interpreter: TimeInterpreter, reading: inout Reading
  ) -> [TimeExpression] {
    let futureCounts = futureAuxiliaryCounts(in: words.words)
    reading.sentenceDay = nil
    var inSentence: [(expression: TimeExpression, contrastive: Bool)] = []
    // The sentence's text, read once when it has an expression.
    var sentenceText: String?
    var index = 0
    while index < words.words.count {
      let matches = self.matches(at: index, in: words, matcher: matcher)
      guard let (best, found) = interpreted(matches, at: index, in: words.words, futureCounts: futureCounts, interpreter: interpreter, reading: reading)
      else {
        index += 1
        continue
      }
      let text = sentenceText ?? String(article.text(of: sentence.span))
      sentenceText = text
      let expression = self.expression(best, found, at: index, inSentence: text, words.words, interpreter: interpreter, reading: reading)
      inSentence.append((expression, best.captures.contrastive))
      note(expression, of: best, in: &reading)
      index = best.end - best.pattern.trailingContext
    }
    // `nun` counts only against another time expression of its sentence.
    let hasOther = inSentence.contains { !$0.contrastive }
    return inSentence.filter { hasOther || !$0.contrastive }.map(\.expression)
  }

  /// The patterns that match at word `index` (file order); none where the longest is an age
  /// (`a six-year-old`, `20 Jahre alt`) or a quantity (`rund 1500`).
  private func matches(at index: Int, in words: TaggedWords, matcher: TimeMatcher) -> [Match] {
    let prefilter = data.timePatternIndex.prefilter
    var matches: [Match] = []
    for number in words.candidates[index] where prefilter.mayMatch(number, in: words.bits, at: index) {
      let pattern = data.timePatterns[number]
      if let found = matcher.match(pattern, in: words.words, at: index), found.end > index { matches.append((pattern, found.end, found.captures)) }
    }
    let words = words.words
    guard let longest = matches.max(by: { $0.end < $1.end }),
      !(longest.pattern.kind == .duration && longest.end < words.count && words[longest.end].readings.contains { $0.wordClass == .age }),
      !(longest.pattern.interpretation == .year && index > 0 && words[index - 1].readings.contains { $0.wordClass == .approximator })
    else { return [] }
    return matches
  }

  /// The longest match first (file order breaks ties) with its interpretation; a shorter one
  /// only when the longer cannot be interpreted (`March two hundred` is no spelled year, but March).
  private func interpreted(
    _ matches: [Match], at index: Int, in words: [TimeMatcher.Word], futureCounts: Bool, interpreter: TimeInterpreter, reading: Reading
  ) -> (best: Match, found: TimeInterpreter.Result)? {
    for match in matches.enumerated().sorted(by: { ($1.element.end, $0.offset) < ($0.element.end, $1.offset) }).map(\.element) {
      let tense = tense(around: index..<match.end, in: words, futureCounts: futureCounts)
      if let found = interpreter.value(
        of: match.pattern, match.captures, tense: tense, anchor: reading.anchor, sentenceDay: reading.sentenceDay,
        lastQuarter: reading.lastQuarter, lastMentioned: reading.lastMentioned)
      {
        return (match, found)
      }
    }
    return nil
  }

  /// The expression an interpreted match at word `index` makes: its words without the
  /// pattern's context, its kind, and for a duration how far it reaches.
  private func expression(
    _ best: Match, _ found: TimeInterpreter.Result, at index: Int, inSentence sentenceText: String, _ words: [TimeMatcher.Word],
    interpreter: TimeInterpreter, reading: Reading
  ) -> TimeExpression {
    var first = index + best.pattern.leadingContext
    var last = best.end - 1 - best.pattern.trailingContext
    // An optional comma matched where an optional word was absent stays outside.
    while first < last, words[first].text == "," { first += 1 }
    while last > first, words[last].text == "," { last -= 1 }
    let span = Span(start: words[first].span.start, end: words[last].span.end)
    // `Montagabend` matched as a weekday names a time of that day.
    let kind = best.pattern.kind == .date && found.value.first?.isNumber == true && CharacterClass.contains(UInt8(ascii: "T"), in: found.value) ? .time : best.pattern.kind
    var expression = TimeExpression(
      text: String(article.text(of: span)), value: found.value, kind: kind, modifier: best.captures.position,
      span: span, sentence: sentenceText, approximate: found.approximate,
      explanation: "pattern '\(best.pattern.source)' (\(best.pattern.interpretation.rawValue)): \(found.how)")
    if expression.kind == .duration {
      // `seit 24 Jahren` reaches up to the time of writing; `the past three years`, `die
      // nächsten fünf Jahre` name their direction themselves.
      let since = first > 0 && words[first - 1].readings.contains { $0.wordClass == .since }
      if let direction = since ? -1 : best.captures.relative, direction != 0 {
        expression.reach = interpreter.reach(of: best.captures, direction: direction.signum(), from: reading.sentenceDay ?? interpreter.documentDay)
      }
    }
    return expression
  }

  /// Notes what `expression` leaves for the next: the day and calendar value it names, and the
  /// quarter a report is about; `a year earlier` counts from that quarter, never from one named
  /// for comparison (`a year ago`, `the 1988 period`).
  private func note(_ expression: TimeExpression, of match: Match, in reading: inout Reading) {
    if expression.kind == .date || expression.kind == .time {
      if TimeValues.calendarStart(of: expression.value) != nil { reading.lastMentioned = expression.value }
      if let day = Self.day(of: expression.value) {
        reading.anchor = day
        reading.sentenceDay = day
      }
    }
    if TimeValues.quarter(expression.value) != nil, ![.ago, .yearAgoPeriod].contains(match.pattern.interpretation),
      !(match.pattern.interpretation == .reportedPeriod && match.captures.year != nil)
    {
      reading.lastQuarter = expression.value
    }
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
}
