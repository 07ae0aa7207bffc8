/// Small helpers of the writers that build large outputs (tables, JSON, CSV) out of text.
extension [UInt8] {
  /// Appends the UTF-8 of `text` in one copy (a `String.UTF8View` is appended a byte at a time).
  mutating func appendUTF8(_ text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }
}

extension Unicode.Scalar {
  /// Whether the scalar breaks a line: what `Character.isNewline` stands for (LF, VT, FF, CR,
  /// NEL, the line and paragraph separators), asked of scalars to spare grapheme breaking.
  var isLineBreak: Bool {
    (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
  }
}
