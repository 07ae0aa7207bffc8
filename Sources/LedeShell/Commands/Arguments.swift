import LedeCore

/// A command's words, checked against its `CommandSpec`.
public struct Arguments: Sendable {
  public let positionals: [String]
  private let values: [String: String]
  private let flags: Set<String>

  /// Binds `words` (without the command name) to `spec`; throws a usage error naming the problem.
  public init(_ words: [String], for spec: CommandSpec) throws {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var index = 0
    var onlyPositionals = false
    while index < words.count {
      let word = words[index]
      index += 1
      if word == "--" && !onlyPositionals {
        onlyPositionals = true
        continue
      }
      guard !onlyPositionals, word.hasPrefix("-"), word.count > 1, Int(word) == nil else {
        positionals.append(word)
        continue
      }
      var name = word
      var inlineValue: String?
      if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      guard let option = spec.option(named: name) else {
        let suggestion = Suggestions.closest(to: name, among: spec.options.map(\.name))
        throw ShellError.usage(
          "unknown option '\(name)' for '\(spec.name)'" + Suggestions.didYouMean(suggestion), usage: spec.usage)
      }
      guard let kind = option.value else {
        guard inlineValue == nil else {
          throw ShellError.usage("option '\(option.name)' takes no value", usage: spec.usage)
        }
        flags.insert(option.name)
        continue
      }
      guard let value = inlineValue ?? (index < words.count ? words[index] : nil) else {
        throw ShellError.usage("option '\(option.name)' needs a value (\(kind.placeholder))", usage: spec.usage)
      }
      if inlineValue == nil { index += 1 }
      try Self.check(value, kind, name: option.name, spec: spec)
      values[option.name] = value
    }

    let required = spec.arguments.filter { !$0.isOptional }.count
    if positionals.count < required {
      let missing = spec.arguments[positionals.count]
      throw ShellError.usage("'\(spec.name)' needs \(missing.name)", usage: spec.usage)
    }
    if !(spec.arguments.last?.repeats ?? false) && positionals.count > spec.arguments.count {
      let extra = positionals[spec.arguments.count]
      throw ShellError.usage("unexpected argument '\(extra)' for '\(spec.name)'", usage: spec.usage)
    }
    for (index, value) in positionals.enumerated() {
      let argument = spec.arguments[min(index, spec.arguments.count - 1)]
      try Self.check(value, argument.kind, name: argument.name, spec: spec)
    }
    self.positionals = positionals
    self.values = values
    self.flags = flags
  }

  /// The value of an option, or nil if it was not given.
  public func value(_ option: String) -> String? { values[option] }

  public func flag(_ option: String) -> Bool { flags.contains(option) }

  public func integer(_ option: String) -> Int? { values[option].flatMap { Int($0) } }

  /// The positional argument at `index`, or nil.
  public subscript(index: Int) -> String? { index < positionals.count ? positionals[index] : nil }

  private static func check(_ value: String, _ kind: ValueKind, name: String, spec: CommandSpec) throws {
    switch kind {
    case .integer(let placeholder):
      guard Int(value) != nil else {
        throw ShellError.usage("\(name) must be a whole number (\(placeholder)), not '\(value)'", usage: spec.usage)
      }
    case .date:
      guard CalendarDate(iso: value) != nil else {
        throw ShellError.usage(LedeError.invalidDate(value, expected: "YYYY-MM-DD, YYYY-MM or YYYY").description, usage: spec.usage)
      }
    case .choice(let choices):
      guard choices.contains(value) else {
        throw ShellError.usage(
          "invalid value '\(value)' for \(name) (expected \(Suggestions.list(choices)))", usage: spec.usage)
      }
    case .word, .path, .command, .article, .speaker, .entity:
      break
    }
  }
}

extension Arguments {
  /// A count option's value (`--top 10`): zero or more, `default` when it is not given.
  func count(_ option: String, default value: Int, for spec: CommandSpec) throws -> Int {
    guard let count = integer(option) else { return value }
    guard count >= 0 else { throw ShellError.usage("\(option) wants a count of 0 or more, not \(count)", usage: spec.usage) }
    return count
  }
}
