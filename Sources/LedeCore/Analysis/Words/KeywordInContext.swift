/// What `kwic` looks for: a word or words (with their inflected forms), or a regular expression.
public enum ConcordanceQuery: Sendable {
  case words([String])
  case pattern(String)

  /// Reads `Kim`, `Kim Jong Un` or `/Pj.ngjang/` (slashes mark a regular expression).
  public init(_ text: String) {
    if text.count > 2, text.hasPrefix("/"), text.hasSuffix("/") {
      self = .pattern(String(text.dropFirst().dropLast()))
    } else {
      self = .words(text.split(whereSeparator: \.isWhitespace).map { CharacterClass.lowercased(String($0)) })
    }
  }
}

/// One concordance line: a match with the text to its left and right, AntConc style.
public struct ConcordanceLine: Sendable, Equatable {
  public var left: String
  public var match: String
  public var right: String
  public var span: Span
  /// The number of the sentence (in `Article.sentences`) the match starts in.
  public var sentence: Int
}

/// An invalid regular expression, with what is wrong.
public struct ConcordancePatternError: Error, CustomStringConvertible {
  public let pattern: String
  public let problem: String
  public var description: String { "invalid regular expression /\(pattern)/: \(problem)" }
}

/// Every occurrence of `query` in the article with `width` characters of context on each side
/// (line breaks shown as spaces). A word matches case-insensitively and with the language's
/// inflection endings (`Putin` finds `Putins`); `within` keeps only matches inside those spans.
public func concordance(
  of query: ConcordanceQuery, in article: Article, using data: LanguageData, width: Int, within: [Span]? = nil
) throws -> [ConcordanceLine] {
  var spans: [Span] = []
  switch query {
  case .words(let words):
    guard !words.isEmpty else { return [] }
    let tokens = article.tokenTexts(in: Span(start: 0, end: article.length)).filter { $0.token.isWordLike }
    let lowered = tokens.map { CharacterClass.lowercased($0.text) }
    let endings = Set(data.inflectionEndings + data.words(.genitiveEnding))
    func matches(_ form: String, _ word: String, last: Bool) -> Bool {
      form == word || (last && form.hasPrefix(word) && endings.contains(String(form.dropFirst(word.count))))
    }
    var index = 0
    while index + words.count <= tokens.count {
      let found = words.indices.allSatisfy { matches(lowered[index + $0], words[$0], last: $0 == words.count - 1) }
      if found {
        spans.append(Span(start: tokens[index].token.span.start, end: tokens[index + words.count - 1].token.span.end))
        index += words.count
      } else {
        index += 1
      }
    }
  case .pattern(let pattern):
    let regex: Regex<AnyRegexOutput>
    do { regex = try Regex(pattern).ignoresCase() } catch { throw ConcordancePatternError(pattern: pattern, problem: "\(error)") }
    let text = article.text
    var offset = 0
    var position = text.startIndex
    for match in text.matches(of: regex) where !match.range.isEmpty {
      offset += text.unicodeScalars[position..<match.range.lowerBound].count
      let length = text.unicodeScalars[match.range].count
      spans.append(Span(start: offset, end: offset + length))
      offset += length
      position = match.range.upperBound
    }
  }
  if let within { spans = spans.filter { span in within.contains { $0.start <= span.start && span.end <= $0.end } } }
  // Twice the width in characters is read on each side (white space shrinks when flattened);
  // never more than the article, however wide the lines asked for.
  let reach = min(width, article.length) * 2
  return spans.map { span in
    let before = article.text(of: Span(start: max(0, span.start - reach), end: span.start))
    let after = article.text(of: Span(start: span.end, end: min(article.length, span.end + reach)))
    let sentence = article.sentenceIndex(at: span.start)
    return ConcordanceLine(
      left: String(flattened(before).suffix(width)), match: flattened(article.text(of: span)),
      right: String(flattened(after).prefix(width)), span: span, sentence: sentence)
  }
}

/// Text on one line: every run of white space one space (a paragraph break too).
func flattened(_ text: Substring) -> String {
  var result = ""
  result.reserveCapacity(text.utf8.count)
  var afterSpace = false
  for character in text {
    if character.isWhitespace {
      if !afterSpace { result.append(" ") }
      afterSpace = true
    } else {
      result.append(character)
      afterSpace = false
    }
  }
  return result
}
