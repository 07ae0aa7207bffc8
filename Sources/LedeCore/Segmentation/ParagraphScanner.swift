/// Finds paragraphs: runs of non-blank lines. A run whose lines are wrapped at a fixed width
/// (hard-wrapped text) is one paragraph; otherwise every line is a paragraph of its own, as in
/// texts that put one paragraph on each line.
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

  /// The paragraphs of `text`, trimmed of surrounding white space.
  static func paragraphs(in text: String) -> [Stretch] {
    var paragraphs: [Stretch] = []
    var block: [Stretch] = []
    var scalarOffset = 0
    var utf8Offset = 0
    var line: Stretch?  // the current line's first and last non-blank scalar so far

    func finishLine() {
      if let line { block.append(line) } else { finishBlock() }
      line = nil
    }
    func finishBlock() {
      guard !block.isEmpty else { return }
      if isHardWrapped(block) {
        paragraphs.append(Stretch(start: block[0].start, end: block[block.count - 1].end,
          utf8Start: block[0].utf8Start, utf8End: block[block.count - 1].utf8End))
      } else {
        paragraphs.append(contentsOf: block)
      }
      block.removeAll(keepingCapacity: true)
    }

    for scalar in text.unicodeScalars {
      let width = UTF8.width(scalar)
      if scalar == "\n" {
        finishLine()
      } else if !CharacterClass.isWhitespace(scalar) {
        if line == nil {
          line = Stretch(start: scalarOffset, end: scalarOffset + 1, utf8Start: utf8Offset, utf8End: utf8Offset + width)
        } else {
          line!.end = scalarOffset + 1
          line!.utf8End = utf8Offset + width
        }
      }
      scalarOffset += 1
      utf8Offset += width
    }
    finishLine()
    finishBlock()
    return paragraphs
  }

  /// Two or more lines, all but the last of the width of wrapped text (40–100 scalars) and
  /// within 30 scalars of each other.
  private static func isHardWrapped(_ lines: [Stretch]) -> Bool {
    guard lines.count >= 2 else { return false }
    let wrapped = lines.dropLast()
    let lengths = wrapped.map { $0.end - $0.start }
    guard lengths.allSatisfy(wrapWidths.contains), let longest = lengths.max(), let shortest = lengths.min(),
      longest - shortest <= 30
    else { return false }
    return true
  }
}
