import Foundation
import LedeCore

#if canImport(Glibc)
  import Glibc
#endif

/// Where a command line came from: a script and line, `-c` and its number, or standard input.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let line: Int

  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  public var description: String { "\(file):\(line)" }
}

/// The command interpreter: parses lines, runs commands, renders results and reports errors.
/// The REPL, scripts, `-c` and the tests all drive it the same way.
public final class Shell {
  /// What the shell knows about where it writes.
  public struct Environment: Sendable {
    /// Standard output is a terminal.
    public var outputIsTerminal = false
    /// Standard error is a terminal.
    public var errorIsTerminal = false
    /// Colour is allowed at all (no `NO_COLOR`, no `--no-color`, not a dumb terminal).
    public var colorAllowed = false
    /// The terminal width, asked anew for every command (the window may have been resized).
    public var width: @Sendable () -> Int? = { nil }
    /// The terminal height in lines, asked anew for every command.
    public var height: @Sendable () -> Int? = { nil }
    /// Shows long output on the terminal (`Pager.show`); returns false if it could not.
    public var pager: @Sendable (String) -> Bool = { _ in false }

    public init() {}
  }

  public let session: Session
  public let sink: OutputSink
  public var environment: Environment
  public let commands: [any ShellCommand.Type]
  /// Whether `quit` ran.
  public private(set) var shouldQuit = false
  /// Every `expect` run so far and how it ended, for `--report junit|tap FILE`.
  public private(set) var checks: [CheckResult] = []
  /// Asked by long-running commands; the REPL connects it to Ctrl-C.
  public var interruption: () -> Bool = { false }
  /// The file-system side of `load`, made on first use.
  lazy var files = ArticleFiles(
    reader: session.reader, readStandardInput: { try ArticleFiles.read(STDIN_FILENO, atMost: ArticleFiles.sizeLimit + 1, shownAs: "-") },
    isInterrupted: { [unowned self] in interruption() }, resolve: { [unowned self] in resolve($0) })
  /// The folder of the script being run (`-f`, `source`): its relative paths are taken from
  /// there, as psql's `\ir` takes them; nil (the REPL, `-c`): from the working directory.
  public internal(set) var scriptFolder: String?
  /// How many `source` commands are running inside each other.
  var sourceDepth = 0

  /// The path a command's argument means: `~` expanded, and in a script relative to its folder.
  func resolve(_ path: String) -> String {
    ArticleFiles.resolve(path, from: scriptFolder)
  }

  public init(
    session: Session = Session(), sink: OutputSink = StandardStreams(), environment: Environment = Environment(),
    commands: [any ShellCommand.Type] = Commands.all
  ) {
    self.session = session
    self.sink = sink
    self.environment = environment
    self.commands = commands
  }

  /// Runs every command of `line`; stops at the first failure and reports it.
  /// Returns whether all commands succeeded.
  @discardableResult
  public func run(_ line: String, at location: SourceLocation? = nil) -> Bool {
    var current = line
    var isCheck = false
    do {
      if let renamed = try ForeignCommands.translated(line, commands: commands) { return run(renamed, at: location) }
      for command in try LineParser.parse(line) {
        current = command.words.joined(separator: " ")
        isCheck = command.words.first.flatMap(self.command(named:))?.spec.name == ExpectCommand.spec.name
        try execute(command)
        if isCheck { checks.append(CheckResult(check: current, location: location, failure: nil)) }
        if shouldQuit { break }
      }
      return true
    } catch {
      report(error, at: location)
      writeFailureRecord(error, command: current, at: location)
      if isCheck { checks.append(CheckResult(check: current, location: location, failure: Self.messages(of: error).joined(separator: "\n"))) }
      return false
    }
  }

  /// Under `--format json` a command that fails writes one line too, so that a consumer can pair
  /// lines with commands: `{"error": …, "command": …, "file": …, "line": N}`, and `"passed":
  /// false` with the `actual` value for a failed `expect` (a passing one writes `"passed": true`).
  private func writeFailureRecord(_ error: Error, command: String, at location: SourceLocation?) {
    guard session.settings.format == .json else { return }
    var fields: [Value.Field] = [
      .init("error", .string(Self.messages(of: error).joined(separator: "\n"))), .init("command", .string(command)),
      .init("file", location.map { .string($0.file) } ?? .null), .init("line", location.map { .int($0.line) } ?? .null),
    ]
    if case ShellError.expectationFailed(_, let actual) = error {
      fields.append(.init("passed", .bool(false)))
      if let actual { fields.append(.init("actual", actual)) }
    }
    try? sink.write(renderer(forTerminal: false).render(.message("", json: .object(fields))))
  }

  /// Looks up and runs one command.
  public func evaluate(_ words: [String]) throws -> CommandOutput {
    guard let name = words.first else { return .nothing }
    guard let command = command(named: name) else {
      let names = commands.flatMap { [$0.spec.name] + $0.spec.aliases.filter { $0.first?.isLetter ?? false } }
      throw ShellError.unknownCommand(name, suggestion: Suggestions.closest(to: name, among: names))
    }
    let arguments = try Arguments(Array(words.dropFirst()), for: command.spec)
    let context = CommandContext(session: session, shell: self)
    if case .article = command.spec.scope { return try ArticleScope.run(command, arguments, in: context) }
    return try command.run(context, arguments)
  }

