import Foundation

/// A calendar date known to a year, a month or a day, such as an article's creation date.
///
/// `description` is the ISO 8601 form at the known precision: `2024`, `2024-06`, `2024-06-19`.
public struct CalendarDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  /// How much of the date is known.
  public enum Precision: String, Codable, Sendable, Comparable {
    case year, month, day
    public static func < (lhs: Precision, rhs: Precision) -> Bool {
      let order: [Precision] = [.year, .month, .day]
      return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
  }

  public let year: Int
  public let month: Int?
  public let day: Int?

  /// Returns nil unless the parts form a real date (month 1–12, a day that month has).
  public init?(year: Int, month: Int? = nil, day: Int? = nil) {
    guard (1...9999).contains(year) else { return nil }
    if let month, !(1...12).contains(month) { return nil }
    if let day {
      guard let month, (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
    }
    self.year = year
    self.month = month
    self.day = day
  }

  public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

  public var description: String {
    var result = String(format: "%04d", year)
    if let month { result += String(format: "-%02d", month) }
    if let day { result += String(format: "-%02d", day) }
    return result
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
  }

  /// Days in a month of the proleptic Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO date: \(text)")
    }
    self = date
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension CalendarDate {
  /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and ISO date-times (`2024-06-19T10:00:00Z`,
  /// whose time part is ignored).
  public init?(iso text: some StringProtocol) {
    let datePart = text.prefix { $0 != "T" && $0 != " " }
    let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      parts.dropFirst().allSatisfy({ $0.count == 2 })
    else { return nil }
    let numbers = parts.compactMap { Int($0) }
    self.init(
      year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
      day: numbers.count > 2 ? numbers[2] : nil)
  }
}
