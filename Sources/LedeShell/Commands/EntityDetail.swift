import LedeCore

/// `who NAME`: one entity with its forms, role, mentions in context and quotes.
enum EntityDetail {
  /// Characters of context on each side of a mention.
  static let contextWidth = 40

  /// The entity called `name` (its name or an alias), else the first whose name or alias contains it.
  static func entity(named name: String, in report: EntityReport) -> Entity? {
    let lowered = name.lowercased()
    return report.entityIndex(named: name).map { report.entities[$0] }
      ?? report.entities.first { $0.name.lowercased().contains(lowered) || $0.aliases.contains { $0.lowercased().contains(lowered) } }
  }

  /// The entity called `name`, or an error that suggests the closest name (`Pootin` → `Putin`).
  static func require(_ name: String, in report: EntityReport) throws -> Entity {
    if let found = entity(named: name, in: report) { return found }
    // Compare with every form and every word of the names.
    let forms = report.entities.flatMap { entity in
      ([entity.name] + entity.aliases + entity.name.split(separator: " ").map(String.init)).map { ($0, entity.name) }
    }
    let closest = Suggestions.closest(to: name, among: forms.map(\.0))
    let suggestion = closest.flatMap { form in forms.first { $0.0 == form }?.1 }
    throw ShellError.usage(
      "no entity '\(name)' in this article" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), usage: WhoCommand.spec.usage)
  }

  static func output(for name: String, in report: EntityReport, article: Article, context: CommandContext) throws -> CommandOutput {
    let entity = try require(name, in: report)
    let names = EntityNames(report.entities)
    let quotes = try context.session.quotes().filter { quote in
      quote.kind != .scare && quote.speaker.flatMap(names.index(of:)).map { report.entities[$0] == entity } == true
    }
    let lines = entity.mentions.map { keywordInContext($0, in: article) }
    var text = "\(entity.name) — \(entity.type.rawValue)"
    if let role = entity.role { text += ", \(role)" }
    if let affiliation = entity.affiliation { text += " (\(affiliation))" }
    text += "\n"
    if !entity.aliases.isEmpty { text += "also: \(entity.aliases.joined(separator: ", "))\n" }
    text += "\(entity.count) mention\(entity.count == 1 ? "" : "s"), \(quotes.count) quote\(quotes.count == 1 ? "" : "s")\n\n"
    text += lines.map { "\(DisplayWidth.pad($0.sentence, to: 4)) \($0.left) [\($0.match)] \($0.right)" }.joined(separator: "\n")
    if !quotes.isEmpty {
      text += "\n\n" + quotes.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: "\n")
    }
    let json: Value = .object([
      .init("name", .string(entity.name)), .init("type", .string(entity.type.rawValue)), .init("role", Value(entity.role)),
      .init("affiliation", Value(entity.affiliation)), .init("count", .int(entity.count)), .init("aliases", .array(entity.aliases.map(Value.string))),
      .init(
        "mentions",
        .array(
          zip(entity.mentions, lines).map { mention, line in
            .object([
              .init("text", .string(mention.text)), .init("start", .int(mention.start)), .init("end", .int(mention.end)),
              .init("sentence", .int(mention.sentence + 1)), .init("left", .string(line.left)), .init("right", .string(line.right)),
            ])
          })),
      .init(
        "quotes",
        .array(quotes.map { .object([.init("kind", .string($0.kind.rawValue)), .init("text", .string($0.text)), .init("cue", Value($0.cue))]) })),
    ])
    return .text(text, json: json)
  }

  /// The mention with the words around it on one line, the left side aligned to a fixed width.
  static func keywordInContext(_ mention: Mention, in article: Article) -> (sentence: String, left: String, match: String, right: String) {
    let leftStart = max(0, mention.start - contextWidth)
    let rightEnd = min(article.length, mention.end + contextWidth)
    func slice(_ start: Int, _ end: Int) -> String {
      String(article.text(of: Span(start: start, end: end)).map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
    let left = slice(leftStart, mention.start)
    let right = slice(mention.end, rightEnd)
    return ("s\(mention.sentence + 1)", DisplayWidth.pad(left, to: contextWidth, right: true), mention.text, right)
  }
}
