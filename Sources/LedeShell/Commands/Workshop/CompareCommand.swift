import LedeCore

/// `compare A B`: two loaded articles side by side.
struct CompareCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "compare", abstract: "Compare two loaded articles: shared and distinct names, who is quoted, overlapping dates.",
    discussion: """
      One row per aspect: people, organisations, places, quoted (with their number of quotes, \
      first/second), dates. A name matches the same name or a person's surname alone (Putin, \
      Wladimir Putin); a day overlaps the month or year it lies in. With one article named, \
      it is compared with the current one.
      """,
    arguments: [
      .init("A", .article, help: "the first article (id or name)"),
      .init("B", .article, help: "the second article (default: the current one)", optional: true),
    ],
    examples: ["compare 1 2", "compare harbour-strike"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    let first = try session.article(matching: arguments[0] ?? "")
    let second = try arguments[1].map(session.article(matching:)) ?? session.requireArticle()
    guard first.id != second.id else {
      throw ShellError.usage("compare needs two different articles (both are \(first.article.name))", usage: spec.usage)
    }
    let comparison = compare(try session.analysis(of: first), try session.analysis(of: second))
    let columns = [
      Column("aspect"), Column("both", shrinks: true), Column("only_first", title: "only \(first.article.name)", shrinks: true),
      Column("only_second", title: "only \(second.article.name)", shrinks: true),
    ]
    let rows: [[Value]] = comparison.rows.map { [.string($0.aspect), Value($0.both), Value($0.onlyFirst), Value($0.onlySecond)] }
    return .table(Table(columns: columns, rows: rows, noun: ("aspect", "aspects")))
  }
}
