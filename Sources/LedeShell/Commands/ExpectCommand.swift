/// `expect COMMAND CHECK`: an assertion on another command's result, for scripts that run in
/// CI. A failed expectation is an error, so the script stops with exit status 1 and the line.
struct ExpectCommand: ShellCommand {
  /// What a comparison asks of two values; text is only equal or not.
  enum Comparison {
    case equal, notEqual, less, lessOrEqual, greaterOrEqual, greater

    func holds<Compared: Comparable>(_ left: Compared, _ right: Compared) -> Bool {
      switch self {
      case .equal: return left == right
      case .notEqual: return left != right
      case .less: return left < right
      case .lessOrEqual: return left <= right
      case .greaterOrEqual: return left >= right
      case .greater: return left > right
      }
    }
  }

  /// Every comparison a check may name, with what it means (`>` works only quoted).
  static let comparisonMeanings: [(name: String, meaning: Comparison)] = [
    ("==", .equal), ("!=", .notEqual), ("<", .less), ("<=", .lessOrEqual), (">=", .greaterOrEqual), (">", .greater),
    ("is", .equal), ("is-not", .notEqual), ("less-than", .less), ("at-most", .lessOrEqual), ("at-least", .greaterOrEqual),
    ("more-than", .greater), ("eq", .equal), ("ne", .notEqual), ("lt", .less), ("le", .lessOrEqual), ("ge", .greaterOrEqual),
    ("gt", .greater),
  ]
  static let comparisons = comparisonMeanings.map(\.name)

  static let spec = CommandSpec(
    name: "expect", aliases: ["assert"],
    abstract: "Check another command's result (a count, a value, membership) and fail if it does not hold.",
    discussion: """
      COMMAND is one word; quote it when it has arguments ('sentences --all'). Checks:
        count OP N          the number of rows (or list items) the command returns
        FIELD OP VALUE      a field of a one-record result (info, set, use): info words >= 500
        FIELD contains TEXT a list field has TEXT, a text field contains it: info authors contains 'Ann Lee'
        contains TEXT       some value of the result equals TEXT (for text: contains it)
        lacks TEXT          no value equals TEXT
        fails [TEXT]        the command fails (with an error message containing TEXT)
        succeeds            the command runs without error
      OP is ==, !=, <, <=, >=, '>' (quoted: a bare > redirects output) or a word: is, is-not, \
      less-than, at-most, at-least, more-than (or eq, ne, lt, le, ge, gt). Numbers compare as \
      numbers, anything else as text.
      """,
    arguments: [
      .init("COMMAND", .command, help: "the command to run, quoted if it has arguments"),
      .init("CHECK", .word(placeholder: "CHECK"), help: "what must hold of its result (see above)", repeats: true),
    ],
    examples: [
      "expect sentences count >= 10", "expect info language == de", "expect 'info' authors contains 'Josh Smith'",
      "expect 'load missing.txt' fails 'no such file'",
    ], confirmation: .always)

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let commandLine = arguments.positionals[0]
    let check = Array(arguments.positionals.dropFirst())
    let commands = try LineParser.parse(commandLine)
    guard commands.count == 1, let command = commands.first, command.redirect == nil else {
      throw ShellError.usage("expect takes one command without ';' or '>'", usage: spec.usage)
    }
    let name = "'\(commandLine)'"

    if check.first == "fails" {
      guard check.count <= 2 else { throw ShellError.usage("'fails' takes at most one TEXT", usage: spec.usage) }
      do {
        _ = try context.evaluate(command.words)
      } catch {
        let message = "\(error)"
        if let text = check.dropFirst().first, !message.contains(text) {
          throw ShellError.expectationFailed("\(name) failed with '\(message)', which lacks '\(text)'", actual: .string(message))
        }
        return passed(commandLine, check, actual: .string(message))
      }
      throw ShellError.expectationFailed("\(name) succeeded, expected it to fail", actual: .bool(true))
    }
    let result = try context.evaluate(command.words)
    let json = result.json

