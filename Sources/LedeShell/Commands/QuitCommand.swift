/// `quit`: leaves the shell (Ctrl-D does too).
struct QuitCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "quit", aliases: ["exit", "\\q"], abstract: "Leave lede (Ctrl-D does the same).", examples: ["quit"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    context.shell.requestQuit()
    return .nothing
  }
}
