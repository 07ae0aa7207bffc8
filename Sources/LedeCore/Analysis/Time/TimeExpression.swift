/// A time expression of an article, normalised the way TIMEX3 does: `am Mittwoch` →
/// DATE `2024-06-19`, `seit 24 Jahren` → DURATION `P24Y`, `jährlich` → SET `P1Y`.
public struct TimeExpression: Hashable, Sendable {
  /// The TIMEX3 types.
  public enum Kind: String, CaseIterable, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
  }

  /// The stretch of time a duration covers, as TIMEX3 values.
  public struct Reach: Hashable, Sendable, CustomStringConvertible {
    public var begin: String
    public var end: String
    /// `2000 – 2024-06`.
    public var description: String { "\(begin) – \(end)" }
  }

  /// The expression as written.
  public var text: String
  /// The TIMEX3 value: `2024-06-19`, `2024-06`, `2024-W25`, `P24Y`, `XXXX-06-19`, `PRESENT_REF`.
  public var value: String
  public var kind: Kind
  /// The TIMEX3 modifier, if any: `START` (`Anfang Juni`, `early June`), `MID`, `END`.
  public var modifier: String?
  /// Where the expression stands in the article text (Unicode scalar offsets).
  public var span: Span
  /// The sentence the expression belongs to.
  public var sentence: String
  /// Whether the value rests on a guess: a document date known only to the month, or none.
  public var approximate: Bool
  /// For a duration the text ties to the time of writing, where it begins and ends (TIMEX3
  /// `beginPoint`, `endPoint`): `seit 24 Jahren` in June 2024 → 2000 to 2024-06.
  public var reach: Reach?
  /// Why: the pattern that matched and how the value was computed.
  public var explanation: String

  /// The earliest day the value stands for, for ordering a timeline; nil for durations, sets
  /// and values that name no calendar time (`PRESENT_REF`, `XXXX-06`).
  public var calendarStart: CalendarDate? {
    if let reach { return TimeValues.calendarStart(of: reach.begin) }
    guard kind == .date || kind == .time else { return nil }
    return TimeValues.calendarStart(of: value)
  }
}

extension TimeExpression {
  /// Where a duration's reach ends, for drawing it; nil without a reach.
  public var calendarEnd: CalendarDate? { reach.flatMap { TimeValues.calendarStart(of: $0.end) } }
}

extension CalendarDate {
  /// Days since 1970-01-01 of the date's first day, for placing dates on an axis.
  public var dayNumber: Int { TimeValues.Day(year: year, month: month ?? 1, day: day ?? 1).number }

  /// The day of the week (1 = Monday … 7 = Sunday) of a date to the day; nil for a month or year.
  public var weekday: Int? { day == nil ? nil : TimeValues.Day(year: year, month: month ?? 1, day: day ?? 1).weekday }
}
