import LedeCore
import LedeLanguages
import LedeShell

/// What lede's fuzzing drives (`Scripts/fuzz`, libFuzzer through `lede-fuzz`): arbitrary bytes
/// go in, and lede must end cleanly — an error is fine, a crash or a hang is not. The unit tests
/// replay the seed corpus and every input a crash was once found with through the same code.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The bytes as a file in one of the five formats (the first byte picks which): decoding,
  /// metadata, segmentation.
  case load
  /// The bytes as an article (the first byte picks the format, the second the output format),
  /// then every analysis and view of it through the shell.
  case analyses
  /// The bytes as command lines, run against a small loaded article; commands that read or
  /// write files are left out, and so are lines with redirections.
  case commands

  /// Runs one input.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .load: Self.load(bytes)
    case .analyses: Self.analyse(bytes)
    case .commands: Self.command(bytes)
    }
  }

  /// The formats a first byte picks, in this order (Scripts/fuzz writes its seeds so).
  private static let formats: [ArticleFormat] = [.text, .markdown, .html, .json, .jsonLines]
  private static let outputFormats = ["table", "json", "csv", "markdown"]

  /// The format the first byte picks, and the rest of the bytes.
  private static func file(_ bytes: [UInt8]) -> (format: ArticleFormat, content: [UInt8]) {
    guard let first = bytes.first else { return (.text, []) }
    return (formats[Int(first) % formats.count], Array(bytes.dropFirst()))
  }

  @discardableResult
  private static func load(_ bytes: [UInt8]) -> [Article] {
    let (format, content) = file(bytes)
    let reader = ArticleReader(catalog: LanguageResources.catalog)
    return (try? reader.read(content, fileName: "fuzz.\(format.rawValue)", origin: "fuzz", format: format)) ?? []
  }

  /// Every command that shows something of the current article, in one output format.
  private static let views = [
    "info", "text", "sentences", "who", "who --explain", "quotes", "quotes 1 --explain", "speakers", "timeline",
    "timeline --explain", "show", "show 1-2", "kwic /\\w+/ --width 12", "freq --lemma", "keywords", "stats", "articles",
  ]

  private static func analyse(_ bytes: [UInt8]) {
    let articles = load(Array(bytes.dropFirst(bytes.isEmpty ? 0 : 1)))
    guard !articles.isEmpty else { return }
    let shell = Shell(sink: CapturedOutput())
    shell.session.add(articles)
    let format = outputFormats[Int(bytes.first ?? 0) % outputFormats.count]
    shell.run("set format \(format)")
    for view in views { shell.run(view) }
    if let word = articles.last?.text.split(whereSeparator: \.isWhitespace).first {
      shell.run("kwic '\(word.filter { $0 != "'" })'")
    }
  }

  /// The commands the `commands` target may run: none that reads or writes files or ends lede.
  private static let harmless = Commands.all.filter { !["load", "export", "tutorial", "quit"].contains($0.spec.name) }

  /// A short German report with a quote, names and dates, loaded before the commands run.
  static let article = """
    Pjöngjang, 19. Juni 2024 (Reuters) - Kremlchef Wladimir Putin ist am Mittwoch in Nordkorea \
    eingetroffen. „Wir schätzen Ihre Unterstützung“, sagte Putin zu Kim Jong Un. Kim erklärte, \
    die Beziehungen seien so eng wie nie. Am Donnerstag reist Putin nach Vietnam weiter.
    """

  private static func command(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let shell = Shell(sink: CapturedOutput(), commands: harmless)
    let reader = ArticleReader(catalog: LanguageResources.catalog)
    guard let seed = try? reader.read(Array(article.utf8), fileName: "seed.de.txt", origin: "seed", format: .text) else { return }
    shell.session.add(seed)
    // At most 8 lines: a regular expression may take its budget of a second, and 8 of them stay
    // well under the fuzzer's time limit for one input.
    for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(8) {
      guard let parsed = try? LineParser.parse(String(line)), parsed.allSatisfy({ $0.redirect == nil }) else { continue }
      shell.run(String(line))
    }
  }
}
