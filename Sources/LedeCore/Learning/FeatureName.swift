/// The name of one feature a ranking model weighs (`o=cue>subject|k=name`), built by string
/// interpolation without allocating: it keeps the FNV-1a state of its text, from which its
/// hash comes (`FeatureHash.of` gives the same for the text as a `String`, unless a piece
/// was itself a name too long to show), and the text's first bytes inline for explanations
/// (none when built inside `FeatureText.withoutText`). A plain value, copied as bytes.
public struct FeatureName: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
  /// The bytes of the text a name shows; most names are 10–40 bytes long.
  private typealias Buffer = InlineArray<56, UInt8>
  /// How many bytes of its text a name shows; a longer one ends in `…`.
  static let shownBytes = Buffer.count
  private var shown = Buffer(repeating: 0)
  private var count: UInt8 = 0
  private var isCut = false
  /// Whether the name keeps its text (`FeatureText.isKept` when it was begun).
  private var keepsText = true
  /// The unfinished FNV-1a state of the whole text (`FeatureHash.state(of:)`).
  private(set) var state = FeatureHash.basis

  public init(stringLiteral literal: StaticString) {
    keepsText = FeatureText.isKept
    append(literal)
  }

  public init(stringInterpolation: StringInterpolation) {
    self = stringInterpolation.name
  }

  /// A name without text whose hash state is `state` (that of a name built without text).
  init(state: UInt64) {
    keepsText = false
    self.state = state
  }

  /// A name of `text`.
  public init(_ text: String) {
    keepsText = FeatureText.isKept
    append(text)
  }

  /// The name's text, cut after `shownBytes` bytes with `…` (empty for a name without text).
  public var description: String {
    let text = shown.span.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<Int(count)]), as: UTF8.self) }
    return isCut ? text + "…" : text
  }

  /// Names are equal when their texts are (by their hash states: 64 bits of FNV-1a).
  public static func == (first: FeatureName, second: FeatureName) -> Bool {
    first.state == second.state
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    var hash = state
    for byte in bytes { hash = FeatureHash.step(hash, byte) }
    state = hash
    if keepsText { show(bytes) }
  }

  /// Keeps as many of `bytes` as there is room for, cut before a character's continuation bytes.
  private mutating func show(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard keepsText, !isCut else { return }
    var room = Self.shownBytes - Int(count)
    if bytes.count > room {
      while room > 0 && bytes[room] & 0xC0 == 0x80 { room -= 1 }
      isCut = true
    }
    let copied = min(room, bytes.count)
    guard copied > 0, let source = bytes.baseAddress else { return }
    let start = Int(count)
    var span = shown.mutableSpan
    span.withUnsafeMutableBufferPointer { $0.baseAddress!.advanced(by: start).update(from: source, count: copied) }
    count += UInt8(copied)
  }

  /// Appends another name. One too long to show whole goes on with its hash state's bytes: the
  /// same wherever it is built, though not the joined text's hash (its text is not kept).
  private mutating func append(_ other: FeatureName) {
    // A name without text can only begin another (`"\(origin)|k=name"` starts as its copy).
    assert(other.keepsText || other.isCut, "a name without text appended inside another")
    other.shown.span.withUnsafeBufferPointer { shown in
      let text = UnsafeBufferPointer(rebasing: shown[..<Int(other.count)])
      guard other.isCut else { return append(text) }
      state = withUnsafeBytes(of: other.state.littleEndian) { $0.reduce(state, FeatureHash.step) }
      show(text)
      isCut = true
    }
  }

  private mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { append($0) }
  }

  /// A text's bytes are read in place where it has them contiguously (a native string), which
  /// copies nothing and keeps no reference; others are copied first.
  private mutating func append(_ text: String) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
    var text = text
    text.withUTF8 { append($0) }
  }

  private mutating func append(_ text: Substring) {
    if text.utf8.withContiguousStorageIfAvailable({ append($0) }) != nil { return }
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

    public init(literalCapacity: Int, interpolationCount: Int) {
      name.keepsText = FeatureText.isKept
    }

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
      if name.count == 0 && name.state == FeatureHash.basis {
        name = other
      } else {
        name.append(other)
      }
    }

    /// Anything else as `String(describing:)` writes it, as a `String` interpolation would.
    public mutating func appendInterpolation<Value>(_ value: Value) {
      name.append(String(describing: value))
    }
  }

  private init() {}
}
