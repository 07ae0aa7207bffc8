/// One token of an article: a word, a number or a punctuation mark, with its place in the text.
public struct Token: Hashable, Sendable {
  /// What a token is made of.
  public enum Kind: UInt8, Sendable, Codable {
    /// Letters, possibly with inner hyphens, apostrophes or periods (`Kim-Il-Sung-Platz`, `U.S.`).
    case word
    /// An abbreviation with its final period (`Dr.`, `z.`, `Inc.`).
    case abbreviation
    /// Digits, possibly with inner separators (`2024`, `1.700`, `19.06.2024`, `3,5`).
    case number
    /// A punctuation mark or a run of one (`.`, `„`, `...`).
    case punctuation
    /// Anything else that is not white space (`€`, `%`, `+`), and web addresses.
    case symbol
  }

  /// Unicode scalar offsets into `Article.text`.
  public let span: Span
  public let kind: Kind

  public init(span: Span, kind: Kind) {
    self.span = span
    self.kind = kind
  }

  /// Words, abbreviations and numbers count as words in word counts.
  public var isWordLike: Bool { kind != .punctuation && kind != .symbol }

  /// A word as every count lede shows counts it (`info`, `articles`, `stats`, `freq`, the
  /// report): letters, an abbreviation with its period too; numbers and marks are no words.
  public var isWord: Bool { kind == .word || kind == .abbreviation }
}

/// The tokens of an article, stored compactly: eight bytes per token, so that a 100 MB corpus
/// of about 17 million tokens stays within memory budget. Offsets are Unicode scalars.
public struct TokenList: RandomAccessCollection, Sendable {
  private struct Packed: Sendable {
    let start: UInt32
    let length: UInt16
    let kind: Token.Kind
  }

  /// The longest token stored as one; longer runs (binary junk, base64) are split.
  public static let maximumLength = Int(UInt16.max)

  private var storage: [Packed] = []

  public init() {}

  public var startIndex: Int { storage.startIndex }
  public var endIndex: Int { storage.endIndex }

  public subscript(position: Int) -> Token {
    let packed = storage[position]
    let start = Int(packed.start)
    return Token(span: Span(start: start, end: start + Int(packed.length)), kind: packed.kind)
  }

  /// Appends a token; a span longer than `maximumLength` is stored as several tokens.
  public mutating func append(_ span: Span, kind: Token.Kind) {
    var start = span.start
    while start < span.end {
      let length = Swift.min(span.end - start, Self.maximumLength)
      storage.append(Packed(start: UInt32(start), length: UInt16(length), kind: kind))
      start += length
    }
  }

  public mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }

  /// The indices of the tokens that lie inside `span`, found by binary search.
  public func indices(within span: Span) -> Range<Int> {
    let lower = firstIndex(startingAtOrAfter: span.start)
    var upper = lower
    while upper < endIndex && self[upper].span.end <= span.end { upper += 1 }
    return lower..<upper
  }

  private func firstIndex(startingAtOrAfter offset: Int) -> Int {
    storage.partitioningIndex { Int($0.start) >= offset }
  }
}
