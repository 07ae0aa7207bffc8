import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Ctrl-C while a command runs: a SIGINT handler sets a flag that long loops ask through
/// `CommandContext.checkInterruption()`. A second Ctrl-C before the command noticed the
/// first ends lede, so a stuck command never traps the user.
public enum Interruption {
  private static let flag = Atomic<Bool>(false)

  /// Installs the handler (the REPL does; scripts keep the default: Ctrl-C ends them).
  public static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      if Interruption.flag.exchange(true, ordering: .relaxed) { _exit(130) }
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// Whether Ctrl-C was pressed since the last `reset()`.
  public static var isRequested: Bool { flag.load(ordering: .relaxed) }

  public static func reset() { flag.store(false, ordering: .relaxed) }
}
