/// Reads Markdown articles: YAML front matter (the flat `key: value` and list subset that
/// front matter uses) for metadata, ATX headings (`# Title`) as headings.
///
/// The article text is what follows the front matter; offsets count from there.
struct MarkdownReader {
  let fields: MetadataFields

  func read(_ source: String) -> ArticleDraft {
    var body = Substring(source)
    var metadata = ArticleMetadata()
    var warnings: [String] = []
    if let (frontMatter, rest) = Self.splitFrontMatter(source) {
      for (key, values) in Self.parseFrontMatter(frontMatter) {
        fields.store(values, forKey: key, in: &metadata, warnings: &warnings)
      }
      body = rest
    }
    var draft = ArticleDraft(text: String(body))
    draft.metadata = metadata
    draft.warnings = warnings
    draft.headings = Self.headings(in: draft.text)
    if draft.metadata.title == nil, let title = draft.headings.first(where: { $0.level == 1 }) {
      draft.metadata.title = Self.substring(draft.text, title.span)
    }
    return draft
  }

  /// The front matter between a first line `---` and the next `---` (or `...`) line.
  static func splitFrontMatter(_ source: String) -> (Substring, Substring)? {
    guard source.hasPrefix("---\n") else { return nil }
    let afterOpening = source.index(source.startIndex, offsetBy: 4)
    var lineStart = afterOpening
    while lineStart < source.endIndex {
      let lineEnd = source[lineStart...].firstIndex(of: "\n") ?? source.endIndex
      let line = source[lineStart..<lineEnd]
      if line == "---" || line == "..." {
        let rest = lineEnd < source.endIndex ? source[source.index(after: lineEnd)...] : source[lineEnd...]
        return (source[afterOpening..<lineStart], rest)
      }
      guard lineEnd < source.endIndex else { break }
      lineStart = source.index(after: lineEnd)
    }
    return nil
  }

  /// `key: value`, `key: [a, b]`, and `key:` followed by `- item` lines; quotes removed.
  static func parseFrontMatter(_ text: Substring) -> [(String, [String])] {
    var pairs: [(String, [String])] = []
    for line in text.split(separator: "\n") {
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("- "), !pairs.isEmpty, line.first == " " || line.first == "-" {
        pairs[pairs.count - 1].1.append(unquote(trimmed.dropFirst(2)))
        continue
      }
      guard let colon = trimmed.firstIndex(of: ":"), line.first != " " else { continue }
      let key = String(trimmed[..<colon]).trimmingWhitespace()
      let value = trimmed[trimmed.index(after: colon)...].trimmingWhitespace()
      if value.hasPrefix("[") && value.hasSuffix("]") {
        let items = value.dropFirst().dropLast().split(separator: ",").map { unquote($0) }
        pairs.append((key, items))
      } else {
        pairs.append((key, value.isEmpty ? [] : [unquote(Substring(value))]))
      }
    }
    return pairs
  }

  /// A YAML scalar's value: a double-quoted one with its escapes decoded (`\"`, `\\`, `\n`,
  /// `\t`, `\uXXXX` …), a single-quoted one with `''` as `'`, a plain one as it is.
  static func unquote(_ text: Substring) -> String {
    let trimmed = text.trimmingWhitespace()
    guard trimmed.count >= 2, let first = trimmed.first, first == trimmed.last, first == "\"" || first == "'" else { return trimmed }
    let inside = trimmed.dropFirst().dropLast()
    return first == "'" ? inside.replacingOccurrences(of: "''", with: "'") : decodingEscapes(inside)
  }

  private static let simpleEscapes: [Character: String] = [
    "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
    "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
    "L": "\u{2028}", "P": "\u{2029}",
  ]

  /// The escapes of a YAML double-quoted scalar decoded; an unknown or broken escape stays as written.
  private static func decodingEscapes(_ text: Substring) -> String {
    var result = ""
    var rest = text[...]
    while let backslash = rest.firstIndex(of: "\\") {
      result += rest[..<backslash]
      let escaped = rest[rest.index(after: backslash)...]
      guard let code = escaped.first else {
        result.append("\\")
        return result
      }
      let digits = ["x": 2, "u": 4, "U": 8][code]
      if let simple = simpleEscapes[code] {
        result += simple
        rest = escaped.dropFirst()
      } else if let digits, let scalar = UInt32(escaped.dropFirst().prefix(digits), radix: 16).flatMap(Unicode.Scalar.init),
        escaped.dropFirst().prefix(digits).count == digits
      {
        result.unicodeScalars.append(scalar)
        rest = escaped.dropFirst(1 + digits)
      } else {
        result.append("\\")
        rest = escaped
      }
    }
    return result + rest
  }

  /// ATX headings: `#`–`######`, a space, the heading text (closing `#`s left out).
  static func headings(in text: String) -> [ArticleDraft.Heading] {
    var headings: [ArticleDraft.Heading] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let scalars = Array(line.unicodeScalars)
      let level = scalars.prefix(while: { $0 == "#" }).count
      if (1...6).contains(level), scalars.count > level + 1, scalars[level] == " " {
        var start = level
        while start < scalars.count && scalars[start] == " " { start += 1 }
        var end = scalars.count
        while end > start && (scalars[end - 1] == "#" || scalars[end - 1] == " ") { end -= 1 }
        if end > start {
          headings.append(.init(span: Span(start: offset + start, end: offset + end), level: level))
        }
      }
      offset += scalars.count + 1
    }
    return headings
  }

  static func substring(_ text: String, _ span: Span) -> String {
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: span.start)
    let end = scalars.index(start, offsetBy: span.length)
    return String(scalars[start..<end])
  }
}
