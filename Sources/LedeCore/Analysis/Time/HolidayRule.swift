/// When a holiday falls, as `time-words.tsv` writes it: a fixed day (`12-25`), a distance from
/// Easter Sunday (`easter+49` for Whit Sunday), or the n-th weekday of a month with an optional
/// shift (`11/4/4` the fourth Thursday of November, `5/-1/1` the last Monday of May,
/// `11/1/1+1` the Tuesday after the first Monday of November).
struct HolidayRule: Sendable {
  private enum Kind {
    case fixed(month: Int, day: Int)
    case easter(offset: Int)
    case weekday(month: Int, occurrence: Int, weekday: Int, shift: Int)
  }

  private let kind: Kind

  /// Reads a rule; nil when it is not one of the three forms.
  init?(_ text: String) {
    if text.hasPrefix("easter") {
      let offset = text.dropFirst("easter".count)
      guard let days = offset.isEmpty ? 0 : Int(offset.hasPrefix("+") ? offset.dropFirst() : offset) else { return nil }
      kind = .easter(offset: days)
      return
    }
    if text.contains("/") {
      var parts = text.split(separator: "/").map(String.init)
      guard parts.count == 3 else { return nil }
      var shift = 0
      if let sign = parts[2].dropFirst().firstIndex(where: { $0 == "+" || $0 == "-" }) {
        guard let value = Int(parts[2][sign...].replacingOccurrences(of: "+", with: "")) else { return nil }
        shift = value
        parts[2] = String(parts[2][..<sign])
      }
      guard let month = Int(parts[0]), (1...12).contains(month), let occurrence = Int(parts[1]), occurrence != 0, (-5...5).contains(occurrence),
        let weekday = Int(parts[2]), (1...7).contains(weekday)
      else { return nil }
      kind = .weekday(month: month, occurrence: occurrence, weekday: weekday, shift: shift)
      return
    }
    let parts = text.split(separator: "-")
    guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), CalendarDate(year: 2000, month: month, day: day) != nil else {
      return nil
    }
    kind = .fixed(month: month, day: day)
  }

  /// The day the holiday falls on in `year`.
  func day(in year: Int) -> TimeValues.Day {
    switch kind {
    case .fixed(let month, let day):
      return TimeValues.Day(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year)))
    case .easter(let offset):
      return Self.easterSunday(year).adding(days: offset)
    case .weekday(let month, let occurrence, let weekday, let shift):
      let found: TimeValues.Day
      if occurrence > 0 {
        let first = TimeValues.Day(year: year, month: month, day: 1)
        found = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (occurrence - 1))
      } else {
        let last = TimeValues.Day(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        found = last.adding(days: -((last.weekday - weekday + 7) % 7) + 7 * (occurrence + 1))
      }
      return found.adding(days: shift)
    }
  }

  /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
  static func easterSunday(_ year: Int) -> TimeValues.Day {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return TimeValues.Day(year: year, month: month, day: day)
  }
}
