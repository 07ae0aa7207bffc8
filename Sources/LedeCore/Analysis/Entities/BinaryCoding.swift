/// Writes little-endian integers and short strings into a byte array (for model files).
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func append<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A string as its UTF-8 length (16 bits) and bytes.
  mutating func append(_ text: String) {
    let utf8 = Array(text.utf8.prefix(Int(UInt16.max)))
    append(UInt16(utf8.count))
    bytes += utf8
  }
}

/// Reads what `ByteWriter` wrote; every read past the end throws.
struct ByteReader {
  let bytes: [UInt8]
  var offset = 0

  var isAtEnd: Bool { offset == bytes.count }

  mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
    guard count >= 0, offset + count <= bytes.count else { throw LedeError.invalidModel("the file ends early") }
    defer { offset += count }
    return bytes[offset..<(offset + count)]
  }

  mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
    let size = MemoryLayout<T>.size
    guard offset + size <= bytes.count else { throw LedeError.invalidModel("the file ends early") }
    let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    offset += size
    return T(littleEndian: value)
  }

  /// `count` integers one after another, read in place (nothing is copied).
  mutating func integers<T: FixedWidthInteger>(_ type: T.Type, count: Int) throws -> StoredIntegers<T> {
    let size = MemoryLayout<T>.size
    guard count >= 0, offset + count * size <= bytes.count else { throw LedeError.invalidModel("the file ends early") }
    defer { offset += count * size }
    return StoredIntegers(bytes: bytes, offset: offset, count: count)
  }

  mutating func string() throws -> String {
    let length = Int(try integer(UInt16.self))
    return String(decoding: try take(length), as: UTF8.self)
  }
}

/// Little-endian integers one after another inside a byte array (a model file's keys or
/// weights), read where they are: a stored model is used without copying it.
struct StoredIntegers<Element: FixedWidthInteger>: RandomAccessCollection, Sendable {
  let bytes: [UInt8]
  let offset: Int
  let count: Int

  init(bytes: [UInt8] = [], offset: Int = 0, count: Int = 0) {
    self.bytes = bytes
    self.offset = offset
    self.count = count
  }

  var startIndex: Int { 0 }
  var endIndex: Int { count }

  subscript(position: Int) -> Element {
    precondition(position >= 0 && position < count, "index out of range")
    return bytes.withUnsafeBytes { Self.load($0, offset: offset, position) }
  }

  /// The integer at `position` of those stored from `offset` in `raw`, for loops that hold the
  /// bytes' pointer themselves.
  @inline(__always)
  static func load(_ raw: UnsafeRawBufferPointer, offset: Int, _ position: Int) -> Element {
    // Wrapping arithmetic: a stored table's offsets are far below `Int.max`.
    Element(littleEndian: raw.loadUnaligned(fromByteOffset: offset &+ position &* MemoryLayout<Element>.size, as: Element.self))
  }
}
