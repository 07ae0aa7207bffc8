/// The values of expressions that name periods and lengths of time: periods counted from the
/// document date or from a date the text mentioned, reported quarters and halves, durations and
/// recurring times.
extension TimeInterpreter {
  /// `this week`, `next month`, `the weekend`: a period counted from the document date.
  func relativeValue(_ c: TimeMatcher.Captures, tense: Tense) -> Result? {
    guard let unit = c.unit else { return nil }
    var offset = c.relative ?? 0
    guard let documentDay else { return Result(value: TimeValues.unknownPeriod(unit), how: "no document date") }
    // `the weekend` told in the past early in a week is the one just gone.
    if unit == .weekend, c.relative == nil, documentDay.weekday <= (tense == .past ? 5 : tense == .present ? 2 : 0) { offset = -1 }
    return period(unit, offset: offset, from: documentDay)
  }

  /// `three years ago`, `in two weeks` (`backwards` for the first): a count of units from the
  /// document date, or from the quarter the text is about.
  func countedValue(_ c: TimeMatcher.Captures, backwards: Bool, lastQuarter: String?) -> Result? {
    guard let unit = c.unit else { return nil }
    let count = (c.number ?? 1) * (backwards ? -1 : 1)
    // `a year ago` in a report about a quarter means that quarter a year before (the
    // adjective `year-ago`, without a count, means the year).
    if unit == .year, !c.vague, c.number != nil, let lastQuarter, let quarter = TimeValues.quarter(lastQuarter) {
      let first = TimeValues.Day(year: quarter.year, month: (quarter.quarter - 1) * 3 + 1, day: 1)
      return Result(
        value: TimeValues.period(.quarter, offset: 4 * count, from: first),
        how: "\(count) years from \(lastQuarter), the quarter the text is about")
    }
    guard let documentDay, !c.vague else {
      return Result(value: c.vague ? (backwards ? "PAST_REF" : "FUTURE_REF") : TimeValues.unknownPeriod(unit), how: "no date to count from")
    }
    return period(unit, offset: count, from: documentDay)
  }

  /// `now`, `heute`, `gestern`: a word for the present, past or future, or a day counted from the
  /// document date.
  func referenceValue(_ c: TimeMatcher.Captures) -> Result? {
    if let reference = c.reference { return Result(value: reference, how: "a word for the present, past or future") }
    guard let offset = c.dayOffset else { return nil }
    guard let documentDay else { return Result(value: "XXXX-XX-XX", how: "no document date") }
    var value = written(documentDay.adding(days: offset))
    if let part = c.daypart { value += "T" + part }
    return Result(value: value, approximate: approximateDocumentDay, how: "\(offset) days from the document date \(documentDay.iso)")
  }

  /// `the quarter`, `the year-earlier month` in a company report: the period reported on
  /// (`yearAgo`: a year before it).
  func reportedPeriodValue(_ c: TimeMatcher.Captures, yearAgo: Bool, lastQuarter: String?) -> Result? {
    let unit: TimeValues.Unit = c.unit == .month ? .month : .quarter
    guard let documentDay else { return Result(value: TimeValues.unknownPeriod(unit), how: "no document date") }
    let perYear = unit == .quarter ? 4 : unit == .month ? 12 : 1
    let yearsBack = yearAgo ? 1 : 0
    // `the 1988 quarter`: the reported quarter in that year.
    if let year = c.year, unit == .quarter {
      let quarter = lastQuarter.flatMap(TimeValues.quarter)?.quarter ?? TimeValues.quarter(TimeValues.period(.quarter, offset: -1, from: documentDay))?.quarter ?? 1
      return Result(value: TimeValues.pad(year, 4) + "-Q\(quarter)", how: "the quarter the text is about, in \(year)")
    }
    // `the year-earlier third quarter`: that quarter of the year before the latest one.
    if let quarter = c.ordinal, (1...4).contains(quarter) {
      let year = TimeValues.year(ofQuarter: quarter, before: documentDay) - yearsBack
      return Result(value: TimeValues.pad(year, 4) + "-Q\(quarter)", how: "the latest such quarter before \(documentDay.iso)\(yearsBack > 0 ? ", a year earlier" : "")")
    }
    let offset = -1 - yearsBack * perYear
    return Result(
      value: TimeValues.period(unit, offset: offset, from: documentDay),
      how: "the last complete \(unit.rawValue) before the document date \(documentDay.iso)\(yearAgo ? ", a year earlier" : "")")
  }

