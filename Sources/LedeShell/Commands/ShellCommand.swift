import LedeCore

/// A shell command: one declaration (`spec`) and a `run` that returns data, never prints.
public protocol ShellCommand: Sendable {
  static var spec: CommandSpec { get }
  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput
  /// Completions for the positional argument at `index`, given the words before it; nil
  /// falls back to what the argument's `ValueKind` offers.
  static func completions(forArgument index: Int, after words: [String], in session: Session) -> [String]?
  /// For a command about one article, its outputs for every loaded article (`--all`) as one
  /// output; by default their rows one after another, each naming its article.
  static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput
}

extension ShellCommand {
  public static func completions(forArgument index: Int, after words: [String], in session: Session) -> [String]? {
    nil
  }

  public static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    ArticleScope.concatenated(parts)
  }
}

/// What a running command can reach: the session, warnings, interruption, and other commands.
public struct CommandContext {
  public let session: Session
  let shell: Shell

  /// Writes a `warning:` line to standard error.
  public func warn(_ message: String) {
    shell.report(warning: message)
  }

  /// Throws `.interrupted` once the user pressed Ctrl-C; long loops call it.
  public func checkInterruption() throws {
    if shell.interruption() { throw ShellError.interrupted }
  }

  /// Runs another command line and returns its result (for `expect`).
  public func evaluate(_ words: [String]) throws -> CommandOutput {
    try shell.evaluate(words)
  }

  /// Writes `text` to a file, replacing it (`export`); errors name the path as given.
  public func write(_ text: String, to path: String) throws {
    try Shell.write(text, to: shell.resolve(path), append: false, shownAs: path)
  }

  /// The file-system side of `load`.
  var files: ArticleFiles { shell.files }
}
