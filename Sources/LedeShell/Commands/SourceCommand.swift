/// `source FILE`: runs a script of lede commands inside the shell, as `lede -f` runs one.
struct SourceCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "source", aliases: ["\\i", "\\ir", ".read"],
    abstract: "Run a script of lede commands here, as lede -f runs one; its relative paths start at its folder.",
    discussion: """
      The script's commands run in this session: what it loads stays loaded, what it sets stays \
      set. Paths in the script (load, export, > FILE, source) are taken from the script's own \
      folder, as psql's \\ir takes them; the FILE given to source itself from the working \
      directory, or inside a script from that script's folder. The script stops at its first \
      failing command, which is reported with the script's name and line; source then fails too.
      """,
    arguments: [.init("FILE", .path, help: "the script to run")],
    examples: ["source Examples/scripts/who.lede"])

  /// How deep scripts may source each other before lede calls it a loop.
  static let deepest = 16

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let shell = context.shell
    let given = arguments[0] ?? ""
    guard shell.sourceDepth < Self.deepest else {
      throw ShellError.failed("\(given): scripts source each other more than \(Self.deepest) deep (a loop?)")
    }
    shell.sourceDepth += 1
    defer { shell.sourceDepth -= 1 }
    guard let status = ScriptRunner.run(file: shell.resolve(given), in: shell, keepGoing: false) else {
      throw ShellError.file(path: given, problem: "cannot read this script")
    }
    guard status == 0 else { throw ShellError.failed("\(given): the script stopped at the failed command above") }
    return .nothing
  }
}
