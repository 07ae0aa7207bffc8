/// `help [COMMAND]`: every command with its summary, or one command in full.
struct HelpCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "help", aliases: ["?"], abstract: "List the commands, or show one command's usage, options and examples.",
    arguments: [.init("COMMAND", .command, help: "the command to explain", optional: true)],
    examples: ["help", "help load"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let commands = context.shell.commands
    guard let name = arguments[0] else {
      // Name and summary; the usage is `help NAME`'s (and JSON's).
      let rows: [[Value]] = commands.map { [.string($0.spec.name), .string($0.spec.usage), .string($0.spec.abstract)] }
      return .table(
        Table(
          columns: [Column("name", title: "command"), Column("usage", visibility: .jsonOnly), Column("summary", wraps: true)],
          rows: rows, noun: ("command", "commands")))
    }
    guard let command = context.shell.command(named: name) else {
      let suggestion = Suggestions.closest(to: name, among: commands.map { $0.spec.name })
      throw ShellError.unknownCommand(name, suggestion: suggestion)
    }
    let width = context.shell.environment.outputIsTerminal ? context.shell.environment.width() : nil
    return .text(describe(command.spec, width: width), json: json(command.spec))
  }

  /// The full help of one command; with a terminal `width`, its prose wrapped at spaces.
  static func describe(_ spec: CommandSpec, width: Int? = nil) -> String {
    var lines = [spec.usage, "  " + spec.abstract]
    if let discussion = spec.discussion { lines += ["", discussion] }
    if let width { lines = lines.flatMap { wrapped($0, to: width) } }
    func section(_ title: String, _ rows: [(String, String)]) {
      guard !rows.isEmpty else { return }
      let width = rows.map { $0.0.count }.max() ?? 0
      lines += ["", title] + rows.map { "  " + $0.0.padding(toLength: width) + "  " + $0.1 }
    }
    section("Arguments:", spec.arguments.map { ($0.name, $0.help) })
    section(
      "Options:",
      spec.options.map { option in
        let names = ([option.shortName].compactMap { $0 } + [option.name]).joined(separator: ", ")
        return (names + (option.value.map { " " + $0.placeholder } ?? ""), option.help)
      })
    if !spec.aliases.isEmpty { lines += ["", "Aliases: " + spec.aliases.joined(separator: ", ")] }
    lines += ["", "Examples:"] + spec.examples.map { "  " + $0 }
    return lines.joined(separator: "\n")
  }

  /// A line of help in lines of at most `width` columns; the lines it goes on in are indented
  /// as it is, two more when it is indented (an item of a list).
  static func wrapped(_ line: String, to width: Int) -> [String] {
    let indent = line.prefix { $0 == " " }.count
    let more = indent > 0 ? 2 : 0
    let pieces = DisplayWidth.wrap(String(line.dropFirst(indent)), to: max(20, width - indent - more))
    guard pieces.count > 1 else { return [line] }
    return [String(repeating: " ", count: indent) + pieces[0]] + pieces.dropFirst().map { String(repeating: " ", count: indent + more) + $0 }
  }

  static func json(_ spec: CommandSpec) -> Value {
    .object([
      .init("name", .string(spec.name)), .init("aliases", Value(spec.aliases)), .init("usage", .string(spec.usage)),
      .init("summary", .string(spec.abstract)), .init("discussion", Value(spec.discussion)),
      .init(
        "arguments",
        .array(spec.arguments.map {
          .object([.init("name", .string($0.name)), .init("help", .string($0.help)), .init("optional", .bool($0.isOptional))])
        })),
      .init(
        "options",
        .array(spec.options.map {
          .object([.init("name", .string($0.name)), .init("value", Value($0.value?.placeholder)), .init("help", .string($0.help))])
        })),
      .init("examples", Value(spec.examples)),
    ])
  }
}

extension String {
  /// The string padded with spaces to `length` characters.
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
