#if canImport(Glibc)
  import Glibc
#endif

/// The character encodings lede reads.
public enum TextEncoding: String, Sendable, Codable {
  case utf8 = "UTF-8"
  case utf8WithBOM = "UTF-8 (BOM)"
  case utf16LittleEndian = "UTF-16LE"
  case utf16BigEndian = "UTF-16BE"
  case windows1252 = "Windows-1252"
}

/// Text decoded from a file's bytes, with line ends normalised to `\n`.
public struct DecodedText: Sendable {
  public let text: String
  public let encoding: TextEncoding
  /// Set when the bytes were not what they claimed to be and lede had to guess.
  public let warning: String?
}

/// Turns bytes into text: UTF-8 with or without a byte order mark, UTF-16 with one, and
/// otherwise Windows-1252 (which also reads Latin-1). CRLF and lone CR become LF.
public enum TextDecoding {
  /// Decodes `bytes`; throws `.binaryContent` for data that is not text and `.emptyFile` for
  /// files without a single visible character.
  public static func decode(_ bytes: [UInt8]) throws -> DecodedText {
    guard !bytes.isEmpty else { throw LedeError.emptyFile }
    let decoded: DecodedText
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      decoded = utf8(bytes[3...], encoding: .utf8WithBOM)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      decoded = utf16(bytes.dropFirst(2), bigEndian: false)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      decoded = utf16(bytes.dropFirst(2), bigEndian: true)
    } else {
      if looksBinary(bytes) { throw LedeError.binaryContent }
      decoded = utf8(bytes[...], encoding: .utf8)
    }
    guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw LedeError.emptyFile
    }
    if containsNUL(decoded.text) { throw LedeError.binaryContent }
    return decoded
  }

  private static func containsNUL(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
  }

  /// Binary data has NUL bytes or many control characters near its start.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(65_536)
    var control = 0
    for byte in sample {
      if byte == 0 { return true }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
        control += 1
      }
    }
    return control * 20 > sample.count
  }

  private static func utf8(_ bytes: ArraySlice<UInt8>, encoding: TextEncoding) -> DecodedText {
    let normalized = normalizeLineEnds(bytes)
    if let text = String(validating: normalized, as: UTF8.self) {
      return DecodedText(text: text, encoding: encoding, warning: nil)
    }
    if encoding == .utf8WithBOM {
      return DecodedText(
        text: String(decoding: normalized, as: UTF8.self), encoding: encoding,
        warning: "invalid UTF-8 after a UTF-8 byte order mark; bad bytes replaced by U+FFFD")
    }
    return DecodedText(
      text: windows1252(normalized), encoding: .windows1252,
      warning: "not valid UTF-8; read as Windows-1252")
  }

  private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> DecodedText {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    let raw = String(decoding: units, as: UTF16.self)
    let text = String(decoding: normalizeLineEnds(Array(raw.utf8)[...]), as: UTF8.self)
    let damaged = bytes.count % 2 == 1 || text.unicodeScalars.contains("\u{FFFD}")
    return DecodedText(
      text: text, encoding: bigEndian ? .utf16BigEndian : .utf16LittleEndian,
      warning: damaged ? "damaged UTF-16; bad units replaced by U+FFFD" : nil)
  }

  /// Replaces CRLF and lone CR by LF; returns the bytes unchanged when there is no CR.
  static func normalizeLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    let hasCR = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false
    }
    guard hasCR else { return Array(bytes) }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var previousWasCR = false
    for byte in bytes {
      if byte == 0x0D {
        result.append(0x0A)
        previousWasCR = true
      } else {
        if !(byte == 0x0A && previousWasCR) { result.append(byte) }
        previousWasCR = false
      }
    }
    return result
  }

  /// Windows-1252 to text; its 0x80–0x9F block differs from Latin-1, the rest is the same.
  static func windows1252(_ bytes: [UInt8]) -> String {
    let high: [UInt32] = [
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
      0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
    return String(scalars)
  }
}
