import Foundation
import LedeCore
import LedeLanguages

/// What the `lede` executable was asked to do, from its command-line flags.
public struct LaunchOptions: Sendable {
  public var format: OutputFormat?
  public var noColor = false
  public var keepGoing = false
  /// CSV text written as it is, formulas included.
  public var rawCSV = false
  /// Confirmations (`load`'s table, `use`, `set`, passing `expect`) left out.
  public var quiet = false
  /// Whether the rc file runs first: nil runs it for the REPL only (`--rc`: always, `--no-rc`: never).
  public var runsRC: Bool?
  /// A test report of the checks (`expect`) to write at the end: its format and file.
  public var report: (format: CheckReport, path: String)?
  /// What `-c` and `-f` ask for, in the order given (as psql runs them).
  public enum Step: Sendable, Equatable {
    /// A command line (`-c`).
    case command(String)
    /// A script file (`-f`).
    case script(String)
  }
  public var steps: [Step] = []
  /// Articles to load before anything else.
  public var articles: [String] = []

  public init() {}

  /// The `-c` commands and `-f` scripts in the order `arguments` (the process's, without its
  /// name) gives them; if that order cannot be read back, the scripts first.
  public static func steps(commands: [String], scripts: [String], in arguments: [String]) -> [Step] {
    var ordered: [Step] = []
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      if index + 1 < arguments.count, arguments[index] == "-c" || arguments[index] == "-f" {
        ordered.append(arguments[index] == "-c" ? .command(arguments[index + 1]) : .script(arguments[index + 1]))
        index += 2
      } else {
        index += 1
      }
    }
    let parsed = scripts.map(Step.script) + commands.map(Step.command)
    let inOrder = ordered.filter { if case .command = $0 { true } else { false } } == commands.map(Step.command)
      && ordered.filter { if case .script = $0 { true } else { false } } == scripts.map(Step.script)
    return inOrder ? ordered : parsed
  }
}

/// Starts lede in the mode its flags ask for: commands (`-c`), a script (`-f`), commands on
/// standard input, or the interactive REPL.
@MainActor
public enum Launcher {
  public nonisolated static let version = "0.1.0"

  /// Exit statuses, after sysexits.h where one fits.
  public enum Status {
    public static let success: Int32 = 0
    public static let failure: Int32 = 1
    public static let usage: Int32 = 64
    public static let noInput: Int32 = 66
    /// lede's language data is missing (sysexits' EX_CONFIG).
    public static let configuration: Int32 = 78
  }

  /// `lede batch`: JSON Lines articles in, one JSON line of results per article out, on
  /// standard output; problems on standard error.
  public static func runBatch(_ options: Batch.Options) -> Int32 {
    guard languageDataIsThere() else { return Status.configuration }
    do {
      let batch = try Batch(options)
      return batch.run(write: { Shell.writeAll($0, to: STDOUT_FILENO) }) { StandardStreams().writeError($0 + "\n") }
    } catch {
      StandardStreams().writeError("lede batch: \(Shell.messages(of: error).joined(separator: "\n"))\n")
      return Status.usage
    }
  }

  /// Whether lede's language data can be found; if not, says so on standard error (one line):
  /// without it lede would read every article as English, undated.
  static func languageDataIsThere() -> Bool {
    do {
      _ = try LanguageResources.resourceDirectory()
      return true
    } catch {
      StandardStreams().writeError("lede: \(error)\n")
      return false
    }
  }

  /// The shell of the last run, kept until the process ends: freeing every article of a large
  /// session one by one would only delay the exit.
  private static var lastShell: Shell?

