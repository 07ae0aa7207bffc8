/// Splits a paragraph into tokens: words (with inner hyphens, apostrophes and the periods of
/// `U.S.`/`z.B.`), abbreviations with their period (from the language's list), numbers (with
/// inner `.`, `,`, `:`, `/`), web addresses, and punctuation (a run of the same mark is one token).
struct Tokenizer {
  /// A token as offsets relative to the paragraph's scalars.
  struct RawToken {
    var start: Int
    var end: Int
    var kind: Token.Kind
  }

  let abbreviations: [String: LanguageData.AbbreviationUse]
  /// Words longer than the longest abbreviation are never looked up.
  private let longestAbbreviation: Int

  init(abbreviations: [String: LanguageData.AbbreviationUse], longest: Int) {
    self.abbreviations = abbreviations
    longestAbbreviation = longest
  }

  func tokenize(_ scalars: [Unicode.Scalar]) -> [RawToken] {
    var tokens: [RawToken] = []
    tokens.reserveCapacity(scalars.count / 5)
    var position = 0
    let count = scalars.count
    while position < count {
      let scalar = scalars[position]
      if CharacterClass.isWhitespace(scalar) {
        position += 1
      } else if let end = webAddressEnd(scalars, from: position) {
        tokens.append(RawToken(start: position, end: end, kind: .symbol))
        position = end
      } else if CharacterClass.isLetter(scalar) || CharacterClass.isDigit(scalar) {
        let token = word(scalars, from: position)
        tokens.append(token)
        position = token.end
      } else if CharacterClass.isPunctuation(scalar) {
        var end = position + 1
        if scalar == "." || scalar == "!" || scalar == "?" || CharacterClass.isDash(scalar) {
          while end < count && (scalars[end] == scalar || (scalar != "." && (scalars[end] == "!" || scalars[end] == "?"))) {
            end += 1
          }
        }
        tokens.append(RawToken(start: position, end: end, kind: .punctuation))
        position = end
      } else {
        tokens.append(RawToken(start: position, end: position + 1, kind: .symbol))
        position += 1
      }
    }
    return tokens
  }

  /// A word or number starting at `start`, with its period when it is an abbreviation.
  private func word(_ scalars: [Unicode.Scalar], from start: Int) -> RawToken {
    let count = scalars.count
    var position = start
    var hasLetter = false
    var innerPeriods = 0
    var segmentStart = start
    while position < count {
      let scalar = scalars[position]
      if CharacterClass.isLetter(scalar) {
        hasLetter = true
        position += 1
      } else if CharacterClass.isDigit(scalar) {
        position += 1
      } else if position + 1 < count && joins(scalar, scalars, at: position, segmentStart: segmentStart) {
        if scalar == "." { innerPeriods += 1 }
        position += 1
        segmentStart = position
      } else {
        break
      }
    }
    var kind: Token.Kind = hasLetter ? .word : .number
    if hasLetter, position < count, scalars[position] == "." {
      if innerPeriods > 0 || position - start == 1 || isAbbreviation(scalars, start..<(position + 1)) {
        position += 1
        kind = .abbreviation
      }
    }
    return RawToken(start: start, end: position, kind: kind)
  }

  private func isAbbreviation(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    guard range.count <= longestAbbreviation else { return false }
    let written = ScalarText.string(scalars, range)
    return abbreviations[written] != nil || abbreviations[written.lowercased()] != nil
  }

  /// Whether the mark at `position` joins the characters around it into one token.
  @inline(__always)
  private func joins(_ scalar: Unicode.Scalar, _ scalars: [Unicode.Scalar], at position: Int, segmentStart: Int) -> Bool {
    let previous = scalars[position - 1]
    let next = scalars[position + 1]
    if CharacterClass.isHyphen(scalar) || scalar == "\u{00AD}" {
      return CharacterClass.isLetter(next) || CharacterClass.isDigit(next)
    }
    if CharacterClass.isApostrophe(scalar) {
      return CharacterClass.isLetter(previous) && CharacterClass.isLetter(next)
    }
    if scalar == "." {
      if CharacterClass.isDigit(previous) && CharacterClass.isDigit(next) { return true }
      // `U.S.`, `z.B.`, `e.g.`: short letter segments joined by periods.
      guard CharacterClass.isLetter(previous) && CharacterClass.isLetter(next), position - segmentStart <= 3 else {
        return false
      }
      var nextEnd = position + 1
      while nextEnd < scalars.count && CharacterClass.isLetter(scalars[nextEnd]) { nextEnd += 1 }
      return nextEnd - position - 1 <= 3 && nextEnd < scalars.count && scalars[nextEnd] == "."
    }
    if scalar == "," || scalar == ":" || scalar == "/" {
      return CharacterClass.isDigit(previous) && CharacterClass.isDigit(next)
    }
    if scalar == "&" {
      return CharacterClass.isUppercase(previous) && CharacterClass.isUppercase(next)
    }
    return false
  }

  /// The end of a web address (`https://…`, `www.…`) starting at `start`, without the
  /// punctuation that follows it in running text.
  private func webAddressEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    let first = scalars[start]
    guard first == "h" || first == "w" || first == "H" || first == "W" else { return nil }
    guard Self.webPrefixes.contains(where: { Self.hasPrefix(scalars, at: start, $0) }) else { return nil }
    var end = start
    while end < scalars.count && !CharacterClass.isWhitespace(scalars[end]) { end += 1 }
    while end > start && (".,;:!?)]}\"'»«“”’".unicodeScalars.contains(scalars[end - 1])) { end -= 1 }
    return end - start > 4 ? end : nil
  }

  private static let webPrefixes: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }

  /// Whether `scalars` at `start` begin with `prefix`, ignoring ASCII case.
  private static func hasPrefix(_ scalars: [Unicode.Scalar], at start: Int, _ prefix: [Unicode.Scalar]) -> Bool {
    guard start + prefix.count <= scalars.count else { return false }
    for (offset, expected) in prefix.enumerated() {
      let value = scalars[start + offset].value
      let lowered = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
      if lowered != expected.value { return false }
    }
    return true
  }
}