    switch check.first {
    case "succeeds" where check.count == 1:
      return passed(commandLine, check, actual: .bool(true))
    case "count" where check.count == 3:
      guard case .array(let items) = json else {
        throw ShellError.expectationFailed("\(name) returns no list to count")
      }
      try compare(.int(items.count), check[1], check[2], what: "\(name) count")
      return passed(commandLine, check, actual: .int(items.count))
    case "contains" where check.count == 2, "lacks" where check.count == 2:
      let found = contains(json, check[1]) || (isText(result) && json.plainTextContains(check[1]))
      if found != (check[0] == "contains") {
        throw ShellError.expectationFailed("\(name) \(found ? "contains" : "does not contain") '\(check[1])'", actual: .bool(found))
      }
      return passed(commandLine, check, actual: .bool(found))
    default:
      guard check.count == 3 else {
        // `expect who count > 5` reaches here as `expect who count`, its `> 5` taken as a redirection.
        let incomplete = check.count < 3 && !check.contains(where: comparisons.contains)
        throw ShellError.usage(
          "unknown check '\(check.joined(separator: " "))'"
            + (incomplete ? " — a comparison is missing; a bare > redirects output to a file, so write gt or more-than, or quote '>'" : ""),
          usage: spec.usage)
      }
      let record = json.firstElement.flatMap { json.arrayCount == 1 ? $0 : nil } ?? json
      guard let value = record[check[0]] else {
        // `language from` is how a table titles the field `language_source`.
        if case .record(let shown) = result, let entry = shown.entries.first(where: { $0.title == check[0] && $0.key != $0.title }) {
          throw ShellError.expectationFailed(
            "\(name) has no field '\(check[0])': that is the title of the field '\(entry.key)', and checks name fields by key"
              + (context.shell.command(named: command.words[0])?.spec.option(named: "--keys") != nil ? " (\(command.words[0]) --keys lists them)" : ""))
        }
        let fields = record.keys
        let suggestion = Suggestions.closest(to: check[0], among: fields)
        throw ShellError.expectationFailed(
          "\(name) has no field '\(check[0])'" + (fields.isEmpty ? "" : Suggestions.didYouMean(suggestion)))
      }
      if check[1] == "contains" || check[1] == "lacks" {
        let found = contains(value, check[2]) || value.plainTextContains(check[2]) && value.arrayCount == nil
        if found != (check[1] == "contains") {
          throw ShellError.expectationFailed(
            "\(name) \(check[0]) \(found ? "contains" : "does not contain") '\(check[2])'", actual: value)
        }
        return passed(commandLine, check, actual: value)
      }
      try compare(value, check[1], check[2], what: "\(name) \(check[0])")
      return passed(commandLine, check, actual: value)
    }
  }

  private static func passed(_ command: String, _ check: [String], actual: Value) -> CommandOutput {
    let text = check.joined(separator: " ")
    return .message(
      "ok: \(command) \(text)",
      json: .object([
        .init("command", .string(command)), .init("check", .string(text)), .init("actual", actual),
        .init("passed", .bool(true)),
      ]))
  }

  /// Checks `actual OP expected`; throws an expectation failure that shows both.
  private static func compare(_ actual: Value, _ operation: String, _ expected: String, what: String) throws {
    guard let meaning = comparisonMeanings.first(where: { $0.name == operation })?.meaning else {
      throw ShellError.usage(
        "unknown comparison '\(operation)' (expected \(Suggestions.list(comparisons)))", usage: spec.usage)
    }
    let holds: Bool
    if let left = Double(actual.plainText), let right = Double(expected) {
      holds = meaning.holds(left, right)
    } else if meaning == .equal || meaning == .notEqual {
      holds = meaning.holds(actual.plainText, expected)
    } else {
      throw ShellError.expectationFailed("\(what) is '\(actual.plainText)', which is not a number", actual: actual)
    }
    if !holds {
      let shown = actual.plainText.isEmpty ? "empty" : Double(actual.plainText) != nil ? actual.plainText : "'\(actual.plainText)'"
      throw ShellError.expectationFailed("\(what) is \(shown), expected \(operation) \(expected)", actual: actual)
    }
  }

  private static func contains(_ value: Value, _ text: String) -> Bool {
    switch value {
    case .string(let string): return string == text
    case .int, .double: return value.plainText == text
    case .array(let values): return values.contains { contains($0, text) }
    case .object(let fields): return fields.contains { contains($0.value, text) }
    case .null, .bool: return false
    }
  }

  private static func isText(_ output: CommandOutput) -> Bool {
    if case .text = output { return true }
    return false
  }
}

extension Value {
  var arrayCount: Int? {
    guard case .array(let values) = self else { return nil }
    return values.count
  }

  var keys: [String] {
    guard case .object(let fields) = self else { return [] }
    return fields.map(\.key)
  }

  /// Whether any string inside contains `text`.
  func plainTextContains(_ text: String) -> Bool {
    switch self {
    case .string(let string): return string.contains(text)
    case .array(let values): return values.contains { $0.plainTextContains(text) }
    case .object(let fields): return fields.contains { $0.value.plainTextContains(text) }
    default: return false
    }
  }
}
