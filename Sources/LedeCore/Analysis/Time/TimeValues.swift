/// Calendar arithmetic for TIMEX3 values: days, weekdays, ISO weeks and values at the
/// granularity of a unit (`2024-06-19`, `2024-W25`, `2024-06`, `2024-Q2`, `2024`, `202`).
enum TimeValues {
  /// A day of the proleptic Gregorian calendar.
  struct Day: Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Days since 1970-01-01 (after Howard Hinnant's `days_from_civil`).
    var number: Int {
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yearOfEra = y - era * 400
      let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
      let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
      return era * 146_097 + dayOfEra - 719_468
    }

    init(year: Int, month: Int, day: Int) {
      self.year = year
      self.month = month
      self.day = day
    }

    init(number: Int) {
      let z = number + 719_468
      let era = (z >= 0 ? z : z - 146_096) / 146_097
      let dayOfEra = z - era * 146_097
      let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
      let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
      let shifted = (5 * dayOfYear + 2) / 153
      day = dayOfYear - (153 * shifted + 2) / 5 + 1
      month = shifted < 10 ? shifted + 3 : shifted - 9
      year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// 1 = Monday … 7 = Sunday.
    var weekday: Int { ((number % 7 + 7) % 7 + 3) % 7 + 1 }

    func adding(days: Int) -> Day { Day(number: number + days) }

    /// The ISO 8601 week: its year and number.
    var isoWeek: (year: Int, week: Int) {
      let thursday = adding(days: 4 - weekday)
      let firstDay = Day(year: thursday.year, month: 1, day: 1)
      return (thursday.year, (thursday.number - firstDay.number) / 7 + 1)
    }

    var iso: String { pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) }

    static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }
  }

  /// The units of time expressions, by their TIMEX3 letters.
  enum Unit: String {
    case second = "S", minute = "MIN", hour = "H", day = "D", weekend = "WE", week = "W", month = "M", quarter = "Q"
    case year = "Y", decade = "DE", century = "CE"

    /// The letter a duration uses (`PT2H`, `P3W`, `P2DE`).
    var durationLetter: String {
      switch self {
      case .minute: "M"
      case .second: "S"
      case .weekend: "WE"
      default: rawValue
      }
    }

    var isClockUnit: Bool { self == .second || self == .minute || self == .hour }
  }

  /// A duration value: `P24Y`, `PT2H`, `PXDE` for an unknown number.
  static func duration(_ count: Int?, _ unit: Unit) -> String {
    (unit.isClockUnit ? "PT" : "P") + (count.map(String.init) ?? "X") + unit.durationLetter
  }

  /// A duration and a half: `P2Y6M`, `PT5H30M`, `PT1M30S`, `P1DT12H`; `P1.5W` where the half
  /// has no whole smaller unit.
  static func durationAndAHalf(_ count: Int, _ unit: Unit) -> String {
    switch unit {
    case .year: "P\(count)Y6M"
    case .day: "P\(count)DT12H"
    case .hour: "PT\(count)H30M"
    case .minute: "PT\(count)M30S"
    default: (unit.isClockUnit ? "PT" : "P") + "\(count).5" + unit.durationLetter
    }
  }

  /// The value of the unit-long period `offset` units from `day`: `2024-W26` for next week.
  static func period(_ unit: Unit, offset: Int, from day: Day) -> String {
    switch unit {
    case .second, .minute, .hour, .day:
      return day.adding(days: offset).iso
    case .week, .weekend:
      let week = day.adding(days: 7 * offset).isoWeek
      return pad(week.year, 4) + "-W" + pad(week.week, 2) + (unit == .weekend ? "-WE" : "")
    case .month:
      let index = day.year * 12 + day.month - 1 + offset
      return pad(index / 12, 4) + "-" + pad(index % 12 + 1, 2)
    case .quarter:
      let index = day.year * 4 + (day.month - 1) / 3 + offset
      return pad(index / 4, 4) + "-Q" + String(index % 4 + 1)
    case .year:
      return pad(day.year + offset, 4)
    case .decade:
      return pad(day.year / 10 + offset, 3)
    case .century:
      return pad(day.year / 100 + offset, 2)
    }
  }

  /// The same value with the document date unknown: `XXXX-XX-XX`, `XXXX-WXX`, `XXXX`.
  static func unknownPeriod(_ unit: Unit) -> String {
    switch unit {
    case .second, .minute, .hour, .day: "XXXX-XX-XX"
    case .week: "XXXX-WXX"
    case .weekend: "XXXX-WXX-WE"
    case .month: "XXXX-XX"
    case .quarter: "XXXX-QX"
    case .year: "XXXX"
    case .decade: "XXX"
    case .century: "XX"
    }
  }

  /// The weekday `target` (1 = Monday) nearest `day`: on or before it for the past, on or after
  /// it for the future.
  static func weekday(_ target: Int, near day: Day, future: Bool) -> Day {
    future ? day.adding(days: (target - day.weekday + 7) % 7) : day.adding(days: -((day.weekday - target + 7) % 7))
  }

  /// The year of a month mentioned without one: the last such month for the past (this one
  /// included), the next for the future.
  static func year(ofMonth month: Int, near reference: Day, future: Bool) -> Int {
    if future { return month < reference.month ? reference.year + 1 : reference.year }
    return month > reference.month ? reference.year - 1 : reference.year
  }

  /// The year of a month (and day) mentioned without one in a sentence whose tense points one
  /// way: the occurrence on that side of the document date, unless the occurrence on the other
  /// side lies within `closeDays` of it (`the offer was extended to Nov. 16`, written on
  /// October 30, is the coming November 16, not last year's).
  static func year(ofMonth month: Int, day: Int?, near reference: Day, future: Bool, closeDays: Int) -> Int {
    let directed = year(ofMonth: month, near: reference, future: future)
    let nearest = year(ofMonth: month, day: day, nearest: reference)
    guard nearest != directed else { return directed }
    let days = CalendarDate.daysIn(month: month, year: nearest)
    let distance = abs(Day(year: nearest, month: month, day: min(day ?? 15, days)).number - reference.number)
    return distance <= closeDays ? nearest : directed
  }

  /// The year of a month (and day) mentioned without one in the present tense: the occurrence
  /// nearest the document date.
  static func year(ofMonth month: Int, day: Int?, nearest reference: Day) -> Int {
    let candidates = [reference.year - 1, reference.year, reference.year + 1]
    func distance(_ year: Int) -> Int {
      let days = CalendarDate.daysIn(month: month, year: year)
      return abs(Day(year: year, month: month, day: min(day ?? 15, days)).number - reference.number)
    }
    return candidates.min { distance($0) < distance($1) } ?? reference.year
  }

  /// The year of the latest quarter `quarter` that began on or before `day`.
  static func year(ofQuarter quarter: Int, before day: Day) -> Int {
    (quarter - 1) * 3 + 1 <= day.month ? day.year : day.year - 1
  }

  /// The first month of a TIMEX3 season (`SP` 3, `SU` 6, `FA` 9, `WI` 12).
  static func firstMonth(ofSeason season: String) -> Int? {
    ["SP": 3, "SU": 6, "FA": 9, "WI": 12][season]
  }

  /// A year read from its number words: `nineteen ninety-seven` (19, 97), `nineteen hundred`
  /// (19, 100), `two thousand one` (2, 1000, 1); nil for any other run of numbers.
  static func spelledYear(_ numbers: [Int]) -> Int? {
    switch numbers.count {
    case 2 where (11...20).contains(numbers[0]) && (10...99).contains(numbers[1]): return numbers[0] * 100 + numbers[1]
    case 2 where (11...20).contains(numbers[0]) && numbers[1] == 100: return numbers[0] * 100
    case 2 where numbers[0] == 2 && numbers[1] == 1000: return 2000
    case 3 where numbers[0] == 2 && numbers[1] == 1000 && (1...99).contains(numbers[2]): return 2000 + numbers[2]
    default: return nil
    }
  }

  /// The year and quarter of a value like `1989-Q3`.
  static func quarter(_ value: String) -> (year: Int, quarter: Int)? {
    let parts = value.split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].hasPrefix("Q"),
      let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
    else { return nil }
    return (year, quarter)
  }

  /// The first day a DATE or TIME value covers, for ordering (`2024-06` → 2024-06-01).
  static func calendarStart(of value: String) -> CalendarDate? {
    let datePart = value.prefix { $0 != "T" }
    let parts = datePart.split(separator: "-")
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    if parts.count >= 2, parts[1].count == 2, let month = Int(parts[1]) {
      if parts.count >= 3, let day = Int(parts[2]) { return CalendarDate(year: year, month: month, day: day) }
      return CalendarDate(year: year, month: month)
    }
    if parts.count >= 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
      let january4 = Day(year: year, month: 1, day: 4)
      let monday = january4.adding(days: 1 - january4.weekday + 7 * (week - 1))
      return CalendarDate(year: monday.year, month: monday.month, day: monday.day)
    }
    if parts.count >= 2, parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()) {
      return CalendarDate(year: year, month: (quarter - 1) * 3 + 1)
    }
    return CalendarDate(year: year)
  }

  static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(abs(number))
    return (number < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
