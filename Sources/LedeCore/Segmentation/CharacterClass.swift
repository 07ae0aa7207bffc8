/// Quick classification of Unicode scalars for the tokenizer, with an ASCII fast path.
enum CharacterClass {
  /// The word in lower case; ASCII words without going through Unicode tables.
  static func lowercased(_ word: String) -> String {
    guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return word.lowercased() }
    guard word.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
    return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }

  /// Whether `text`'s UTF-8 holds `byte`, read in place (a word at a time, the generic walk
  /// over a string's UTF-8 view costs far more than the search).
  static func contains(_ byte: UInt8, in text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? text.utf8.contains(byte)
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    let properties = scalar.properties
    return properties.isAlphabetic || isMark(properties.generalCategory) || value == 0x00AD
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x30 && value <= 0x39 }
    return scalar.properties.generalCategory == .decimalNumber
  }

  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace || value == 0x200B || value == 0xFEFF
  }

  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
  }

  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x61 && value <= 0x7A }
    return scalar.properties.isLowercase
  }

  static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
    category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
  }

  /// Hyphens that join the parts of a compound (`Kim-Il-Sung-Platz`).
  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
  }

  /// Marks that end a sentence: `.`, `!`, `?`, `…` and their runs.
  static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" || scalar == "\u{203C}"
      || scalar == "\u{2047}" || scalar == "\u{2048}" || scalar == "\u{2049}"
  }

  /// Quotation marks and brackets that may close a sentence after its final mark.
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{201C}", "\u{00BB}", "\u{00AB}", "\u{203A}", "\u{2039}",
      "\u{2018}":
      return true
    default:
      return false
    }
  }

  /// Quotation marks that only ever open a quote, or are ASCII/ambiguous marks.
  static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "'", "\u{201E}", "\u{201A}", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00BB}", "\u{00AB}",
      "\u{203A}", "\u{2039}", "`":
      return true
    default:
      return false
    }
  }

  static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" || scalar == "\u{2012}" || scalar == "\u{2015}"
  }

  /// Punctuation as Unicode classifies it (any `P*` category).
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      // ASCII punctuation except the symbols $ + < = > ^ ` | ~
      return (0x21...0x2F).contains(value) && value != 0x24 && value != 0x2B || (0x3A...0x40).contains(value)
        && value != 0x3C && value != 0x3D && value != 0x3E || (0x5B...0x5F).contains(value) && value != 0x5E
        || value == 0x7B || value == 0x7D
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
