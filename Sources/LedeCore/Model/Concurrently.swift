import Dispatch

/// Runs two pieces of work at once: one on another thread, one on the caller's. Analyses that
/// do not depend on each other (the entity tagger and the time expressions, the entity model
/// and its gazetteer) so use both cores.
public enum Concurrently {
  /// The results of `background` (run on another thread) and `foreground` (run here); waits
  /// for both, even when `foreground` throws.
  public static func run<Background: Sendable, Foreground>(
    _ background: @escaping @Sendable () -> Background, while foreground: () throws -> Foreground
  ) rethrows -> (Background, Foreground) {
    let box = ResultBox<Background>()
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { box.value = background() }
    defer { group.wait() }
    let here = try foreground()
    group.wait()
    return (box.value!, here)
  }
}

/// Where the other thread leaves its result; read only after the group is waited for.
private final class ResultBox<Value>: @unchecked Sendable {
  var value: Value?
}
