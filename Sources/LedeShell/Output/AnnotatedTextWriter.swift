import LedeCore

/// Lays out `show`'s sentences: a sentence number in the margin, names in their type's colour,
/// time expressions underlined with their value, quotes in italics with kind and speaker;
/// without colour, brackets and labels (`[Putin]PER`, `{Mittwoch|2024-06-19}`,
/// `[[…]](direct · Wladimir Putin)`). Wrapped to the terminal's width when there is one.
struct AnnotatedTextWriter {
  let style: Style
  let width: Int?

  /// The margin: the number right-aligned in four columns and two spaces.
  static let margin = 6
  private static let escape = "\u{1B}["

  func write(_ text: AnnotatedText) -> String {
    var output = Self.fitted(legend, width: width) + "\n"
    for (index, sentence) in text.sentences.enumerated() {
      if index > 0 && sentence.opensParagraph { output += "\n" }
      output += wrapped(body(of: sentence), number: sentence.number)
    }
    return output
  }

  /// A line broken at spaces into lines of `width` (words longer than that stay whole).
  static func fitted(_ line: String, width: Int?) -> String {
    guard let width else { return line }
    var lines: [String] = []
    var current = ""
    for word in line.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if !current.isEmpty && DisplayWidth.of(withoutEscapes(candidate)) > width {
        lines.append(current)
        current = String(word)
      } else {
        current = candidate
      }
    }
    return (lines + [current]).joined(separator: "\n")
  }

  /// What the marks look like.
  var legend: String {
    guard style.colored else {
      return "marks: [name]PER person, [name]ORG organisation, [name]LOC place, [name]MISC other, {time|value}, [[quote]](kind · speaker)"
    }
    let kinds: [(Annotation.Kind, String)] = [
      (.person, "person"), (.organization, "organisation"), (.place, "place"), (.other, "other"), (.time, "time (value)"),
      (.quote, "quote (kind · speaker)"),
    ]
    return kinds.map { sgr([$0.0]) + $0.1 + sgr([]) }.joined(separator: "  ")
  }

  /// The sentence with its marks, on one line.
  func body(of sentence: AnnotatedText.Sentence) -> String {
    sentence.rendered(opening: opening, closing: closing) { text in
      // Scalars, not characters: the common case (no tab, no line break) without grapheme breaking.
      text.unicodeScalars.contains { $0 == "\t" || $0.isLineBreak }
        ? String(text.map { $0.isWhitespace ? " " : $0 }) : String(text)
    }
  }

  private func opening(_ mark: Annotation, inside open: [Annotation]) -> String {
    if style.colored { return sgr((open + [mark]).map(\.kind)) }
    switch mark.kind {
    case .time: return "{"
    case .quote: return "[["
    default: return "["
    }
  }

  private func closing(_ mark: Annotation, inside open: [Annotation]) -> String {
    let kinds = open.map(\.kind)
    if style.colored {
      switch mark.kind {
      case .time, .quote: return sgr(kinds) + Self.escape + "2m(" + mark.label + ")" + sgr(kinds)
      default: return sgr(kinds)
      }
    }
    switch mark.kind {
    case .person: return "]PER"
    case .organization: return "]ORG"
    case .place: return "]LOC"
    case .other: return "]MISC"
    case .time: return "|" + mark.label + "}"
    case .quote: return "]](" + mark.label + ")"
    }
  }

  /// The escape sequence that shows the marks `kinds` are inside of (reset first).
  private func sgr(_ kinds: [Annotation.Kind]) -> String {
    let codes = kinds.map { kind -> String in
      switch kind {
      case .person: "1;33"
      case .organization: "1;36"
      case .place: "1;32"
      case .other: "1;35"
      case .time: "4;34"
      case .quote: "3"
      }
    }
    return Self.escape + (["0"] + codes).joined(separator: ";") + "m"
  }

  /// The line with its number in the margin, broken at spaces to fit the width; the colour in
  /// force where a line breaks is set again after the next margin.
  func wrapped(_ line: String, number: Int) -> String {
    let numberText = String(number)
    let first = String(repeating: " ", count: max(0, Self.margin - 2 - numberText.count)) + numberText + "  "
    let indent = String(repeating: " ", count: Self.margin)
    let reset = style.colored ? Self.escape + "0m" : ""
    guard let width, width > Self.margin + 10 else { return first + line + reset + "\n" }
    let room = width - Self.margin
    var output = first
    var used = 0
    var state = ""
    var lineStart = true
    for word in line.split(separator: " ", omittingEmptySubsequences: false) {
      let visible = DisplayWidth.of(Self.withoutEscapes(String(word)))
      if !lineStart && used + 1 + visible > room {
        output += reset + "\n" + indent + state
        used = 0
      } else if !lineStart {
        output += " "
        used += 1
      }
      lineStart = false
      output += word
      used += visible
      if let last = Self.lastEscape(in: String(word)) { state = last }
    }
    return output + reset + "\n"
  }

  /// Text without its escape sequences, for measuring.
  static func withoutEscapes(_ text: String) -> String {
    guard text.contains("\u{1B}") else { return text }
    var result = ""
    var inEscape = false
    for scalar in text.unicodeScalars {
      if scalar == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if scalar == "m" { inEscape = false }
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The last escape sequence in a word: the colour in force after it.
  static func lastEscape(in word: String) -> String? {
    guard let start = word.range(of: escape, options: .backwards) else { return nil }
    guard let end = word[start.upperBound...].firstIndex(of: "m") else { return nil }
    return String(word[start.lowerBound...end])
  }
}
