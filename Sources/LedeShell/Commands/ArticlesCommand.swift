/// `articles`: the loaded articles; `*` marks the current one.
struct ArticlesCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "articles", aliases: ["ls"],
    abstract: "List the loaded articles with id, name, title, date, language and size.",
    examples: ["articles"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    .table(ArticleSummary.table(context.session.articles, in: context.session))
  }
}
