/// A JSON value as an article reader needs it: strings decoded, numbers kept as written,
/// object members in their order. Parsed straight from UTF-8 bytes (RFC 8259), without
/// Foundation's `Any` values, so that reading 200,000 one-line articles costs no dynamic casts.
public enum JSONValue: Sendable, Equatable {
  case string(String)
  /// A number as written (`42`, `-1.5e3`): `integer` and `double` read it.
  case number(String)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (left: JSONValue, right: JSONValue) -> Bool {
    switch (left, right) {
    case (.string(let a), .string(let b)), (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)): a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: false
    }
  }

  /// The value of member `key` of an object (the last, if it is there twice), else nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last { $0.key == key }?.value
  }

  /// The text of a string, else nil.
  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// A number written without fraction or exponent that fits an `Int`, else nil.
  public var integer: Int? {
    if case .number(let text) = self { return Int(text) }
    return nil
  }

  /// Any number, else nil.
  public var double: Double? {
    if case .number(let text) = self { return Double(text) }
    return nil
  }

  /// A JSON text's value. Throws `JSONValue.Failure` with the byte offset of the mistake.
  public static func parse(_ text: some StringProtocol) throws(Failure) -> JSONValue {
    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Failure> {
      var parser = JSONBytesParser(bytes: bytes)
      return Result { () throws(Failure) in try parser.document() }
    }
    // Native strings lend their bytes where they lie; any other is copied once.
    if let result = text.utf8.withContiguousStorageIfAvailable(parse) { return try result.get() }
    var copy = String(text)
    return try copy.withUTF8(parse).get()
  }

  /// Why a text is not JSON, and the byte at which that was found.
  public struct Failure: Error, Equatable {
    public let detail: String
    public let offset: Int

    /// The line (from 1) of the offending byte in `text`.
    public func line(in text: some StringProtocol) -> Int {
      text.utf8.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
  }
}

