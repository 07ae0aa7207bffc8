import Foundation
import LedeCore

/// The interactive shell: libedit on a terminal, history across runs, Ctrl-C and Ctrl-D.
@MainActor
public enum REPL {
  /// Runs until `quit` or Ctrl-D; returns the exit status (0).
  public static func run(_ shell: Shell, greeting: String) -> Int32 {
    Interruption.install()
    shell.interruption = { Interruption.isRequested }
    let completer = Completer(shell: shell)
    guard
      let editor = LineEditor(
        historyPath: historyPath(), complete: completer.complete, prompt: { prompt })
    else {
      shell.report(warning: "cannot start the line editor; reading plain lines")
      return ScriptRunner.run(standardInput: shell, keepGoing: true, prompt: { prompt })
    }
    try? shell.sink.write(greeting + "\n")
    let warmer = ResourceWarmer()
    while true {
      warmer.warm(for: shell.session)
      Interruption.reset()
      switch editor.readLine() {
      case .end:
        try? shell.sink.write("\n")
        return 0
      case .interrupted:
        continue
      case .line(let line):
        editor.remember(line)
        shell.run(line)
        if shell.shouldQuit { return 0 }
      }
    }
  }

  /// `lede> `, one width whatever is loaded (as sqlite3 and duckdb keep theirs), so that input
  /// always starts in the same column; `articles` marks the current article.
  public nonisolated static let prompt = "lede> "

  /// `$XDG_STATE_HOME/lede/history`, else `~/.local/state/lede/history`.
  static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/lede/history" }
    guard let home = environment["HOME"] ?? Optional(NSHomeDirectory()), !home.isEmpty else { return nil }
    return home + "/.local/state/lede/history"
  }
}
