import LedeCore

/// `set [NAME [VALUE]]`: shows or changes the shell's settings.
struct SetCommand: ShellCommand {
  /// Every setting with the values it takes.
  static let settings: [(name: String, values: [String], help: String)] = [
    ("format", OutputFormat.allCases.map(\.rawValue), "how results are written (csv: a header per command; give each command > FILE for one table per file)"),
    ("color", Session.Settings.ColorChoice.allCases.map(\.rawValue), "colour on a terminal (auto: unless NO_COLOR is set)"),
    ("language", ["auto"] + Language.allCases.map(\.code), "the language of articles loaded from now on (auto: detect)"),
    ("pager", ["on", "off"], "long output on a terminal through $PAGER (default less -R)"),
    ("timer", ["on", "off"], "report each command's time on standard error"),
    ("expanded", Session.Settings.Expanded.allCases.map(\.rawValue), "tables as one block of field and value per row (auto: when a row does not fit the terminal), as psql's \\x"),
  ]

  static let spec = CommandSpec(
    name: "set", abstract: "Show or change settings: format, color, language, pager, timer, expanded.",
    discussion: settings.map { "\($0.name) \($0.values.joined(separator: "|")): \($0.help)" }.joined(separator: "\n"),
    arguments: [
      .init("NAME", .choice(settings.map(\.name)), help: "the setting", optional: true),
      .init("VALUE", .word(placeholder: "VALUE"), help: "its new value", optional: true),
    ],
    examples: ["set", "set format json", "set color off", "set language de"], confirmation: .withArguments)

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    if let name = arguments[0], let value = arguments[1] {
      guard let setting = settings.first(where: { $0.name == name }), setting.values.contains(value) else {
        let values = settings.first { $0.name == name }?.values ?? []
        throw ShellError.usage("invalid value '\(value)' for \(name) (expected \(Suggestions.list(values)))", usage: spec.usage)
      }
      switch name {
      case "format": session.settings.format = OutputFormat(rawValue: value)!
      case "color": session.settings.color = Session.Settings.ColorChoice(rawValue: value)!
      case "pager": session.settings.pager = value == "on"
      case "timer": session.settings.timer = value == "on"
      case "expanded": session.settings.expanded = Session.Settings.Expanded(rawValue: value)!
      default: session.settings.language = Language(code: value)
      }
    }
    let current: [String: String] = [
      "format": session.settings.format.rawValue, "color": session.settings.color.rawValue,
      "language": session.settings.language?.code ?? "auto", "pager": session.settings.pager ? "on" : "off",
      "timer": session.settings.timer ? "on" : "off", "expanded": session.settings.expanded.rawValue,
    ]
    let shown = settings.filter { arguments[0] == nil || $0.name == arguments[0] }
    return .record(Record(shown.map { Record.Entry($0.name, .string(current[$0.name] ?? "")) }))
  }

  static func completions(forArgument index: Int, after words: [String], in session: Session) -> [String]? {
    guard index == 1, let name = words.last else { return nil }
    return settings.first { $0.name == name }?.values
  }
}
