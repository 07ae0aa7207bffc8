/// The one declaration of a command: help, completion, argument checking and the README's
/// command table all read it.
public struct CommandSpec: Sendable {
  public let name: String
  public let aliases: [String]
  /// One line: what the command does.
  public let abstract: String
  /// More help, shown by `help NAME`.
  public let discussion: String?
  public let arguments: [ArgumentSpec]
  public let options: [OptionSpec]
  /// Command lines that show typical use, each runnable on the bundled example.
  public let examples: [String]
  /// When its output only confirms what it did, which `-q` leaves out.
  public let confirmation: Confirmation
  /// What the command is about: the session, or one article (then it takes `--all` and
  /// `--article`, and says what it needs found in each article).
  public let scope: Scope

  /// What a command is about.
  public enum Scope: Sendable, Equatable {
    /// The session as a whole (`load`, `set`, `compare`).
    case session
    /// One article, the current one by default; `--all` runs it over every loaded article
    /// (the analyses it `needs` found on all cores first), `--article ID|NAME` over another.
    case article(needs: Set<Session.Analysis>)
  }

  /// Output that only confirms a command's work (`load`'s table, `use`, `set format json`, a
  /// passing `expect`): `lede -q` writes none of it, as `psql -q` writes no notices.
  public enum Confirmation: Sendable {
    /// The output is what was asked for.
    case never
    /// The output only confirms.
    case always
    /// The output only confirms when the command has arguments (`set format json`, not `set`).
    case withArguments
  }

  public init(
    name: String, aliases: [String] = [], abstract: String, discussion: String? = nil,
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [String], confirmation: Confirmation = .never,
    scope: Scope = .session
  ) {
    self.confirmation = confirmation
    self.scope = scope
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = scope == .session ? options : options + ArticleScope.options
    self.examples = examples
  }

  /// `load PATH... [--date YYYY-MM-DD] [--lang de|en]`.
  public var usage: String {
    var parts = [name]
    for argument in arguments {
      let word = argument.name + (argument.repeats ? "..." : "")
      parts.append(argument.isOptional ? "[\(word)]" : word)
    }
    for option in options {
      parts.append("[\(option.name)\(option.value.map { " " + $0.placeholder } ?? "")]")
    }
    return parts.joined(separator: " ")
  }

  func option(named name: String) -> OptionSpec? {
    options.first { $0.name == name || $0.shortName == name }
  }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
  public let name: String
  public let help: String
  public let kind: ValueKind
  public let isOptional: Bool
  /// Takes all remaining words.
  public let repeats: Bool

  public init(_ name: String, _ kind: ValueKind = .word, help: String, optional: Bool = false, repeats: Bool = false) {
    self.name = name
    self.help = help
    self.kind = kind
    self.isOptional = optional
    self.repeats = repeats
  }
}

/// A `--name` option, with a value or as a flag.
public struct OptionSpec: Sendable {
  public let name: String
  public let shortName: String?
  public let help: String
  /// The kind of value it takes; nil for a flag.
  public let value: ValueKind?

  public init(_ name: String, short: String? = nil, _ value: ValueKind? = nil, help: String) {
    self.name = name
    self.shortName = short
    self.help = help
    self.value = value
  }
}

/// What a word must be, how it is shown in usage, and how TAB completes it.
public enum ValueKind: Sendable, Equatable {
  case word(placeholder: String)
  /// A file or directory; completion offers paths.
  case path
  case integer(placeholder: String)
  /// A `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`) date.
  case date
  case choice([String])
  /// A command name; completion offers commands.
  case command
  /// A loaded article's id or name; completion offers names.
  case article
  /// A speaker quoted in the current article; completion offers their names.
  case speaker
  /// A person, organisation or place of the current article; completion offers their names.
  case entity

  public static let word = ValueKind.word(placeholder: "WORD")

  public var placeholder: String {
    switch self {
    case .word(let placeholder), .integer(let placeholder): return placeholder
    case .path: return "PATH"
    case .date: return "YYYY-MM-DD"
    case .choice(let choices): return choices.joined(separator: "|")
    case .command: return "COMMAND"
    case .article: return "ID|NAME"
    case .speaker, .entity: return "NAME"
    }
  }
}
