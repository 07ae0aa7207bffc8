/// A Bloom filter over words: answers "certainly not in the list" for most words in a few
/// instructions, so that rules which ask about every token pay for a dictionary lookup (and
/// its SipHash) only on the few words that may be listed. False positives are rare (about one
/// in a hundred for a few thousand words); there are no false negatives.
public struct WordFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 1024)

  public init() {}

  /// A filter that lets through every word of `words`.
  public init<Words: Sequence<String>>(_ words: Words) {
    for word in words { insert(word) }
  }

  public mutating func insert(_ word: String) {
    let (first, second) = Self.positions(word)
    bits[first >> 6] |= 1 << UInt64(first & 63)
    bits[second >> 6] |= 1 << UInt64(second & 63)
  }

  /// False when `word` is certainly not in the filter.
  public func mayContain(_ word: String) -> Bool {
    let (first, second) = Self.positions(word)
    return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
  }

  /// Two bit positions from one FNV-1a hash of the word's UTF-8 bytes.
  private static func positions(_ word: String) -> (Int, Int) {
    func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return hash
    }
    let hash = word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
    return (Int(hash & 0xFFFF), Int((hash >> 32) & 0xFFFF))
  }
}
