/// `use ID|NAME`: makes another loaded article the current one.
struct UseCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "use", abstract: "Make a loaded article the current one, by id, name or the start of its name.",
    arguments: [.init("ID|NAME", .article, help: "the article's id or name, as 'articles' lists them")],
    examples: ["use 1", "use putin"], confirmation: .always)

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try context.session.use(arguments.positionals[0])
    let title = loaded.article.title.map { ": \($0)" } ?? ""
    return .message(
      "using article \(loaded.id) (\(loaded.article.name))\(title)", json: ArticleSummary.object(loaded, in: context.session))
  }
}
