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

  func value(
    of pattern: TimePattern, _ c: TimeMatcher.Captures, tense: Tense, anchor: TimeValues.Day?, sentenceDay: TimeValues.Day? = nil,
    lastQuarter: String? = nil, lastMentioned: String? = nil
  ) -> Result? {
    let reference = anchor ?? documentDay
    let future = tense == .future
    switch pattern.interpretation {
    case .date:
      // `March eighth`: the ordinal is the day.
      var c = c
      if c.day == nil, let ordinal = c.ordinal {
        guard (1...31).contains(ordinal) else { return nil }
        c.day = ordinal
      }
      if c.spellsNoYear { return nil }
      guard let month = c.month ?? (c.day != nil ? reference?.month : nil) else { return nil }
      let monthText = TimeValues.pad(month, 2)
      let dayText = c.day.map { "-" + TimeValues.pad($0, 2) } ?? ""
      if c.year == nil, let relative = c.relative, let documentDay {
        // `June last year`: the month of that year.
        if let unit = c.unit, unit != .year { return nil }
        if c.unit == .year || relative == 0 {
          return Result(value: TimeValues.pad(documentDay.year + relative, 4) + "-" + monthText + dayText, how: "a month of a year named relative to the document date")
        }
        // `last April`, `next January`: the nearest such month before or after the document's month.
        let named = (month, c.day ?? (relative < 0 ? 32 : 0))
        let sameYear = relative < 0 ? named < (documentDay.month, documentDay.day) : named > (documentDay.month, documentDay.day)
        let year = documentDay.year + (sameYear ? 0 : relative.signum())
        return Result(value: TimeValues.pad(year, 4) + "-" + monthText + dayText, how: "the \(relative < 0 ? "last" : "next") such month from the document date")
      }
      if let year = c.namedYear {
        guard c.day == nil || CalendarDate(year: year, month: month, day: c.day) != nil else { return nil }
        return Result(value: TimeValues.pad(year, 4) + "-" + monthText + dayText, how: "a date written out")
      }
      guard let documentDay else { return Result(value: "XXXX-" + monthText + dayText, how: "no document date: the year stays open") }
      let year = tense == .present
        ? TimeValues.year(ofMonth: month, day: c.day, nearest: documentDay)
        : TimeValues.year(ofMonth: month, day: c.day, near: documentDay, future: future, closeDays: Self.closeDays)
      let directed = tense != .present && year == TimeValues.year(ofMonth: month, near: documentDay, future: future)
      let which = !directed ? "nearest" : future ? "next" : "last"
      return Result(
        value: TimeValues.pad(year, 4) + "-" + monthText + dayText, approximate: documentPrecision == .year,
        how: "the year of the \(which) such date from the document date \(documentDay.iso) (\(tense.rawValue) tense)")
    case .year:
      guard let year = c.year else { return nil }
      return Result(value: TimeValues.pad(year, 4), how: "a year")
    case .spelledYear:
      guard let year = TimeValues.spelledYear(c.spelled) else { return nil }
      return Result(value: TimeValues.pad(year, 4), how: "a year in words")
    case .weekday:
      guard let weekday = c.weekday else { return nil }
      // News name weekdays from the day of writing, whatever the text mentioned before.
      guard let day = documentDay else { return Result(value: "XXXX-WXX-\(weekday)", how: "no document date: the week stays open") }
      if approximateDocumentDay {
        return Result(
          value: written(day) + (c.daypart.map { "T" + $0 } ?? ""), approximate: true,
          how: "a weekday near a document date known only to the \(documentPrecision.rawValue)")
      }
      var resolved = TimeValues.weekday(weekday, near: day, future: c.relative.map { $0 > 0 } ?? future)
      // `last Monday`, `nächsten Montag`: never the document date itself.
      if let relative = c.relative, relative != 0, resolved == day { resolved = day.adding(days: 7 * relative) }
      var value = resolved.iso
      if let part = c.daypart { value += "T" + part }
      return Result(value: value, how: "the \(resolved > day ? "next" : "last") such weekday from \(day.iso) (\(tense.rawValue) tense)")
    case .relative:
      guard let unit = c.unit else { return nil }
      var offset = c.relative ?? 0
      guard let documentDay else { return Result(value: TimeValues.unknownPeriod(unit), how: "no document date") }
      // `the weekend` told in the past early in a week is the one just gone.
      if unit == .weekend, c.relative == nil, documentDay.weekday <= (tense == .past ? 5 : tense == .present ? 2 : 0) { offset = -1 }
      return period(unit, offset: offset, from: documentDay)
    case .ago, .later:
      guard let unit = c.unit else { return nil }
      let count = (c.number ?? 1) * (pattern.interpretation == .ago ? -1 : 1)
      // `a year ago` in a report about a quarter means that quarter a year before (the
      // adjective `year-ago`, without a count, means the year).
      if unit == .year, !c.vague, c.number != nil, let lastQuarter, let quarter = TimeValues.quarter(lastQuarter) {
        let first = TimeValues.Day(year: quarter.year, month: (quarter.quarter - 1) * 3 + 1, day: 1)
        return Result(
          value: TimeValues.period(.quarter, offset: 4 * count, from: first),
          how: "\(count) years from \(lastQuarter), the quarter the text is about")
      }
      guard let documentDay, !c.vague else {
        return Result(value: c.vague ? (pattern.interpretation == .ago ? "PAST_REF" : "FUTURE_REF") : TimeValues.unknownPeriod(unit), how: "no date to count from")
      }
      return period(unit, offset: count, from: documentDay)
    case .duration:
      guard let unit = c.unit else { return nil }
      let count = c.vague || (c.number == nil && c.plural) ? nil : (c.number ?? 1)
      // `5 1/2 hours`, `a minute and a half`, `half an hour`
      if c.half, !c.vague { return Result(value: TimeValues.durationAndAHalf(c.number ?? 0, unit), how: "a length of time and a half") }
      // `two decades` in a language whose durations count decades in years: P20Y.
      if let years = yearsPerUnit[unit] { return Result(value: TimeValues.duration(count.map { $0 * years }, .year), how: "a length of time in years") }
      return Result(value: TimeValues.duration(count, unit), how: "a length of time")
    case .reference:
      if let reference = c.reference { return Result(value: reference, how: "a word for the present, past or future") }
      guard let offset = c.dayOffset else { return nil }
      guard let documentDay else { return Result(value: "XXXX-XX-XX", how: "no document date") }
      var value = written(documentDay.adding(days: offset))
      if let part = c.daypart { value += "T" + part }
      return Result(value: value, approximate: approximateDocumentDay, how: "\(offset) days from the document date \(documentDay.iso)")
    case .daypart:
      guard let part = c.daypart else { return nil }
      guard let day = resolvedDay(c, future: future, sentenceDay: sentenceDay) else { return Result(value: "XXXX-XX-XXT" + part, how: "no date") }
      return Result(value: written(day) + "T" + part, approximate: approximateDocumentDay, how: "a part of the day \(day.iso)")
    case .clock:
      guard var hour = c.hour ?? c.number, hour <= 24 else { return nil }
      if let shift = c.meridiem, hour < 12 { hour += shift }
      // `4 in the morning`, `8 in the evening`
      if c.meridiem == nil, let part = c.daypart, hour < 12, part == "AF" || part == "EV" || part == "NI" && hour >= 6 { hour += 12 }
      if c.meridiem == 0, hour == 12 { hour = 0 }
      let time = "T" + TimeValues.pad(hour, 2) + ":" + TimeValues.pad(c.minute ?? 0, 2)
      guard let day = resolvedDay(c, future: future, sentenceDay: sentenceDay) else { return Result(value: "XXXX-XX-XX" + time, how: "no date") }
      return Result(value: written(day) + time, approximate: approximateDocumentDay, how: "a clock time on \(day.iso)")
    case .set:
      if let frequency = c.frequency { return Result(value: frequency, how: "a frequency") }
      if let weekday = c.weekday { return Result(value: "XXXX-WXX-\(weekday)", how: "every such weekday") }
      if let month = c.month { return Result(value: "XXXX-" + TimeValues.pad(month, 2), how: "every such month") }
      guard let unit = c.unit else { return nil }
      return Result(value: TimeValues.duration(c.number ?? 1, unit), how: "every \(unit.rawValue)")
    case .decade:
      guard let decade = c.decade else { return nil }
      return Result(value: decade, how: "a decade")
    case .century:
      guard let ordinal = c.ordinal ?? c.number else { return nil }
      return Result(value: TimeValues.pad(ordinal - 1, 2), how: "a century")
    case .halfYear:
      // `first` is the first half; `second`, `last` and `latter` the second.
      guard (c.ordinal ?? 2) <= 2 else { return nil }
      let half = c.ordinal == 1 ? 1 : 2
      let year = c.year ?? documentDay.map { $0.year + (c.relative.map { $0 > 0 ? 1 : 0 } ?? 0) }
      return Result(value: (year.map { TimeValues.pad($0, 4) } ?? "XXXX") + "-H\(half)", how: "a half of the year")
    case .quarter:
      guard let quarter = c.ordinal ?? c.number, (1...4).contains(quarter) else { return nil }
      // `the fourth quarter` in a January report is last year's, unless the text looks ahead.
      let year = c.year ?? documentDay.map { day in
        c.relative.map { day.year + $0 } ?? (future ? day.year : TimeValues.year(ofQuarter: quarter, before: day))
      }
      return Result(value: (year.map { TimeValues.pad($0, 4) } ?? "XXXX") + "-Q\(quarter)", how: "a quarter of the year")
    case .season:
      guard let season = c.season, !c.spellsNoYear else { return nil }
      if let year = c.namedYear { return Result(value: TimeValues.pad(year, 4) + "-" + season, how: "a season") }
      guard let documentDay else { return Result(value: "XXXX-" + season, how: "no document date") }
      guard let relative = c.relative, relative != 0, let first = TimeValues.firstMonth(ofSeason: season) else {
        return Result(value: TimeValues.pad(documentDay.year, 4) + "-" + season, how: "a season of the document's year")
      }
      // `last spring` written in October is this year's; `next summer` in October next year's.
      let sameYear = relative < 0 ? first + 3 <= documentDay.month : first > documentDay.month
      let year = documentDay.year + (sameYear ? 0 : relative.signum())
      return Result(value: TimeValues.pad(year, 4) + "-" + season, how: "the \(relative < 0 ? "last" : "next") such season from the document date")
    case .reportedPeriod, .yearAgoPeriod:
      let unit: TimeValues.Unit = c.unit == .month ? .month : .quarter
      guard let documentDay else { return Result(value: TimeValues.unknownPeriod(unit), how: "no document date") }
      let perYear = unit == .quarter ? 4 : unit == .month ? 12 : 1
      let yearsBack = pattern.interpretation == .yearAgoPeriod ? 1 : 0
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
        how: "the last complete \(unit.rawValue) before the document date \(documentDay.iso)\(pattern.interpretation == .yearAgoPeriod ? ", a year earlier" : "")")
    case .holiday:
      guard let text = c.holiday, let rule = HolidayRule(text) else { return nil }
      if let year = c.year { return Result(value: rule.day(in: year).iso, how: "a holiday in \(year)") }
      guard let documentDay else { return Result(value: "XXXX-XX-XX", how: "no document date: the year stays open") }
      let candidates = [-1, 0, 1].map { rule.day(in: documentDay.year + $0) }
      let nearest = candidates.min { abs($0.number - documentDay.number) < abs($1.number - documentDay.number) } ?? candidates[1]
      // `last Thanksgiving` looks back whatever the distance; the tense only beyond `closeDays`.
      let direction = c.relative ?? (abs(nearest.number - documentDay.number) <= Self.closeDays ? 0 : tense == .past ? -1 : future ? 1 : 0)
      let chosen: TimeValues.Day
      switch direction {
      case ..<0: chosen = candidates.last { $0 < documentDay } ?? candidates[0]
      case 1...: chosen = candidates.first { $0 > documentDay } ?? candidates[2]
      default: chosen = nearest
      }
      let which = direction < 0 ? "last" : direction > 0 ? "next" : "nearest"
      return Result(
        value: written(chosen), approximate: documentPrecision == .year,
        how: "the \(which) such holiday from the document date \(documentDay.iso) (\(tense.rawValue) tense)")
    case .anchored:
      guard let unit = c.unit, let lastMentioned, let start = TimeValues.calendarStart(of: lastMentioned) else { return nil }
      let needed: CalendarDate.Precision = [.year, .decade, .century].contains(unit) ? .year : [.month, .quarter].contains(unit) ? .month : .day
      guard start.precision >= needed else { return nil }
      let offset = c.relative ?? 0
      let from = TimeValues.Day(year: start.year, month: start.month ?? 1, day: start.day ?? 1)
      return Result(value: TimeValues.period(unit, offset: offset, from: from), how: "\(offset) \(unit) from \(lastMentioned), the date mentioned last")
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
  private func period(_ unit: TimeValues.Unit, offset: Int, from documentDay: TimeValues.Day) -> Result {
    let byDay = unit.isDayOrShorter
    return Result(
      value: byDay ? written(documentDay.adding(days: offset)) : TimeValues.period(unit, offset: offset, from: documentDay),
      approximate: approximateDocumentDay && byDay,
      how: "\(offset >= 0 ? "+" : "")\(offset) \(unit.rawValue) from the document date \(documentDay.iso)")
  }

  /// The day a part of the day or a clock time belongs to: the weekday, day offset or date it names,
  /// else the day named before it in its sentence (`am 25. Februar um 20.30 Uhr`), else the
  /// document date (news give times of the day they report).
  private func resolvedDay(_ c: TimeMatcher.Captures, future: Bool, sentenceDay: TimeValues.Day?) -> TimeValues.Day? {
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