  public static func run(_ options: LaunchOptions) -> Int32 {
    guard languageDataIsThere() else { return Status.configuration }
    var environment = Shell.Environment()
    environment.outputIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
    environment.errorIsTerminal = Terminal.isTerminal(STDERR_FILENO)
    environment.colorAllowed = Terminal.colorAllowed() && !options.noColor
    environment.width = { Terminal.width() }
    environment.height = { Terminal.height() }
    environment.pager = { Pager.show($0) }
    let shell = Shell(environment: environment)
    lastShell = shell
    if let format = options.format { shell.session.settings.format = format }
    if options.noColor { shell.session.settings.color = .off }
    shell.session.settings.rawCSV = options.rawCSV
    shell.session.settings.quiet = options.quiet

    let interactive = options.steps.isEmpty && Terminal.isTerminal(STDIN_FILENO)
    if options.runsRC ?? interactive, let path = rcPath(), FileManager.default.fileExists(atPath: path) {
      runRC(path, in: shell)
    }
    var failed = false
    for article in options.articles where !shell.loadQuietly(article) {
      failed = true
    }
    if failed && !options.keepGoing && !interactive { return Status.failure }

    let status: Int32
    if !options.steps.isEmpty {
      status = runSteps(options.steps, in: shell, keepGoing: options.keepGoing)    } else if !interactive || !Terminal.isTerminal(STDOUT_FILENO) {
      status = ScriptRunner.run(standardInput: shell, keepGoing: options.keepGoing)
    } else {
      status = REPL.run(shell, greeting: "lede \(version): type 'help' for commands, Ctrl-D to leave.")
    }
    if let report = options.report {
      do {
        try Shell.write(report.format.render(shell.checks), to: ArticleFiles.expandTilde(report.path), append: false, shownAs: report.path)
      } catch {
        shell.report(error, at: nil)
        return Status.failure
      }
    }
    return failed ? Status.failure : status
  }

  /// `$XDG_CONFIG_HOME/lede/rc`, else `~/.config/lede/rc`: commands run before the first
  /// prompt (settings such as `set pager off`), as psql reads `~/.psqlrc`.
  nonisolated static func rcPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    XDGPath.file("rc", under: "XDG_CONFIG_HOME", fallback: ".config", environment: environment)
  }

  /// Runs the rc file without echoing confirmations; its errors are reported with its name and
  /// line, and the rest still runs.
  nonisolated static func runRC(_ path: String, in shell: Shell) {
    // Its settings and loads are not echoed, as psql echoes nothing of ~/.psqlrc.
    let quiet = shell.session.settings.quiet
    shell.session.settings.quiet = true
    defer { shell.session.settings.quiet = quiet }
    if ScriptRunner.run(file: path, in: shell, keepGoing: true) == nil {
      shell.report(ShellError.file(path: path, problem: "cannot read this rc file"), at: nil)
    }
  }

  /// Runs `-c` commands and `-f` scripts in order; stops after the first that fails unless
  /// `keepGoing`. Consecutive `-c` lines run as one script (numbered `-c:1`, `-c:2`, …).
  static func runSteps(_ steps: [LaunchOptions.Step], in shell: Shell, keepGoing: Bool) -> Int32 {
    var status = Status.success
    var commandNumber = 0
    var index = 0
    while index < steps.count, status == Status.success || keepGoing {
      let result: Int32
      if case .script(let path) = steps[index] {
        index += 1
        guard let ran = ScriptRunner.run(file: path, in: shell, keepGoing: keepGoing) else {
          shell.report(ShellError.file(path: path, problem: "cannot read this script"), at: nil)
          return Status.noInput
        }
        result = ran
      } else {
        var lines: [ScriptRunner.Line] = []
        while index < steps.count, case .command(let line) = steps[index] {
          commandNumber += 1
          lines.append(ScriptRunner.Line(line, SourceLocation(file: "-c", line: commandNumber)))
          index += 1
        }
        result = ScriptRunner.run(lines, in: shell, keepGoing: keepGoing)
      }
      if result != Status.success { status = result }
      if shell.shouldQuit { break }
    }
    return status
  }
}

extension Shell {
  /// Loads an article named on the command line; in the REPL says what was loaded.
  func loadQuietly(_ path: String) -> Bool {
    do {
      let output = try evaluate(["load", path])
      if environment.outputIsTerminal, case .table(let table) = output {
        for row in table.rows {
          try? sink.write("loaded \(row[2].plainText) (\(row[5].plainText), \(row[7].plainText) words)\n")
        }
      }
      return true
    } catch {
      report(error, at: nil)
      return false
    }
  }
}
