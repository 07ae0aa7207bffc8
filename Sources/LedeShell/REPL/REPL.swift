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
        historyPath: historyPath(), complete: completer.complete, prompt: { prompt(for: shell.session) })
    else {
      shell.report(warning: "cannot start the line editor; reading plain lines")
      return ScriptRunner.run(standardInput: shell, keepGoing: true, prompt: { prompt(for: shell.session) })
    }
    shell.sink.write(greeting + "\n")
    while true {
      Interruption.reset()
      switch editor.readLine() {
      case .end:
        shell.sink.write("\n")
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

  /// `lede[putin-kim]> `: the current article's name, its first two parts if it is long.
  public nonisolated static func prompt(for session: Session) -> String {
    guard let name = session.current?.article.name else { return "lede> " }
    let parts = name.split(separator: "-")
    let short = name.count > 16 && parts.count > 2 ? parts.prefix(2).joined(separator: "-") : name
    return "lede[\(short)]> "
  }

  /// `$XDG_STATE_HOME/lede/history`, else `~/.local/state/lede/history`.
  static func historyPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/lede/history" }
    guard let home = environment["HOME"] ?? Optional(NSHomeDirectory()), !home.isEmpty else { return nil }
    return home + "/.local/state/lede/history"
  }
}
