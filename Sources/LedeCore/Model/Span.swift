/// A half-open range of Unicode scalar offsets into `Article.text`.
///
/// Offsets count Unicode scalars (code points), so they equal Python `str` indices, which is
/// the unit of lede's JSON contract and of the shared evaluation data.
public struct Span: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "a span ends before it starts")
    self.start = start
    self.end = end
  }

  /// The number of scalars in the span.
  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
  public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
  public func overlaps(_ other: Span) -> Bool { other.start < end && start < other.end }
  /// How long the stretch is that this span and `other` share (0 when they do not meet).
  public func overlap(with other: Span) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "@\(start)-\(end)" }
}
