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

/// A regular expression `kwic` cannot use: not one, or too expensive to match.
public struct ConcordancePatternError: Error, CustomStringConvertible {
  public let pattern: String
  public let problem: String
  /// Whether the pattern is valid but ran over its time budget.
  public var isTooExpensive = false
  public var description: String {
    isTooExpensive
      ? "regular expression /\(pattern)/ is too expensive: \(problem)" : "invalid regular expression /\(pattern)/: \(problem)"
  }
}

/// Every occurrence of `query` in the article with `width` characters of context on each side
/// (line breaks shown as spaces): `concordanceLines` at the `concordanceSpans`.
public func concordance(
  of query: ConcordanceQuery, in article: Article, using data: LanguageData, width: Int, within: [Span]? = nil
) throws -> [ConcordanceLine] {
  concordanceLines(at: try concordanceSpans(of: query, in: article, using: data, within: within), in: article, width: width)
}

/// Where `query` occurs in the article, in text order. A word matches case-insensitively and
/// with the language's inflection endings (`Putin` finds `Putins`); `within` keeps only matches
/// inside those spans.
public func concordanceSpans(of query: ConcordanceQuery, in article: Article, using data: LanguageData, within: [Span]? = nil) throws -> [Span] {
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
    spans = try patternSpans(of: pattern, in: article.text)
  }
  if let within { spans = spans.filter { span in within.contains { $0.start <= span.start && span.end <= $0.end } } }
  return spans
}

/// A concordance line for each span with `width` characters of context on each side (line
/// breaks shown as spaces).
public func concordanceLines(at spans: [Span], in article: Article, width: Int) -> [ConcordanceLine] {
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

/// The time a regular expression may take over an article: one second, and one more for each
/// 10 MB of text (ICU matches ordinary patterns at well over 50 MB/s). Nested repetition such as
/// `(a+)+$` backtracks exponentially and ends here instead of running for hours.
func patternBudget(forUTF16Count count: Int) -> Duration {
  .seconds(1) + .milliseconds(count / 10_000)
}

/// The spans (in Unicode scalars) of the non-empty matches of `pattern` in `text`, ignoring case,
/// matched by ICU within `patternBudget`; Ctrl-C (`StopRequest`) stops it.
func patternSpans(of pattern: String, in text: String) throws -> [Span] {
  let units = Array(text.utf16)
  let ranges: [Range<Int>]
  do {
    let regex = try BoundedRegex(pattern, ignoringCase: true)
    ranges = try regex.matches(in: units, budget: patternBudget(forUTF16Count: units.count)) { StopRequest.isRaised }
  } catch .invalid(let problem, let offset) {
    throw ConcordancePatternError(pattern: pattern, problem: "\(problem) at character \(offset + 1)")
  } catch .tooExpensive {
    throw ConcordancePatternError(
      pattern: pattern, problem: "matching needs more time or memory than it may have (nested repetition like (a+)+ backtracks; write it without)",
      isTooExpensive: true)
  } catch .stopped {
    throw LedeError.interrupted
  }
  return scalarSpans(ofUTF16Ranges: ranges, in: text)
}

/// UTF-16 ranges (sorted, not overlapping) as spans of Unicode scalar offsets, in one pass.
func scalarSpans(ofUTF16Ranges ranges: [Range<Int>], in text: String) -> [Span] {
  var spans: [Span] = []
  spans.reserveCapacity(ranges.count)
  var unit = 0
  var scalar = 0
  var scalars = text.unicodeScalars.makeIterator()
  func advance(to target: Int) {
    while unit < target, let next = scalars.next() {
      unit += next.utf16.count
      scalar += 1
    }
  }
  for range in ranges {
    advance(to: range.lowerBound)
    let start = scalar
    advance(to: range.upperBound)
    spans.append(Span(start: start, end: scalar))
  }
  return spans
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
