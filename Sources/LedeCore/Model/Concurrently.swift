import Dispatch

/// Runs two pieces of work at once: one on another thread, one on the caller's. Analyses that
/// do not depend on each other (the entity tagger and the time expressions, the entity model
/// and its gazetteer) so use both cores. On a worker of `OrderedWorkers`, which already runs
/// one article per core, the two run one after the other.
public enum Concurrently {
  /// The results of `background` (run on another thread) and `foreground` (run here); waits
  /// for both, even when `foreground` throws.
  public static func run<Background: Sendable, Foreground>(
    _ background: @escaping @Sendable () -> Background, while foreground: () throws -> Foreground
  ) rethrows -> (Background, Foreground) {
    if Workers.isWorkerThread { return (background(), try foreground()) }
    let box = ResultBox<Background>()
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { box.value = background() }
    defer { group.wait() }
    let here = try foreground()
    group.wait()
    return (box.value!, here)
  }

  /// `transform` of the items, their two halves transformed at once when there are at least
  /// `splitFrom` of them (each half in one call, so that state the call keeps, like a cache,
  /// stays on its thread); the results in the items' order.
  public static func mapHalves<Item: Sendable, Result: Sendable>(
    _ items: [Item], splitFrom: Int = 40, _ transform: @escaping @Sendable (ArraySlice<Item>) -> [Result]
  ) -> [Result] {
    guard items.count >= splitFrom, !Workers.isWorkerThread else { return transform(items[...]) }
    let half = items.count / 2
    let (first, second) = run({ transform(items[..<half]) }) { transform(items[half...]) }
    return first + second
  }
}

/// Where the other thread leaves its result; read only after the group is waited for.
private final class ResultBox<Value>: @unchecked Sendable {
  var value: Value?
}
