import LedeCore

/// `info [ID|NAME]`: an article's metadata and counts.
struct InfoCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "info", abstract: "Show an article's metadata (date, source, authors, dateline, language) and counts.",
    discussion: """
      The date keeps the precision the article gives (a month: 2024-06). Offsets in JSON output \
      count Unicode code points into the article text; body_start is where the text after the \
      header (metadata lines, headline, byline, dateline) begins.
      """,
    arguments: [.init("ID|NAME", .article, help: "another loaded article than the current one", optional: true)],
    options: [.init("--keys", help: "list each field's key (what JSON and expect use) beside its title")],
    examples: ["info", "info 1", "info --keys"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try arguments[0].map(context.session.article(matching:)) ?? context.session.requireArticle()
    let article = loaded.article
    let metadata = article.metadata
    let header: Set<Segment.Kind> = [.metadata, .headline, .byline, .dateline]
    let bodyStart = article.segments.first { !header.contains($0.kind) }?.span.start ?? article.length
    var entries: [Record.Entry] = [
      .init("id", .int(loaded.id)),
      .init("name", .string(article.name)),
      .init("title", Value(article.title)),
      .init("date", Value(metadata.date?.description)),
      .init("date_precision", title: "precision", Value(metadata.date?.precision.rawValue)),
      .init("source", Value(metadata.source)),
      .init("authors", Value(metadata.authors)),
      .init("dateline", Value(metadata.dateline)),
      .init("agency", Value(metadata.agency)),
      .init("url", Value(metadata.url)),
      .init("language", .string(article.language.code)),
      .init("language_source", title: "language from", .string(article.languageSource.rawValue)),
      .init("origin", .string(article.origin)),
      .init("format", .string(article.format.rawValue)),
      .init("encoding", .string(article.encoding.rawValue)),
      .init("characters", .int(article.length)),
      .init("body_start", title: "body starts at", .int(bodyStart)),
      .init("paragraphs", .int(article.paragraphs.count)),
      .init("sentences", .int(article.sentences.count)),
      .init("words", .int(article.wordCount)),
    ]
    if !article.warnings.isEmpty { entries.append(.init("warnings", Value(article.warnings))) }
    guard !arguments.flag("--keys") else {
      let rows: [[Value]] = entries.map { [.string($0.key), .string($0.title), $0.value] }
      return .table(Table(columns: [Column("key"), Column("title"), Column("value", shrinks: true)], rows: rows, noun: ("field", "fields")))
    }
    return .record(Record(entries))
  }
}
