import LedeCore

/// `text [--sentences]`: the article's text, whole or one sentence per line.
struct TextCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "text", abstract: "Print the current article's text, or one sentence per line with --sentences.",
    arguments: [.init("ID|NAME", .article, help: "another loaded article than the current one", optional: true)],
    options: [.init("--sentences", short: "-s", help: "one sentence (or headline) per line")],
    examples: ["text", "text --sentences"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try arguments[0].map(context.session.article(matching:)) ?? context.session.requireArticle()
    let article = loaded.article
    if arguments.flag("--sentences") {
      let lines = article.sentences.map { SentencesCommand.oneLine(article.text(of: $0.span)) }
      return .text(lines.joined(separator: "\n"), json: Value(lines))
    }
    let json = Value.object([.init("id", .int(loaded.id)), .init("name", .string(article.name)), .init("text", .string(article.text))])
    return .text(article.text, json: json)
  }
}