/// Parses the UTF-8 bytes of one JSON text by recursive descent, nested at most `depthLimit` deep.
private struct JSONBytesParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var at = 0
  var depth = 0

  /// Arrays and objects nested deeper are refused (recursion stays bounded).
  static let depthLimit = 512

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  mutating func document() throws(JSONValue.Failure) -> JSONValue {
    let value = try self.value()
    skipSpace()
    guard at == bytes.count else { throw fail("unexpected text after the value") }
    return value
  }

  /// The mistake at the current byte; at the end of the input, that the input ended.
  private func fail(_ detail: String) -> JSONValue.Failure {
    at < bytes.count ? JSONValue.Failure(detail: detail, offset: at) : endOfInput()
  }

  private func endOfInput() -> JSONValue.Failure {
    JSONValue.Failure(detail: "unexpected end of input", offset: at)
  }

  private mutating func skipSpace() {
    while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
  }

  private mutating func value() throws(JSONValue.Failure) -> JSONValue {
    skipSpace()
    guard at < bytes.count else { throw fail("invalid value") }
    switch bytes[at] {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"): return try nested { parser throws(JSONValue.Failure) in try parser.object() }
    case UInt8(ascii: "["): return try nested { parser throws(JSONValue.Failure) in try parser.array() }
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
    default: throw fail("invalid value")
    }
  }

  private mutating func nested(_ parse: (inout JSONBytesParser) throws(JSONValue.Failure) -> JSONValue) throws(JSONValue.Failure) -> JSONValue {
    guard depth < Self.depthLimit else { throw fail("nested more than \(Self.depthLimit) deep") }
    depth += 1
    defer { depth -= 1 }
    return try parse(&self)
  }

  private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONValue.Failure) -> JSONValue {
    let length = word.utf8CodeUnitCount
    guard at + length <= bytes.count, (0..<length).allSatisfy({ bytes[at + $0] == word.utf8Start[$0] }) else { throw fail("invalid value") }
    at += length
    return value
  }

  private mutating func object() throws(JSONValue.Failure) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = []
    try elements(closing: UInt8(ascii: "}")) { parser throws(JSONValue.Failure) in
      parser.skipSpace()
      guard parser.at < parser.bytes.count, parser.bytes[parser.at] == UInt8(ascii: "\"") else {
        throw parser.fail("expected a key in quotation marks")
      }
      let key = try parser.string()
      parser.skipSpace()
      guard parser.at < parser.bytes.count, parser.bytes[parser.at] == UInt8(ascii: ":") else { throw parser.fail("expected ':' after a key") }
      parser.at += 1
      members.append((key, try parser.value()))
    }
    return .object(members)
  }

  private mutating func array() throws(JSONValue.Failure) -> JSONValue {
    var values: [JSONValue] = []
    try elements(closing: UInt8(ascii: "]")) { parser throws(JSONValue.Failure) in values.append(try parser.value()) }
    return .array(values)
  }

  /// Reads from an opening bracket to its `closing` one: `element` reads each element (an
  /// array's value, an object's member), commas between them.
  private mutating func elements(
    closing: UInt8, _ element: (inout JSONBytesParser) throws(JSONValue.Failure) -> Void
  ) throws(JSONValue.Failure) {
    at += 1
    skipSpace()
    if at < bytes.count, bytes[at] == closing {
      at += 1
      return
    }
    while true {
      try element(&self)
      skipSpace()
      guard at < bytes.count else { throw endOfInput() }
      if bytes[at] == closing {
        at += 1
        return
      }
      guard bytes[at] == UInt8(ascii: ",") else { throw fail("expected ',' or '\(Character(Unicode.Scalar(closing)))'") }
      at += 1
    }
  }

  private mutating func number() throws(JSONValue.Failure) -> JSONValue {
    let start = at
    func digits() -> Int {
      let first = at
      while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") { at += 1 }
      return at - first
    }
    if bytes[at] == UInt8(ascii: "-") { at += 1 }
    let leadingZero = at < bytes.count && bytes[at] == UInt8(ascii: "0")
    let whole = digits()
    guard whole > 0, !(leadingZero && whole > 1) else { throw fail("invalid number") }
    if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
      at += 1
      guard digits() > 0 else { throw fail("invalid number") }
    }
    if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
      at += 1
      if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
      guard digits() > 0 else { throw fail("invalid number") }
    }
    return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self))
  }

  /// A string from its opening quotation mark; one without escapes is one copy of its bytes.
  private mutating func string() throws(JSONValue.Failure) -> String {
    at += 1
    let start = at
    while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
      guard bytes[at] >= 0x20 else { throw fail("unescaped control character in a string") }
      at += 1
    }
    guard at < bytes.count else { throw endOfInput() }
    var text = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<at]))
    while bytes[at] != UInt8(ascii: "\"") {
      if bytes[at] == UInt8(ascii: "\\") {
        try escape(into: &text)
      } else {
        guard bytes[at] >= 0x20 else { throw fail("unescaped control character in a string") }
        text.append(bytes[at])
        at += 1
      }
      guard at < bytes.count else { throw endOfInput() }
    }
    at += 1
    return String(decoding: text, as: UTF8.self)
  }

  private mutating func escape(into text: inout [UInt8]) throws(JSONValue.Failure) {
    at += 1
    guard at < bytes.count else { throw endOfInput() }
    let simple: UInt8? =
      switch bytes[at] {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes[at]
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      text.append(simple)
      at += 1
      return
    }
    guard bytes[at] == UInt8(ascii: "u") else { throw fail("invalid escape") }
    at += 1
    var scalar = try hexQuad()
    if (0xD800..<0xDC00).contains(scalar), at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
      let resume = at
      at += 2
      let low = try hexQuad()
      if (0xDC00..<0xE000).contains(low) {
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else {
        at = resume
      }
    }
    // A lone surrogate is no character: it reads as U+FFFD.
    UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { text.append($0) }
  }

  private mutating func hexQuad() throws(JSONValue.Failure) -> UInt32 {
    guard at + 4 <= bytes.count else { throw fail("invalid escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[at]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw fail("invalid escape")
      }
      value = value << 4 | UInt32(digit)
      at += 1
    }
    return value
  }
}
