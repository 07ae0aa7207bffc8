import LedeCore

/// `timeline`: the article's time expressions in chronological order.
struct TimelineCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "timeline", abstract: "Show every dated event in order, normalised against the article's date.",
    discussion: """
      Time expressions (TIMEX3: DATE, TIME, DURATION, SET) with their values, resolved against \
      the article's date (load … --date sets it): `am Mittwoch` → 2024-06-19, `seit 24 Jahren` → \
      P24Y, reaching from 2000 to the article's date. Dated expressions come first, in calendar \
      order (a duration that reaches up to a date by its start); durations, sets and words like `now` \
      (PRESENT_REF) follow in text order. ~ marks a value resting on a guess (an article dated \
      only to the month); without a date, values stay open (XXXX-06-19). --explain shows the \
      pattern and how the value was computed. start and end (JSON, CSV) are Unicode code point \
      offsets into the article text.
      """,
    options: [
      .init("--from", .date, help: "only dates from this day on"),
      .init("--to", .date, help: "only dates up to this day"),
      .init("--type", .choice(TimeExpression.Kind.allCases.map(\.rawValue)), help: "only expressions of this TIMEX3 type"),
      .init("--explain", short: "-e", help: "show the pattern and how the value was computed"),
    ],
    examples: ["timeline", "timeline --type DATE", "timeline --from 2024-01-01 --to 2024-12-31", "timeline --explain", "timeline --all"], scope: .article(needs: [.times]))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    var found = timelineOrder(try context.session.timeExpressions())
    if let type = arguments.value("--type") { found = found.filter { $0.kind.rawValue == type } }
    // Dates were checked against their kind with the other arguments, as `load --date` reads them.
    if let from = arguments.value("--from").flatMap({ CalendarDate(iso: $0) }) {
      found = found.filter { $0.calendarStart.map { !($0 < from) } ?? false }
    }
    if let to = arguments.value("--to").flatMap({ CalendarDate(iso: $0) }) {
      found = found.filter { $0.calendarStart.map { !(to < $0) } ?? false }
    }
    let explain = arguments.flag("--explain")
    var columns = [
      Column("n", alignment: .right, visibility: .textOnly), Column("value"),
      Column("~", visibility: .textOnly), Column("type"), Column("text"), Column("reach", visibility: .textOnly),
      // With --explain the explanation takes the sentence's room (JSON keeps both).
      Column("sentence", visibility: explain ? .jsonOnly : .everywhere, shrinks: true),
      Column("start", visibility: .jsonOnly), Column("end", visibility: .jsonOnly),
      Column("approximate", visibility: .jsonOnly), Column("mod", visibility: .jsonOnly),
      Column("beginPoint", visibility: .jsonOnly), Column("endPoint", visibility: .jsonOnly),
    ]
    // The explanation is what was asked for: it wraps, never cut.
    if explain { columns.append(Column("explanation", wraps: true)) }
    let rows: [[Value]] = zip(1..., found).map { number, expression in
      var row: [Value] = [
        .int(number), .string(expression.value), .string(expression.approximate ? "~" : ""), .string(expression.kind.rawValue),
        .string(expression.text), .string(expression.reach?.description ?? ""), .string(expression.sentence),
        .int(expression.span.start), .int(expression.span.end), .bool(expression.approximate), Value(expression.modifier),
        Value(expression.reach?.begin), Value(expression.reach?.end),
      ]
      if explain { row.append(.string(expression.explanation)) }
      return row
    }
    return .table(Table(columns: columns, rows: rows, noun: ("time expression", "time expressions")))
  }

  /// `timeline --all`: one chronology of the story over every article, each expression with its
  /// article: dated values in calendar order (an article's own order among equal values), then
  /// those no calendar places (`XXXX-WXX-1`, `PRESENT_REF`, durations) article by article.
  static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    guard case .table(let table) = ArticleScope.concatenated(parts), let value = table.columns.firstIndex(where: { $0.key == "value" })
    else { return .nothing }
    let dated = { (row: [Value]) -> String? in
      guard case .string(let text) = row[value], text.first?.isNumber ?? false else { return nil }
      return text
    }
    let rows = table.rows.enumerated().sorted { one, two in
      switch (dated(one.element), dated(two.element)) {
      case (let first?, let second?): return (first, one.offset) < (second, two.offset)
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return one.offset < two.offset
      }
    }.map(\.element)
    return .table(Table(columns: table.columns, rows: rows, noun: table.noun))
  }
}
