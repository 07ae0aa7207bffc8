/// One rule of `time-patterns.tsv`: the words of an expression, its TIMEX3 type, and the
/// interpretation that computes its value — the patterns are data, the interpretations code.
///
/// Elements, separated by spaces: a literal word (`vor`, alternatives `tag|tage`), a word
/// class of `time-words.tsv` in angle brackets (`<month>`), a number form (`@year`, `@day`,
/// `@number`, `@date`, `@clock`, `@decade`), each optional with a trailing `?`. Elements in
/// square brackets at the start or end (`[um] @clock`, `@clock [bis] [<number>] [uhr]`) must
/// match but stay outside the expression: the context that makes it one.
public struct TimePattern: Sendable {
  public indirect enum Element: Sendable {
    /// One of a few words, tried in order (a scan beats hashing for so few).
    case literal([String])
    case word(TimeLexicon.WordClass)
    case numeric(Numeric)
    case optional(Element)
    case context(Element)
  }

  /// Number forms: a year (`2024`), a day of the month (`19`), any number, a written date
  /// (`19.06.2024`, `2024-06-19`, `6/19/2024`), a clock time (`14.30`, `9:15`), a decade
  /// (`90er`, `1990s`).
  public enum Numeric: String, Sendable {
    case year, day, number, date, clock, decade
  }

  /// How a matched expression gets its value (see `TimeInterpreter`).
  public enum Interpretation: String, Sendable, CaseIterable {
    case date, weekday, relative, ago, later, duration, reference, daypart, clock, set, decade, century
    case quarter, season, year
    /// A half of a year (`the second half of 1989`, `in der ersten Jahreshälfte`): `1989-H2`.
    case halfYear = "half-year"
    /// A year in words (`nineteen ninety-seven`).
    case spelledYear = "spelled-year"
    /// The period a report covers: the last complete one before the document date (`the
    /// quarter`, `the latest quarter` in a company report of October: the third quarter).
    case reportedPeriod = "reported-period"
    /// The same period a year before the reported one (`the year-ago quarter`).
    case yearAgoPeriod = "year-ago-period"
    /// A holiday: its date in the year the text means (`Thanksgiving`, `zu Ostern`).
    case holiday
    /// A period counted from the date the text mentioned last (`that year`, `the following
    /// month`, `am selben Tag`).
    case anchored
    case dayAfter = "day-after"
    case dayBefore = "day-before"
  }

  public let elements: [Element]
  /// How many context elements open and close the pattern.
  public let leadingContext: Int
  public let trailingContext: Int
  public let kind: TimeExpression.Kind
  public let interpretation: Interpretation
  /// The pattern as written in the data file, for `timeline --explain`.
  public let source: String

  /// Why a pattern cannot be read.
  public struct ParseError: Error {
    public let problem: String
  }

  /// Parses a pattern; fails with the reason when an element is unknown.
  public static func parse(_ text: String, kind: TimeExpression.Kind, interpretation: Interpretation) -> Result<TimePattern, ParseError> {
    var elements: [Element] = []
    var isContext: [Bool] = []
    for part in text.split(separator: " ") {
      var token = String(part)
      let optional = token.count > 1 && token.hasSuffix("?")
      if optional { token.removeLast() }
      let context = token.count > 2 && token.hasPrefix("[") && token.hasSuffix("]")
      if context { token = String(token.dropFirst().dropLast()) }
      if context && optional { return .failure(ParseError(problem: "a context element cannot be optional")) }
      isContext.append(context)
      let element: Element
      if token.hasPrefix("<") && token.hasSuffix(">") {
        guard let wordClass = TimeLexicon.WordClass(rawValue: String(token.dropFirst().dropLast())) else {
          return .failure(ParseError(problem: "unknown word class \(token)"))
        }
        element = .word(wordClass)
      } else if token.hasPrefix("@") {
        guard let numeric = Numeric(rawValue: String(token.dropFirst())) else { return .failure(ParseError(problem: "unknown number form \(token)")) }
        element = .numeric(numeric)
      } else {
        var words: [String] = []
        for word in token.split(separator: "|").map(String.init) where !words.contains(word) { words.append(word) }
        element = .literal(words)
      }
      elements.append(optional ? .optional(element) : context ? .context(element) : element)
    }
    let leading = isContext.prefix { $0 }.count
    let trailing = leading == isContext.count ? 0 : isContext.reversed().prefix { $0 }.count
    guard isContext.filter({ $0 }).count == leading + trailing, leading + trailing < elements.count else {
      return .failure(ParseError(problem: "context elements belong at the start or the end, around the expression"))
    }
    guard elements.contains(where: {
      switch $0 {
      case .optional, .context: false
      default: true
      }
    }) else {
      return .failure(ParseError(problem: "a pattern needs an element that is neither optional nor context"))
    }
    return .success(
      TimePattern(
        elements: elements, leadingContext: leading, trailingContext: trailing, kind: kind, interpretation: interpretation,
        source: text))
  }
}
