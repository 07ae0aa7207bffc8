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
      .init("--width", short: "-w", .integer(placeholder: "N"), help: "characters of context on each side (default 35)"),
      .init("--type", .choice(EntityType.allCases.map(\.rawValue)), help: "only matches inside names of this type"),
    ],
    examples: ["kwic Kim", "kwic Putin --width 25", "kwic /Pj.ngjang/", "kwic /\\w+/ --type place"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    let article = try session.requireArticle().article
    let width = try arguments.count("--width", default: 35, for: spec)
    var within: [Span]?
    if let type = arguments.value("--type") {
      within = try session.entities().entities.filter { $0.type.rawValue == type }.flatMap { $0.mentions.map(\.span) }
    }
    let query = ConcordanceQuery(arguments.positionals.joined(separator: " "))
    let lines: [ConcordanceLine]
    do {
      lines = try concordance(of: query, in: article, using: session.reader.catalog[article.language], width: width, within: within)
    } catch let error as ConcordancePatternError where error.isTooExpensive {
      throw ShellError.failed(error.description)
    } catch let error as ConcordancePatternError {
      throw ShellError.usage(error.description, usage: spec.usage)
    }
    let columns = [
      Column("sentence", title: "n", alignment: .right), Column("left", alignment: .right), Column("match"), Column("right"),
      Column("start", visibility: .jsonOnly), Column("end", visibility: .jsonOnly),
    ]
    let rows: [[Value]] = lines.map { line in
      [.int(line.sentence + 1), .string(line.left), .string(line.match), .string(line.right), .int(line.span.start), .int(line.span.end)]
    }
    return .table(Table(columns: columns, rows: rows, noun: ("match", "matches")))
  }
}
