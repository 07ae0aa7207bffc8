/// The values of expressions that name points of the calendar: dates, weekdays, holidays,
/// seasons and clock times.
extension TimeInterpreter {
  /// A month and day, a month or a date written out: the year the text names, or the one the
  /// document date and the tense make likely.
  func dateValue(_ c: TimeMatcher.Captures, tense: Tense, reference: TimeValues.Day?) -> Result? {
    let future = tense == .future
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
  }

  /// A weekday: the nearest such day before or after the document date, as the tense or `last` /
  /// `next` says.
  func weekdayValue(_ c: TimeMatcher.Captures, tense: Tense) -> Result? {
    let future = tense == .future
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
  }

  /// A holiday in the year named, or the last, next or nearest one from the document date.
  func holidayValue(_ c: TimeMatcher.Captures, tense: Tense) -> Result? {
    let future = tense == .future
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
  }

  /// A season of the year named, of the document's year, or the last or next one.
  func seasonValue(_ c: TimeMatcher.Captures) -> Result? {
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
  }

  /// A clock time on the day it belongs to (`resolvedDay`).
  func clockValue(_ c: TimeMatcher.Captures, future: Bool, sentenceDay: TimeValues.Day?) -> Result? {
    guard var hour = c.hour ?? c.number, hour <= 24 else { return nil }
    if let shift = c.meridiem, hour < 12 { hour += shift }
    // `4 in the morning`, `8 in the evening`
    if c.meridiem == nil, let part = c.daypart, hour < 12, part == "AF" || part == "EV" || part == "NI" && hour >= 6 { hour += 12 }
    if c.meridiem == 0, hour == 12 { hour = 0 }
    let time = "T" + TimeValues.pad(hour, 2) + ":" + TimeValues.pad(c.minute ?? 0, 2)
    guard let day = resolvedDay(c, future: future, sentenceDay: sentenceDay) else { return Result(value: "XXXX-XX-XX" + time, how: "no date") }
    return Result(value: written(day) + time, approximate: approximateDocumentDay, how: "a clock time on \(day.iso)")
  }
}
