import Foundation

/// A JSON-shaped value: what every command result is made of, so that one result renders
/// in every output format. Objects keep their keys in order.
public enum Value: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([Value])
  case object([Field])

  /// One key of an object.
  public struct Field: Equatable, Sendable {
    public let key: String
    public let value: Value
    public init(_ key: String, _ value: Value) {
      self.key = key
      self.value = value
    }
  }

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }

  /// `.string` or `.null`.
  public init(_ text: String?) { self = text.map(Value.string) ?? .null }
  public init(_ number: Int?) { self = number.map(Value.int) ?? .null }
  public init(_ strings: [String]) { self = .array(strings.map(Value.string)) }

  /// The value of `key` in an object.
  public subscript(key: String) -> Value? {
    guard case .object(let fields) = self else { return nil }
    return fields.first { $0.key == key }?.value
  }

  /// How the value reads in a table cell or a CSV field: arrays joined by commas, null empty.
  public var plainText: String {
    switch self {
    case .null: return ""
    case .bool(let value): return value ? "yes" : "no"
    case .int(let value): return String(value)
    case .double(let value): return Value.format(value)
    case .string(let value): return value
    case .array(let values): return values.map(\.plainText).joined(separator: ", ")
    case .object(let fields): return fields.map { "\($0.key)=\($0.value.plainText)" }.joined(separator: " ")
    }
  }

  /// A number rounded to two decimals, enough for a table of scores or shares.
  static func decimal(_ value: Double) -> Value { .double((value * 100).rounded() / 100) }

  static func format(_ value: Double) -> String {
    if value.isNaN || value.isInfinite { return "null" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    var text = String(format: "%.4f", value)
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
