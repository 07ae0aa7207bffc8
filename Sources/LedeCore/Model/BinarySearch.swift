extension RandomAccessCollection {
  /// The first index whose element satisfies `belongsAfter`, for a collection in which every
  /// element that does comes after every element that does not (sorted data): found by
  /// bisection; `endIndex` when none does.
  public func partitioningIndex(where belongsAfter: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = distance(from: startIndex, to: endIndex)
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try belongsAfter(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
