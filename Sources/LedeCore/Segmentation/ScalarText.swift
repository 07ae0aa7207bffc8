/// Strings from runs of scalars, built by encoding UTF-8 straight into the string's storage
/// (the generic `String.UnicodeScalarView` route costs ten times as much, and the tokenizer
/// and sentence splitter ask for many short strings).
enum ScalarText {
  static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count * 4) { buffer in
      var length = 0
      for index in range {
        let value = scalars[index].value
        if value < 0x80 {
          buffer[length] = UInt8(value)
          length += 1
        } else if value < 0x800 {
          buffer[length] = UInt8(0xC0 | value >> 6)
          buffer[length + 1] = UInt8(0x80 | value & 0x3F)
          length += 2
        } else if value < 0x10000 {
          buffer[length] = UInt8(0xE0 | value >> 12)
          buffer[length + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[length + 2] = UInt8(0x80 | value & 0x3F)
          length += 3
        } else {
          buffer[length] = UInt8(0xF0 | value >> 18)
          buffer[length + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[length + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[length + 3] = UInt8(0x80 | value & 0x3F)
          length += 4
        }
      }
      return length
    }
  }
}
