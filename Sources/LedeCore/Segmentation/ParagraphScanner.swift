/// Finds paragraphs: runs of non-blank lines. A run whose lines are wrapped at a fixed width
/// (hard-wrapped text) is one paragraph; otherwise every line is a paragraph of its own, as in
/// texts that put one paragraph on each line.
///
/// It reads the UTF-8 bytes once, and builds the scalar-offset index on the way.
struct ParagraphScanner {
  /// A stretch of text in both units: Unicode scalars (for offsets) and UTF-8 (for slicing).
  struct Stretch {
    var start: Int
    var end: Int
    var utf8Start: Int
    var utf8End: Int

    var span: Span { Span(start: start, end: end) }
  }

  /// Lines shorter than this never count as wrapped at a fixed width.
  static let wrapWidths = 40...100

  /// The paragraphs of `text`, trimmed of surrounding white space, and its offset index.
  static func scan(_ text: String) -> (paragraphs: [Stretch], offsets: ScalarOffsetIndex) {
    var text = text
    return text.withUTF8 { scan($0) }
  }

  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (paragraphs: [Stretch], offsets: ScalarOffsetIndex) {
    var paragraphs: [Stretch] = []
    var block: [Stretch] = []
    var checkpoints: [UInt32] = []
    checkpoints.reserveCapacity(bytes.count / ScalarOffsetIndex.stride + 1)
    var ascii = true
    var scalarOffset = 0
    var line: Stretch?  // the current line's first and last non-blank scalar so far

    func finishBlock() {
      guard !block.isEmpty else { return }
      if isHardWrapped(block) {
        paragraphs.append(
          Stretch(
            start: block[0].start, end: block[block.count - 1].end, utf8Start: block[0].utf8Start,
            utf8End: block[block.count - 1].utf8End))
      } else {
        paragraphs.append(contentsOf: block)
      }
      block.removeAll(keepingCapacity: true)
    }

    var position = 0
    let count = bytes.count
    while position < count {
      if scalarOffset & (ScalarOffsetIndex.stride - 1) == 0 { checkpoints.append(UInt32(position)) }
      let byte = bytes[position]
      var width = 1
      var blank: Bool
      if byte < 0x80 {
        if byte == 0x0A {
          if let current = line { block.append(current) } else { finishBlock() }
          line = nil
          scalarOffset += 1
          position += 1
          continue
        }
        blank = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
      } else {
        ascii = false
        let scalar = UTF8Decoding.scalar(bytes, at: position)
        width = scalar.width
        blank = CharacterClass.isWhitespace(scalar.value)
      }
      if !blank {
        if line == nil {
          line = Stretch(start: scalarOffset, end: scalarOffset + 1, utf8Start: position, utf8End: position + width)
        } else {
          line!.end = scalarOffset + 1
          line!.utf8End = position + width
        }
      }
      scalarOffset += 1
      position += width
    }
    if let current = line { block.append(current) }
    finishBlock()
    let offsets = ScalarOffsetIndex(scalarCount: scalarOffset, checkpoints: ascii ? nil : checkpoints)
    return (paragraphs, offsets)
  }

  /// Two or more lines, all but the last of the width of wrapped text (40–100 scalars) and
  /// within 30 scalars of each other.
  private static func isHardWrapped(_ lines: [Stretch]) -> Bool {
    guard lines.count >= 2 else { return false }
    let lengths = lines.dropLast().map { $0.end - $0.start }
    guard lengths.allSatisfy(wrapWidths.contains), let longest = lengths.max(), let shortest = lengths.min() else {
      return false
    }
    return longest - shortest <= 30
  }
}

/// Decoding of valid UTF-8 (Swift strings always are) without the overhead of string views.
enum UTF8Decoding {
  /// The scalar starting at `position` and its length in bytes.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (value: Unicode.Scalar, width: Int) {
    let lead = UInt32(bytes[position])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    if lead < 0xE0 {
      let value = (lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
    }
    if lead < 0xF0 {
      let value = (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
      return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
    }
    let value = (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
      | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
    return (Unicode.Scalar(value) ?? "\u{FFFD}", 4)
  }

  /// Appends the scalars of `bytes[range]` to `scalars`.
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into scalars: inout [Unicode.Scalar]) {
    // A scalar per byte at most: room for all of them at once, not grown as they come.
    scalars.reserveCapacity(scalars.count + range.count)
    var position = range.lowerBound
    while position < range.upperBound {
      let byte = bytes[position]
      if byte < 0x80 {
        scalars.append(Unicode.Scalar(byte))
        position += 1
      } else {
        let decoded = scalar(bytes, at: position)
        scalars.append(decoded.value)
        position += decoded.width
      }
    }
  }
}
