import LedeCore

/// `kwic`: keyword in context, aligned on the match.
struct KwicCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "kwic", abstract: "Show every occurrence of a word or /regex/ in context, aligned on the match.",
    discussion: """
      A word matches case-insensitively, with its inflected forms (Putin finds Putins) and as a \
      phrase when it has several words; /…/ is a regular expression (ICU syntax, \
      case-insensitive) that gives up as too expensive after a second (and one more per 10 MB). \
      --type keeps matches inside names of that type (kwic /\\w+/ --type person lists every \
      person mention). n is the sentence number; JSON adds offsets.
      """,
    arguments: [.init("WORD|/REGEX/", .word, help: "the word, phrase or /regular expression/ to find", repeats: true)],
    options: [
      .init("--width", short: "-w", .integer(placeholder: "N"), help: "characters of context on each side (default 35, on a terminal what fits)"),
      .init("--type", .choice(EntityType.allCases.map(\.rawValue)), help: "only matches inside names of this type"),
    ],
    examples: ["kwic Kim", "kwic Putin --width 25", "kwic /Pj.ngjang/", "kwic /\\w+/ --type place", "kwic Kim --all"], scope: .article(needs: []))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    let article = try session.requireArticle().article
    let width = try arguments.count("--width", default: 35, for: spec)
    var within: [Span]?
    if let type = arguments.value("--type") {
      within = try session.entities().entities.filter { $0.type.rawValue == type }.flatMap { $0.mentions.map(\.span) }
    }
    let query = ConcordanceQuery(arguments.positionals.joined(separator: " "))
    let spans: [Span]
    do {
      spans = try concordanceSpans(of: query, in: article, using: session.reader.catalog[article.language], within: within)
    } catch let error as ConcordancePatternError where error.isTooExpensive {
      throw ShellError.failed(error.description)
    } catch let error as ConcordancePatternError {
      throw ShellError.usage(error.description, usage: spec.usage)
    }
    // Without --width, the context on a terminal is what fits beside the longest match.
    let fitting = arguments.value("--width") == nil ? fittingWidth(for: spans, in: article, context: context) : nil
    let lines = concordanceLines(at: spans, in: article, width: min(width, fitting ?? width))
    return .table(Table(columns: columns, rows: rows(of: lines), noun: ("match", "matches")))
  }

  private static let columns = [
    Column("sentence", title: "n", alignment: .right), Column("left", alignment: .right), Column("match"), Column("right"),
    Column("start", visibility: .jsonOnly), Column("end", visibility: .jsonOnly),
  ]

  private static func rows(of lines: [ConcordanceLine]) -> [[Value]] {
    lines.map { line in
      [.int(line.sentence + 1), .string(line.left), .string(line.match), .string(line.right), .int(line.span.start), .int(line.span.end)]
    }
  }

  /// The context width that fits one line on the terminal beside the number and the longest
  /// match (at least 10), or nil when the output is no terminal.
  private static func fittingWidth(for spans: [Span], in article: Article, context: CommandContext) -> Int? {
    let environment = context.shell.environment
    guard environment.outputIsTerminal, let columns = environment.width() else { return nil }
    // The number and match columns are as wide as their widest value or their heading.
    let number = max(1, String((spans.last.map { article.sentenceIndex(at: $0.start) } ?? 0) + 1).count)
    let match = max(5, spans.map { DisplayWidth.of(String(article.text(of: $0))) }.max() ?? 0)
    return max(10, (columns - number - match - 3 * TableWriter.gap.count) / 2)
  }
}
