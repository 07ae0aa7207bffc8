import Foundation
import Testing

@testable import LedeCore

/// The worker pool hands results back in input order, whatever order the workers finish in,
/// and never has more than its window of results under way.
@Suite struct OrderedWorkersTests {
  @Test func resultsComeBackInInputOrderWhenLaterWorkFinishesFirst() {
    // Early items sleep longest, so with four workers later ones finish first.
    let results = OrderedWorkers<Int>.map(Array(0..<40), jobs: 4) { item in
      usleep(UInt32((40 - item) * 200))
      return item * item
    }
    #expect(results == (0..<40).map { $0 * $0 })
  }

  @Test func theWindowBoundsTheResultsUnderWay() {
    let counter = Counter()
    var delivered: [Int] = []
    let workers = OrderedWorkers<Int>(jobs: 2, window: 3) { delivered.append($0) }
    for item in 0..<30 {
      workers.submit {
        counter.change(by: 1)
        usleep(300)
        return item
      }
      // Submitted but not yet delivered never exceeds the window.
      #expect(item + 1 - delivered.count <= 3)
    }
    workers.finish()
    #expect(delivered == Array(0..<30))
    #expect(counter.value == 30)
  }

  @Test func oneJobRunsEverythingInOrder() {
    #expect(OrderedWorkers<String>.map(["a", "b", "c"], jobs: 1) { $0.uppercased() } == ["A", "B", "C"])
    #expect(OrderedWorkers<String>.map([String](), jobs: 3) { $0 }.isEmpty)
  }
}

/// A count several threads change.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func change(by amount: Int) { lock.withLock { count += amount } }
}
