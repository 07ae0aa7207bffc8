import LedeCore
import LedeLanguages

/// `load PATH…`: reads articles into the session; the last one becomes current.
struct LoadCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "load", aliases: ["open"],
    abstract: "Load articles from files, directories, glob patterns or standard input (-).",
    discussion: """
      Reads .txt (with an agency header: date line, byline, dateline), .md (YAML front matter), \
      .html/.htm, .json (an object with a text field, or an array of them) and .jsonl (one object \
      per line). A directory loads every such file in it. Text is UTF-8 (with or without BOM), \
      UTF-16 with BOM, or else Windows-1252. The last article loaded becomes the current one. A file \
      that cannot be loaded is an error naming it; articles loaded before stay loaded.
      """,
    arguments: [.init("PATH", .path, help: "a file, a directory, a glob pattern, or - for standard input", repeats: true)],
    options: [
      .init("--date", .date, help: "the article's date, overriding its metadata (YYYY-MM-DD, YYYY-MM or YYYY)"),
      .init("--lang", .choice(Language.allCases.map(\.code)), help: "the article's language, instead of detecting it"),
      .init("--as", .choice(ArticleFormat.allCases.map(\.rawValue)), help: "read the files as this format, whatever their extension"),
    ],
    examples: [
      "load Examples/articles/putin-kim-pjoengjang.de.txt",
      "load Examples/articles/ --lang de",
      "load Examples/articles/*.md --date 2024-06-19",
    ], confirmation: .always)

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    var options = ArticleReader.Options()
    options.date = arguments.value("--date").flatMap { CalendarDate(iso: $0) }
    options.language = arguments.value("--lang").flatMap { Language(code: $0) } ?? session.settings.language
    let format = arguments.value("--as").flatMap { ArticleFormat(name: $0) }
    if let problem = LanguageResources.loadError { context.warn(problem) }

    let before = session.articles.count
    var failures: [ShellError] = []
    for path in arguments.positionals {
      try context.checkInterruption()
      do {
        let outcome = try context.files.load(path, format: format, options: options)
        for skipped in outcome.skipped { context.warn("skipped \(skipped)") }
        for article in outcome.articles {
          for warning in article.warnings { context.warn("\(article.origin): \(warning)") }
        }
        session.add(outcome.articles)
      } catch let error as ShellError {
        failures.append(error)
      }
    }
    if !failures.isEmpty { throw failures.count == 1 ? failures[0] : ShellError.several(failures) }
    return .table(ArticleSummary.table(session.articles[before...], in: session))
  }
}
