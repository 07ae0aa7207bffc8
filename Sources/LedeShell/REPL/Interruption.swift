#if canImport(Glibc)
  import Glibc
#endif
import LedeCore

/// Ctrl-C while a command runs: a SIGINT handler raises the core's `StopRequest`, which
/// analyses look at between sentences and long loops through `CommandContext.checkInterruption()`.
/// The command ends with "interrupted" and nothing loaded is lost; Ctrl-C never ends lede (as in
/// psql), Ctrl-D or `quit` does.
public enum Interruption {
  /// Installs the handler (the REPL does; scripts keep the default: Ctrl-C ends them).
  public static func install() {
    var action = sigaction()
    // The terminal echoes `^C`; a line break puts "error: interrupted" on a line of its own.
    action.__sigaction_handler.sa_handler = { _ in
      StopRequest.raise()
      _ = write(STDERR_FILENO, "\n", 1)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// Whether Ctrl-C was pressed since the last `reset()`.
  public static var isRequested: Bool { StopRequest.isRaised }

  public static func reset() { StopRequest.lower() }
}
