/// The name of one feature a ranking model weighs (`o=cue>subject|k=name`), built by string
/// interpolation straight into an inline buffer of UTF-8 bytes: a candidate's dozens of
/// features cost no allocation each, and the name hashes to what `FeatureHash.of` gives its
/// text. A name longer than the buffer keeps its text in a `String`.
public struct FeatureName: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The inline bytes; most names are 10–40 bytes long.
  private typealias Buffer = InlineArray<56, UInt8>
  /// The bytes a name holds inline.
  static let capacity = Buffer.count
  private var inline = Buffer(repeating: 0)
  private var count = 0
  /// The whole text, once it no longer fits inline.
  private var spilled: String?
  /// The unfinished FNV-1a state of the bytes so far (`FeatureHash.state(of:)` of the text).
  private(set) var state = FeatureHash.basis

  public init(stringLiteral literal: StaticString) {
    append(literal)
  }

  public init(stringInterpolation: StringInterpolation) {
    self = stringInterpolation.name
  }

  /// A name of `text`.
  public init(_ text: String) {
    append(text)
  }

  /// The name's text.
  public var description: String {
    spilled ?? withBytes { String(decoding: $0, as: UTF8.self) }
  }

  public static func == (first: FeatureName, second: FeatureName) -> Bool {
    first.withBytes { one in second.withBytes { other in one.elementsEqual(other) } }
  }

  /// Calls `body` with the name's UTF-8 bytes.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if var spilled { return spilled.withUTF8(body) }
    return inline.span.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard spilled == nil, count + bytes.count <= Self.capacity else {
      state = FeatureHash.state(of: bytes, from: state)
      spill()
      spilled!.append(String(decoding: bytes, as: UTF8.self))
      return
    }
    // Copies the bytes and hashes them in one pass.
    var (hash, at) = (state, count)
    var span = inline.mutableSpan
    span.withUnsafeMutableBufferPointer { buffer in
      for byte in bytes {
        buffer[at] = byte
        at += 1
        hash = FeatureHash.step(hash, byte)
      }
    }
    (state, count) = (hash, at)
  }

  /// Moves the text into `spilled`, for a name that grows past the buffer.
  private mutating func spill() {
    if spilled == nil { spilled = description }
  }

  private mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  private mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  private mutating func append(_ text: Substring) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends `number` in decimal, as `"\(number)"` writes it.
  private mutating func append(_ number: Int) {
    var digits = InlineArray<20, UInt8>(repeating: 0)
    var magnitude = number.magnitude
    var used = 0
    repeat {
      digits[19 - used] = UInt8(truncatingIfNeeded: magnitude % 10) + UInt8(ascii: "0")
      magnitude /= 10
      used += 1
    } while magnitude > 0
    if number < 0 { append("-" as StaticString) }
    digits.span.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[(20 - used)...])) }
  }

  /// Builds a name from a string literal with interpolations, appending each piece's bytes.
  public struct StringInterpolation: StringInterpolationProtocol {
    var name = FeatureName()

    public init(literalCapacity: Int, interpolationCount: Int) {}

    public mutating func appendLiteral(_ literal: StaticString) {
      name.append(literal)
    }

    public mutating func appendInterpolation(_ text: String) {
      name.append(text)
    }

    public mutating func appendInterpolation(_ text: Substring) {
      name.append(text)
    }

    public mutating func appendInterpolation(_ number: Int) {
      name.append(number)
    }

    public mutating func appendInterpolation(_ flag: Bool) {
      name.append(flag ? "true" : "false" as StaticString)
    }

    /// Another name's text; a name that starts with one (`"\(origin)|k=name"`) starts as its
    /// copy, its bytes already hashed.
    public mutating func appendInterpolation(_ other: FeatureName) {
      if name.count == 0 && name.spilled == nil {
        name = other
      } else {
        other.withBytes { name.append($0) }
      }
    }

    /// Anything else as `String(describing:)` writes it, as a `String` interpolation would.
    public mutating func appendInterpolation<Value>(_ value: Value) {
      name.append(String(describing: value))
    }
  }

  private init() {}
}