  /// The command called `name` or one of its aliases.
  public func command(named name: String) -> (any ShellCommand.Type)? {
    commands.first { $0.spec.name == name || $0.spec.aliases.contains(name) }
  }

  func requestQuit() {
    shouldQuit = true
  }

  private func execute(_ command: LineParser.Command) throws {
    let started = DispatchTime.now().uptimeNanoseconds
    defer {
      if session.settings.timer {
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        sink.writeError("time: \(Value.format((milliseconds * 10).rounded() / 10)) ms\n")
      }
    }
    let output = try evaluate(command.words)
    if isConfirmationLeftOut(command.words) { return }
    guard let redirect = command.redirect else {
      let text = renderer(forTerminal: environment.outputIsTerminal).render(output)
      if shouldPage(text), environment.pager(text) { return }
      try sink.write(text)
      return
    }
    let text = renderer(forTerminal: false).render(output)
    try Self.write(text, to: resolve(redirect.path), append: redirect.append, shownAs: redirect.path)
  }

  /// Whether `-q` leaves out what this command line writes: only a confirmation, and not under
  /// `--format json`, where every command writes its one line.
  private func isConfirmationLeftOut(_ words: [String]) -> Bool {
    guard session.settings.quiet, session.settings.format != .json, let name = words.first, let spec = command(named: name)?.spec
    else { return false }
    switch spec.confirmation {
    case .never: return false
    case .always: return true
    case .withArguments: return words.count > 1
    }
  }

  /// Writes `text` to a file (or device, like `/dev/null`), creating, truncating or appending.
  /// A named pipe nothing reads from is an error, not a wait (it is opened without blocking,
  /// then written as usual).
  static func write(_ text: String, to path: String, append: Bool, shownAs shown: String) throws {
    let flags = O_WRONLY | O_CREAT | O_NONBLOCK | (append ? O_APPEND : O_TRUNC)
    let descriptor = open(path, flags, 0o644)
    guard descriptor >= 0 else {
      let problem = errno == ENXIO ? "a pipe that nothing reads from" : ArticleFiles.describe(errno)
      throw ShellError.file(path: shown, problem: problem)
    }
    defer { close(descriptor) }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    guard writeAll(text, to: descriptor) else { throw ShellError.file(path: shown, problem: ArticleFiles.describe(errno)) }
  }

  /// Writes all of `text` to a file descriptor, again after a signal; false when a write fails
  /// (`errno` says why).
  static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { return false }
      bytes = bytes.dropFirst(written)
    }
    return true
  }

  /// Whether output goes through the pager: only on a terminal, with the pager on, and when it
  /// is longer than the window.
  func shouldPage(_ text: String) -> Bool {
    guard environment.outputIsTerminal, session.settings.pager, let height = environment.height(), height > 0 else { return false }
    let width = max(1, environment.width() ?? .max)
    var lines = 0
    // Screen lines: a line longer than the terminal takes several.
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
      lines += width == .max ? 1 : max(1, (DisplayWidth.of(AnnotatedTextWriter.withoutEscapes(String(line))) + width - 1) / width)
      if lines >= height { return true }
    }
    return false
  }

  /// The renderer for the current settings; terminals get colour and the window width.
  public func renderer(forTerminal terminal: Bool) -> Renderer {
    Renderer(
      format: session.settings.format, style: style(forTerminal: terminal),
      width: terminal ? environment.width() : nil, rawCSV: session.settings.rawCSV, expanded: session.settings.expanded)
  }

  private func style(forTerminal terminal: Bool) -> Style {
    switch session.settings.color {
    case .on: return .colors
    case .off: return .plain
    case .auto: return environment.colorAllowed && terminal ? .colors : .plain
    }
  }

  // MARK: Reporting

  /// Writes `error` as `LOCATION: error: MESSAGE` lines to standard error; what the message
  /// repeats of a command line or a file is made visible (`VisibleText`).
  public func report(_ error: Error, at location: SourceLocation?) {
    let prefix = VisibleText.of(location.map { "\($0): " } ?? "")
    let style = style(forTerminal: environment.errorIsTerminal)
    for message in Self.messages(of: error) {
      sink.writeError(prefix + style.error("error:") + " " + VisibleText.of(message) + "\n")
    }
  }

  /// The lines an error is reported as (several for a `load` of several files that failed).
  static func messages(of error: Error) -> [String] {
    switch error {
    case ShellError.several(let list): return list.map(\.description)
    case let error as ShellError: return [error.description]
    case let error as LedeError: return [error.description]
    default: return ["\(error)"]
    }
  }

  /// Writes a `warning:` line to standard error.
  public func report(warning message: String) {
    let style = style(forTerminal: environment.errorIsTerminal)
    sink.writeError(style.warning("warning:") + " " + VisibleText.of(message) + "\n")
  }
}