  /// A quarter of the year named or made likely by the document date.
  func quarterValue(_ c: TimeMatcher.Captures, future: Bool) -> Result? {
    guard let quarter = c.ordinal ?? c.number, (1...4).contains(quarter) else { return nil }
    // `the fourth quarter` in a January report is last year's, unless the text looks ahead.
    let year = c.year ?? documentDay.map { day in
      c.relative.map { day.year + $0 } ?? (future ? day.year : TimeValues.year(ofQuarter: quarter, before: day))
    }
    return Result(value: (year.map { TimeValues.pad($0, 4) } ?? "XXXX") + "-Q\(quarter)", how: "a quarter of the year")
  }

  /// The first or second half of a year.
  func halfYearValue(_ c: TimeMatcher.Captures) -> Result? {
    // `first` is the first half; `second`, `last` and `latter` the second.
    guard (c.ordinal ?? 2) <= 2 else { return nil }
    let half = c.ordinal == 1 ? 1 : 2
    let year = c.year ?? documentDay.map { $0.year + (c.relative.map { $0 > 0 ? 1 : 0 } ?? 0) }
    return Result(value: (year.map { TimeValues.pad($0, 4) } ?? "XXXX") + "-H\(half)", how: "a half of the year")
  }

  /// `the following year`, `that month`: a period counted from the date the text mentioned last.
  func anchoredValue(_ c: TimeMatcher.Captures, lastMentioned: String?) -> Result? {
    guard let unit = c.unit, let lastMentioned, let start = TimeValues.calendarStart(of: lastMentioned) else { return nil }
    let needed: CalendarDate.Precision = [.year, .decade, .century].contains(unit) ? .year : [.month, .quarter].contains(unit) ? .month : .day
    guard start.precision >= needed else { return nil }
    let offset = c.relative ?? 0
    let from = TimeValues.Day(year: start.year, month: start.month ?? 1, day: start.day ?? 1)
    return Result(value: TimeValues.period(unit, offset: offset, from: from), how: "\(offset) \(unit) from \(lastMentioned), the date mentioned last")
  }

  /// A length of time: `P3D`, `P20Y` for two decades where durations count in years.
  func durationValue(_ c: TimeMatcher.Captures) -> Result? {
    guard let unit = c.unit else { return nil }
    let count = c.vague || (c.number == nil && c.plural) ? nil : (c.number ?? 1)
    // `5 1/2 hours`, `a minute and a half`, `half an hour`
    if c.half, !c.vague { return Result(value: TimeValues.durationAndAHalf(c.number ?? 0, unit), how: "a length of time and a half") }
    // `two decades` in a language whose durations count decades in years: P20Y.
    if let years = yearsPerUnit[unit] { return Result(value: TimeValues.duration(count.map { $0 * years }, .year), how: "a length of time in years") }
    return Result(value: TimeValues.duration(count, unit), how: "a length of time")
  }

  /// Something that recurs: a frequency, every such weekday or month, every unit.
  func setValue(_ c: TimeMatcher.Captures) -> Result? {
    if let frequency = c.frequency { return Result(value: frequency, how: "a frequency") }
    if let weekday = c.weekday { return Result(value: "XXXX-WXX-\(weekday)", how: "every such weekday") }
    if let month = c.month { return Result(value: "XXXX-" + TimeValues.pad(month, 2), how: "every such month") }
    guard let unit = c.unit else { return nil }
    return Result(value: TimeValues.duration(c.number ?? 1, unit), how: "every \(unit.rawValue)")
  }
}
