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
    let input = PendingInput()
    guard
      let editor = LineEditor(
        historyPath: historyPath(), complete: completer.complete, prompt: { input.text == nil ? prompt : continuationPrompt })
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
        input.text = nil
      case .line(let line):
        // A line ending in `\` goes on on the next one, as in scripts.
        if let continued = ScriptRunner.continuation(line) {
          input.text = (input.text ?? "") + continued
          continue
        }
        let whole = (input.text ?? "") + line
        input.text = nil
        editor.remember(whole)
        shell.run(whole)
        if shell.shouldQuit { return 0 }
      }
    }
  }

  /// `lede> `, one width whatever is loaded (as sqlite3 and duckdb keep theirs), so that input
  /// always starts in the same column; `articles` marks the current article.
  public nonisolated static let prompt = "lede> "
  /// The prompt of a line that continues the one before (after a `\`), as wide as `prompt`.
  public nonisolated static let continuationPrompt = " ...> "

  /// `$XDG_STATE_HOME/lede/history`, else `~/.local/state/lede/history`.
  static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    XDGPath.file("history", under: "XDG_STATE_HOME", fallback: ".local/state", environment: environment)
  }
}

/// The start of a command line that goes on after a `\`; the prompt reads it.
@MainActor
private final class PendingInput {
  var text: String?
}
