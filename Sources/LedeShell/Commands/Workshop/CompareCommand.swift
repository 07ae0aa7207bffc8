import LedeCore

/// `compare A B …`: loaded articles side by side.
struct CompareCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "compare", abstract: "Compare loaded articles: shared and distinct names, who is quoted, overlapping dates.",
    discussion: """
      One row per aspect: people, organisations, places, quoted (with their number of quotes in \
      each article, first/second/…), dates. A name matches the same name or a person's surname \
      alone (Putin, Wladimir Putin); a day overlaps the month or year it lies in. With one \
      article named, it is compared with the current one. With three or more, some lists what \
      several articles share but not all, and only NAME what that article alone has.
      """,
    arguments: [
      .init("A", .article, help: "the first article (id or name)"),
      .init("B", .article, help: "the second article (default: the current one), and more", optional: true, repeats: true),
    ],
    examples: ["compare 1 2", "compare harbour-strike", "compare 1 2 3"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    var articles = try arguments.positionals.map(session.article(matching:))
    if articles.count == 1 { articles.append(try session.requireArticle()) }
    for (index, article) in articles.enumerated() where articles[..<index].contains(where: { $0.id == article.id }) {
      throw ShellError.usage("compare needs different articles (\(article.article.name) is named twice)", usage: spec.usage)
    }
    let comparison = compare(try articles.map { try session.analysis(of: $0) })
    let names = articles.map(\.article.name)
    guard articles.count > 2 else {
      let columns = [
        Column("aspect"), Column("both", shrinks: true), Column("only_first", title: "only \(names[0])", shrinks: true),
        Column("only_second", title: "only \(names[1])", shrinks: true),
      ]
      let rows: [[Value]] = comparison.rows.map { [.string($0.aspect), Value($0.shared), Value($0.only[0]), Value($0.only[1])] }
      return .table(Table(columns: columns, rows: rows, noun: ("aspect", "aspects")))
    }
    let columns = [Column("aspect"), Column("all", shrinks: true), Column("some", shrinks: true)]
      + zip(articles, names).map { Column("only_\($0.id)", title: "only \($1)", shrinks: true) }
    let rows: [[Value]] = comparison.rows.map { [.string($0.aspect), Value($0.shared), Value($0.partly)] + $0.only.map(Value.init) }
    return .table(Table(columns: columns, rows: rows, noun: ("aspect", "aspects")))
  }
}
