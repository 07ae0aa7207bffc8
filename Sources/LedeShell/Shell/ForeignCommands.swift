/// Lines in the command languages of other shells users come from: psql's backslash commands,
/// sqlite3's dot commands, a shell escape with `!`. lede's line parser would read `\i` as `i`
/// and suggest `info`; instead an alias (`\q`) runs its command and anything else gets an error
/// that says what lede does instead.
enum ForeignCommands {
  /// The line with its first word replaced by the command it is an alias of (`\q` → `quit`),
  /// nil for a line of lede's own; throws for a foreign command lede has no counterpart of.
  static func translated(_ line: String, commands: [any ShellCommand.Type]) throws -> String? {
    let trimmed = line.drop { $0 == " " || $0 == "\t" }
    guard let first = trimmed.first, first == "\\" || first == "!" || first == "." else { return nil }
    let word = String(trimmed.prefix { $0 != " " && $0 != "\t" })
    if let command = commands.first(where: { $0.spec.aliases.contains(word) }) {
      return command.spec.name + trimmed.dropFirst(word.count)
    }
    throw ShellError.failed(problem(with: word))
  }

  private static func problem(with word: String) -> String {
    if word.hasPrefix("!") { return "'\(word)': lede runs no shell commands (run it in a terminal of its own)" }
    let kind = word.hasPrefix("\\") ? "backslash" : "dot"
    return "'\(word)': lede has no \(kind) commands; its commands are words (type 'help' for the list)"
  }
}
