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
      that cannot be loaded is an error naming it; articles loaded before stay loaded. A file \
      loaded before and unchanged since is not read again but made current; with --date, --lang or \
      --as it is read again in place of its articles (same ids and names).
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

    var files = context.files
    files.loadedIDs = { session.loadedFiles[$0] }
    files.readsLoadedFiles = ["--date", "--lang", "--as"].contains { arguments.value($0) != nil }
    var failures: [ShellError] = []
    let before = session.articles.count
    // Articles loaded before that this load names again (unchanged, or read again in place).
    var earlier: Set<Int> = []
    for path in arguments.positionals {
      try context.checkInterruption()
      do {
        let outcome = try files.load(path, format: format, options: options)
        for skipped in outcome.skipped { context.warn("skipped \(skipped)") }
        for article in outcome.articles {
          for warning in article.warnings { context.warn("\(article.origin): \(warning)") }
        }
        for (path, ids) in outcome.alreadyLoaded {
          context.warn("\(path) is already loaded (\(Self.describe(ids))) and unchanged: not read again")
          try session.use(String(ids.upperBound - 1))
          earlier.formUnion(ids)
        }
        earlier.formUnion(place(outcome, in: session))
      } catch let error as ShellError {
        failures.append(error)
      }
    }
    if !failures.isEmpty { throw failures.count == 1 ? failures[0] : ShellError.several(failures) }
    let added = session.articles[before...]
    guard !earlier.isEmpty else { return .table(ArticleSummary.table(added, in: session)) }
    return .table(ArticleSummary.table(session.articles[..<before].filter { earlier.contains($0.id) } + added, in: session))
  }

  /// Adds the articles of `outcome` to the session, or, for a file read before (with options
  /// now), puts them in place of that file's articles; returns the ids of those it replaced.
  private static func place(_ outcome: ArticleFiles.Outcome, in session: Session) -> [Int] {
    var rest = outcome.articles[...]
    var ids: [Int] = []
    for file in outcome.files {
      let articles = Array(rest.prefix(file.articles))
      rest = rest.dropFirst(file.articles)
      if let earlier = session.loadedFiles[file.identity], earlier.count == articles.count {
        session.replace(earlier, with: articles)
        ids += earlier
      } else {
        let added = session.add(articles)
        if let first = added.first?.id { session.loadedFiles[file.identity] = first..<(first + added.count) }
      }
    }
    // Articles of standard input come from no file.
    session.add(Array(rest))
    return ids
  }

  /// `id 3`, `ids 3–5`.
  private static func describe(_ ids: Range<Int>) -> String {
    ids.count == 1 ? "id \(ids.lowerBound)" : "ids \(ids.lowerBound)–\(ids.upperBound - 1)"
  }
}
