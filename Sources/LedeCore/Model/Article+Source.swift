extension Article {
  /// Where the article's text starts in `source`, the text it was read from, in Unicode
  /// scalars (0 when they are equal; lede may leave out a header); nil if it is not inside it.
  /// Annotations with offsets into `source` move to the article's text by this much.
  public func offset(in source: String) -> Int? {
    let part = Array(text.unicodeScalars)
    let whole = Array(source.unicodeScalars)
    if part == whole { return 0 }
    guard part.count <= whole.count, !part.isEmpty else { return nil }
    for start in 0...(whole.count - part.count) where whole[start] == part[0] && whole[start..<(start + part.count)].elementsEqual(part) {
      return start
    }
    return nil
  }
}
