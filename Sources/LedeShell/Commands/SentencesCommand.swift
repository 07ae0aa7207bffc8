import LedeCore

/// `sentences [--all]`: the segments of the current article, numbered, with offsets in JSON.
struct SentencesCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "sentences", abstract: "List the current article's sentences and headings, numbered, with offsets.",
    discussion: """
      Numbers count from 1 in text order. --all adds the header segments (metadata lines, byline, \
      dateline), which analyses do not read. start and end (JSON, CSV) are Unicode code point \
      offsets into the article text.
      """,
    arguments: [.init("ID|NAME", .article, help: "another loaded article than the current one", optional: true)],
    options: [.init("--all", short: "-a", help: "include header segments: metadata lines, byline, dateline")],
    examples: ["sentences", "sentences --all"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try arguments[0].map(context.session.article(matching:)) ?? context.session.requireArticle()
    let article = loaded.article
    let segments = arguments.flag("--all") ? article.segments : article.sentences
    let rows: [[Value]] = segments.enumerated().map { index, segment in
      [
        .int(index + 1), .string(segment.kind.rawValue), .int(segment.span.start), .int(segment.span.end),
        .string(oneLine(article.text(of: segment.span))),
      ]
    }
    return .table(
      Table(
        columns: [
          Column("n", alignment: .right), Column("kind"), Column("start", visibility: .jsonOnly),
          Column("end", visibility: .jsonOnly), Column("text", shrinks: true),
        ], rows: rows, noun: ("segment", "segments")))
  }

  /// Text with its line breaks turned into spaces.
  static func oneLine(_ text: Substring) -> String {
    text.contains("\n") ? text.split(separator: "\n").joined(separator: " ") : String(text)
  }
}
