/// How many terminal columns text takes: wide East Asian characters take two, combining marks
/// and zero-width characters none.
enum DisplayWidth {
  static func of(_ text: String) -> Int {
    // Printable ASCII, the common case, is one column a byte.
    var width = 0
    for byte in text.utf8 {
      guard byte < 0x80 else { return text.unicodeScalars.reduce(0) { $0 + of($1) } }
      if byte >= 0x20 && byte != 0x7F { width += 1 }
    }
    return width
  }

  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return value < 0x20 || (0x7F..<0xA0).contains(value) ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    return wide.contains { $0.contains(value) } ? 2 : 1
  }

  /// The blocks of East Asian wide and emoji characters, two columns each.
  private static let wide: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
    0x1F900...0x1F9FF, 0x20000...0x3FFFD,
  ]

  /// `text` cut to at most `width` columns, ending in `…` when cut.
  static func truncate(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 1 else { return width == 1 ? "…" : "" }
    var result = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let next = of(scalar)
      if used + next > width - 1 { break }
      result.append(scalar)
      used += next
    }
    return String(result) + "…"
  }

  /// `text` padded with spaces to `width` columns.
  static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - of(text)))
    return right ? padding + text : text + padding
  }

  /// `text` in lines of at most `width` columns, broken at spaces (a word longer than a line
  /// is cut where the line ends).
  static func wrap(_ text: String, to width: Int) -> [String] {
    guard width > 0, of(text) > width else { return [text] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
      var word = word
      while of(word) > width {
        if !line.isEmpty {
          lines.append(line)
          line = ""
        }
        var used = 0
        let head = word.unicodeScalars.prefix { scalar in
          used += of(scalar)
          return used <= width
        }
        lines.append(String(String.UnicodeScalarView(head)))
        word = String(String.UnicodeScalarView(word.unicodeScalars.dropFirst(max(1, head.count))))
      }
      if line.isEmpty {
        line = word
      } else if of(line) + 1 + of(word) <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
