/// Cross-validation over training articles: the articles in `count` runs of nearly equal
/// length, in their order, each held out once while the models learn from the others. Scores
/// over every training article move less with the sample than the last 140 articles do.
public struct Folds {
  /// How many runs the articles are cut into (2 or more).
  public let count: Int

  public init?(count: Int) {
    guard count > 1 else { return nil }
    self.count = count
  }

  /// The run `fold` (from 0) of `items`, held out, and the items before and after it.
  public func split<Item>(_ items: [Item], holdingOut fold: Int) -> (kept: [Item], held: [Item]) {
    precondition((0..<count).contains(fold), "fold \(fold) of \(count)")
    let held = (items.count * fold / count)..<(items.count * (fold + 1) / count)
    return (Array(items[..<held.lowerBound] + items[held.upperBound...]), Array(items[held]))
  }
}
