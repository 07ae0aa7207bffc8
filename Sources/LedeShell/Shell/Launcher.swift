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
  /// `-c` commands, in order.
  public var commands: [String] = []
  /// `-f` script path.
  public var script: String?
  /// Articles to load before anything else.
  public var articles: [String] = []

  public init() {}
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
  }

  public static func run(_ options: LaunchOptions) -> Int32 {
    var environment = Shell.Environment()
    environment.outputIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
    environment.errorIsTerminal = Terminal.isTerminal(STDERR_FILENO)
    environment.colorAllowed = Terminal.colorAllowed() && !options.noColor
    environment.width = { Terminal.width() }
    environment.height = { Terminal.height() }
    environment.pager = { Pager.show($0) }
    let shell = Shell(environment: environment)
    if let format = options.format { shell.session.settings.format = format }
    if options.noColor { shell.session.settings.color = .off }
    shell.session.settings.rawCSV = options.rawCSV
    shell.session.settings.quiet = options.quiet

    let interactive = options.commands.isEmpty && options.script == nil && Terminal.isTerminal(STDIN_FILENO)
    var failed = false
    for article in options.articles where !shell.loadQuietly(article) {
      failed = true
    }
    if failed && !options.keepGoing && !interactive { return Status.failure }

    let status: Int32
    if !options.commands.isEmpty {
      let lines = options.commands.enumerated().map {
        ScriptRunner.Line($0.element, SourceLocation(file: "-c", line: $0.offset + 1))
      }
      status = ScriptRunner.run(lines, in: shell, keepGoing: options.keepGoing)
    } else if let script = options.script {
      guard let data = FileManager.default.contents(atPath: script) else {
        shell.report(ShellError.file(path: script, problem: "cannot read this script"), at: nil)
        return Status.noInput
      }
      let text = String(decoding: data, as: UTF8.self)
      status = ScriptRunner.run(ScriptRunner.lines(of: text, file: script), in: shell, keepGoing: options.keepGoing)
    } else if !interactive || !Terminal.isTerminal(STDOUT_FILENO) {
      status = ScriptRunner.run(standardInput: shell, keepGoing: options.keepGoing)
    } else {
      status = REPL.run(shell, greeting: "lede \(version): type 'help' for commands, Ctrl-D to leave.")
    }
    return failed ? Status.failure : status
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
