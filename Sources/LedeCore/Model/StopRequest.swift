import Synchronization

/// A request to stop long work early, as Ctrl-C in the shell makes it. Analyses look at it
/// between sentences (and a regular expression while it matches) and then return what they have
/// so far; whoever raised it throws those partial results away. Raising it is safe in a signal
/// handler: it is one lock-free store.
public enum StopRequest {
  private static let flag = Atomic<Bool>(false)

  /// Whether stopping was asked for since the last `lower()`.
  public static var isRaised: Bool { flag.load(ordering: .relaxed) }

  /// Asks running analyses to stop.
  public static func raise() { flag.store(true, ordering: .relaxed) }

  /// Lets analyses run again (before the next command).
  public static func lower() { flag.store(false, ordering: .relaxed) }
}
