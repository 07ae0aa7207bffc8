/// Computes the TIMEX3 value of a matched expression from what its words say, the document
/// creation time, the tense of its sentence and the date the text last mentioned.
struct TimeInterpreter {
  /// The tense of a sentence, as far as its words tell: it decides whether a weekday or a month
  /// without a year lies before or after the document date.
  enum Tense: String {
    case past, present, future
  }

  /// The document creation time: the day, or the first of the month or year known.
  let documentDay: TimeValues.Day?
  /// How much of the document date is known.
  let documentPrecision: CalendarDate.Precision
  /// Units the language's durations count in years (English `two decades` → P20Y).
  var yearsPerUnit: [TimeValues.Unit: Int] = [:]

  /// How near the document date a month mentioned without a year must lie for it to count as
  /// the nearest occurrence against the tense of its sentence: about four months.
  static let closeDays = 122

  /// Whether the document date is known only to the month or year.
  var approximateDocumentDay: Bool { documentDay != nil && documentPrecision != .day }

  /// A day computed from the document date, written with what is known of it: `2024-06-XX`
  /// when the article gives only its month.
  func written(_ day: TimeValues.Day) -> String {
    switch documentPrecision {
    case .day: return day.iso
    case .month: return TimeValues.pad(day.year, 4) + "-" + TimeValues.pad(day.month, 2) + "-XX"
    case .year: return TimeValues.pad(day.year, 4) + "-XX-XX"
    }
  }

  /// What an interpretation found: the value and how it was computed.
  struct Result {
    var value: String
    var approximate = false
    var how: String
  }

  /// The value of an expression `pattern` matched, with the words it captured `c`, in a
  /// sentence of `tense`: computed from the date `anchor` (the document date where there is
  /// none), the day named before it in its sentence, the quarter the text is about and the date
  /// it mentioned last, as the pattern's interpretation needs.
  func value(
    of pattern: TimePattern, _ c: TimeMatcher.Captures, tense: Tense, anchor: TimeValues.Day?, sentenceDay: TimeValues.Day? = nil,
    lastQuarter: String? = nil, lastMentioned: String? = nil
  ) -> Result? {
    let reference = anchor ?? documentDay
    let future = tense == .future
    switch pattern.interpretation {
    case .date: return dateValue(c, tense: tense, reference: reference)
    case .year:
      guard let year = c.year else { return nil }
      return Result(value: TimeValues.pad(year, 4), how: "a year")
    case .spelledYear:
      guard let year = TimeValues.spelledYear(c.spelled) else { return nil }
      return Result(value: TimeValues.pad(year, 4), how: "a year in words")
    case .weekday: return weekdayValue(c, tense: tense)
    case .relative: return relativeValue(c, tense: tense)
    case .ago, .later: return countedValue(c, backwards: pattern.interpretation == .ago, lastQuarter: lastQuarter)
    case .duration: return durationValue(c)
    case .reference: return referenceValue(c)
    case .daypart:
      guard let part = c.daypart else { return nil }
      guard let day = resolvedDay(c, future: future, sentenceDay: sentenceDay) else { return Result(value: "XXXX-XX-XXT" + part, how: "no date") }
      return Result(value: written(day) + "T" + part, approximate: approximateDocumentDay, how: "a part of the day \(day.iso)")
    case .clock: return clockValue(c, future: future, sentenceDay: sentenceDay)
    case .set: return setValue(c)
    case .decade:
      guard let decade = c.decade else { return nil }
      return Result(value: decade, how: "a decade")
    case .century:
      guard let ordinal = c.ordinal ?? c.number else { return nil }
      return Result(value: TimeValues.pad(ordinal - 1, 2), how: "a century")
    case .halfYear: return halfYearValue(c)
    case .quarter: return quarterValue(c, future: future)
    case .season: return seasonValue(c)
    case .reportedPeriod, .yearAgoPeriod:
      return reportedPeriodValue(c, yearAgo: pattern.interpretation == .yearAgoPeriod, lastQuarter: lastQuarter)
    case .holiday: return holidayValue(c, tense: tense)
    case .anchored: return anchoredValue(c, lastMentioned: lastMentioned)
    case .dayAfter, .dayBefore:
      guard let day = reference else { return Result(value: "XXXX-XX-XX", how: "no date to count from") }
      let offset = (c.number ?? 1) * (pattern.interpretation == .dayAfter ? 1 : -1)
      return Result(value: day.adding(days: offset).iso, how: "\(offset) days from \(day.iso), the date mentioned last")
    }
  }

  /// Where a duration tied to a point of reference begins and ends: `direction` -1 for one
  /// that reaches up to it (`seit 24 Jahren`, `the past three years` → 2000 to 2024-06), +1 for
  /// one that starts there (`die nächsten fünf Jahre`). Nil for unknown counts, units shorter
  /// than a day, or no point to count from; the point is written as precisely as it is known.
  func reach(of c: TimeMatcher.Captures, direction: Int, from point: TimeValues.Day?) -> TimeExpression.Reach? {
    guard let point, var unit = c.unit, var count = c.number, !c.vague, !c.half, !unit.isClockUnit, unit != .weekend else { return nil }
    if let years = yearsPerUnit[unit] {
      count *= years
      unit = .year
    }
    let here: String
    switch documentPrecision {
    case .day: here = point.iso
    case .month: here = TimeValues.pad(point.year, 4) + "-" + TimeValues.pad(point.month, 2)
    case .year: here = TimeValues.pad(point.year, 4)
    }
    // A day counted from a month is no day: the count then stays at the month.
    if unit == .day, documentPrecision != .day { return nil }
    let there = TimeValues.period(unit, offset: direction * count, from: point)
    return direction < 0 ? .init(begin: there, end: here) : .init(begin: here, end: there)
  }

  /// The period `offset` units from the document date; a day is written at the precision the
  /// document date has (`2024-06-XX`, approximate).
  func period(_ unit: TimeValues.Unit, offset: Int, from documentDay: TimeValues.Day) -> Result {
    let byDay = unit.isDayOrShorter
    return Result(
      value: byDay ? written(documentDay.adding(days: offset)) : TimeValues.period(unit, offset: offset, from: documentDay),
      approximate: approximateDocumentDay && byDay,
      how: "\(offset >= 0 ? "+" : "")\(offset) \(unit.rawValue) from the document date \(documentDay.iso)")
  }

  /// The day a part of the day or a clock time belongs to: the weekday, day offset or date it names,
  /// else the day named before it in its sentence (`am 25. Februar um 20.30 Uhr`), else the
  /// document date (news give times of the day they report).
  func resolvedDay(_ c: TimeMatcher.Captures, future: Bool, sentenceDay: TimeValues.Day?) -> TimeValues.Day? {
    guard let documentDay else { return nil }
    if let weekday = c.weekday { return TimeValues.weekday(weekday, near: documentDay, future: future) }
    if let offset = c.dayOffset { return documentDay.adding(days: offset) }
    // `last night`
    if let relative = c.relative, c.unit == nil { return documentDay.adding(days: relative) }
    // `5 p.m. EST Nov. 9`
    if let month = c.month, let day = c.day, CalendarDate(year: c.year ?? documentDay.year, month: month, day: day) != nil {
      return TimeValues.Day(year: c.year ?? TimeValues.year(ofMonth: month, day: day, nearest: documentDay), month: month, day: day)
    }
    return sentenceDay ?? documentDay
  }
}

extension TimeValues.Unit {
  var isDayOrShorter: Bool { self == .day || isClockUnit }
}
