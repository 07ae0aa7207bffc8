import Dispatch
import Foundation

/// A bounded pool of workers whose results come back in the order the work was handed in:
/// at most `jobs` pieces of work run at once, and at most `window` results wait to be handed
/// on, so memory is bounded by the pool, not by the stream of work. Results are handed to
/// `deliver` on the thread that submits, never on a worker. The workers are threads of their
/// own, not Dispatch's: work that itself waits for Dispatch (`Concurrently`) finds its threads free.
///
///     let workers = OrderedWorkers<String>(jobs: 4) { print($0) }
///     for line in lines { workers.submit { analyse(line) } }
///     workers.finish()
public final class OrderedWorkers<Output: Sendable>: @unchecked Sendable {
  /// How many pieces of work run at once.
  public let jobs: Int
  private let window: Int
  private let deliver: (Output) -> Void
  private let condition = NSCondition()
  private var waiting: [(index: Int, work: @Sendable () -> Output)] = []
  private var finished: [Int: Output] = [:]
  private var submitted = 0
  private var delivered = 0
  private var started = 0
  private var closed = false

  /// - Parameters:
  ///   - jobs: the number of workers (at least 1).
  ///   - window: how many results may be under way or waiting at once (default: four per worker).
  ///   - deliver: receives each result, in the order of `submit`.
  public init(jobs: Int, window: Int? = nil, deliver: @escaping (Output) -> Void) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs, window ?? self.jobs * 4)
    self.deliver = deliver
  }

  /// Hands `work` to the workers once the window has room, delivering the results that are
  /// ready meanwhile.
  public func submit(_ work: @escaping @Sendable () -> Output) {
    condition.lock()
    deliverReady { submitted - delivered < window }
    waiting.append((submitted, work))
    submitted += 1
    if started < min(jobs, submitted) {
      started += 1
      let thread = Thread { self.work() }
      thread.stackSize = 8 << 20
      thread.start()
    }
    condition.broadcast()
    condition.unlock()
  }

  /// Waits for all work submitted, delivers the remaining results and lets the workers end.
  public func finish() {
    condition.lock()
    deliverReady { delivered == submitted }
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// A worker: takes the oldest waiting work, runs it and leaves its result, until `finish`.
  private func work() {
    Workers.markCurrentThread()
    condition.lock()
    while true {
      if waiting.isEmpty {
        if closed { break }
        condition.wait()
        continue
      }
      let (index, work) = waiting.removeFirst()
      condition.unlock()
      let output = work()
      condition.lock()
      finished[index] = output
      condition.broadcast()
    }
    condition.unlock()
  }

  /// With the lock held: delivers finished results in order (the lock released meanwhile) and
  /// waits for workers until `done` holds.
  private func deliverReady(until done: () -> Bool) {
    while true {
      var ready: [Output] = []
      while let output = finished.removeValue(forKey: delivered + ready.count) { ready.append(output) }
      if !ready.isEmpty {
        condition.unlock()
        ready.forEach(deliver)
        condition.lock()
        delivered += ready.count
        continue
      }
      if done() { return }
      condition.wait()
    }
  }

  /// `transform` of every item on `jobs` workers, the results in the items' order.
  public static func map<Item: Sendable>(
    _ items: [Item], jobs: Int = Workers.availableCores, _ transform: @escaping @Sendable (Item) -> Output
  ) -> [Output] {
    var results: [Output] = []
    results.reserveCapacity(items.count)
    let workers = OrderedWorkers(jobs: min(jobs, max(1, items.count))) { results.append($0) }
    for item in items { workers.submit { transform(item) } }
    workers.finish()
    return results
  }
}

/// What the pools of workers share, whatever their results are.
public enum Workers {
  /// The number of cores this process may run on.
  public static var availableCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  /// Whether the calling thread is a worker of some `OrderedWorkers`: work on it is already one
  /// of several at once, so `Concurrently` does not split it further.
  public static var isWorkerThread: Bool { Thread.current.threadDictionary[key] != nil }

  static func markCurrentThread() { Thread.current.threadDictionary[key] = true }

  private static var key: String { "lede.OrderedWorkers.worker" }
}
