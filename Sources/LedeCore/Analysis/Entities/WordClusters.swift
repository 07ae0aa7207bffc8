/// Word clusters: for each word of a language, its path in a binary tree of words used in like
/// contexts (Brown clusters; `Scripts/make-clusters` writes them), so that a name the annotated
/// sets never show shares features with names it is used like. Stored as the words' keys (the
/// upper half of `Hasher64.hash(scalars:)`) in ascending order and their paths, read where they lie.
public struct WordClusters: Sendable {
  private let keys: StoredIntegers<UInt32>
  private let paths: StoredIntegers<UInt16>

  /// No clusters: every word is unknown.
  public static let none = WordClusters(keys: StoredIntegers(), paths: StoredIntegers())

  private init(keys: StoredIntegers<UInt32>, paths: StoredIntegers<UInt16>) {
    self.keys = keys
    self.paths = paths
  }

  private static let magic = Array("LWC2".utf8)

  /// Reads a table: `LWC2`, a 32-bit count, the ascending 32-bit keys, the 16-bit paths.
  public init(bytes: [UInt8]) throws {
    var reader = ByteReader(bytes: bytes)
    guard try reader.take(Self.magic.count) == Self.magic[...] else { throw LedeError.invalidModel("not a word cluster table") }
    let count = Int(try reader.integer(UInt32.self))
    let keys = try reader.integers(UInt32.self, count: count)
    let paths = try reader.integers(UInt16.self, count: count)
    guard reader.isAtEnd else { throw LedeError.invalidModel("trailing bytes after the word clusters") }
    self.init(keys: keys, paths: paths)
  }

  /// A table of these words and paths (for tests and tools): `paths` as bit strings (`0110`).
  public init(_ entries: [String: String]) {
    let sorted = entries.map { (Self.key(Hasher64.hash(scalars: $0.key.unicodeScalars)), Self.path(bits: $0.value)) }.sorted { $0.0 < $1.0 }
    var writer = ByteWriter(bytes: Self.magic)
    writer.append(UInt32(sorted.count))
    for (key, _) in sorted { writer.append(key) }
    for (_, path) in sorted { writer.append(path) }
    // The bytes were just written in the stored layout, so reading them back cannot fail.
    self = (try? WordClusters(bytes: writer.bytes)) ?? .none
  }

  /// The number of words with a path.
  public var count: Int { keys.count }

  /// The path of the word whose `Hasher64` hash is `hash`: its bits after a leading 1 (`0b1`
  /// is the root), or 0 if the word has none.
  func path(of hash: UInt64) -> UInt16 {
    let key = Self.key(hash)
    let index = keys.partitioningIndex(where: { $0 >= key })
    return index < keys.count && keys[index] == key ? paths[index] : 0
  }

  /// A word's key: the upper half of its hash, where FNV-1a's multiplications mix best. About
  /// one word in 5,000 not in a German table of 860,000 shares a key with one that is.
  static func key(_ hash: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: hash >> 32)
  }

  /// The first `length` choices of `path` (all of a shorter one), with its leading 1.
  static func prefix(_ path: UInt16, length: Int) -> UInt16 {
    let depth = UInt16.bitWidth - 1 - path.leadingZeroBitCount
    return depth > length ? path >> (depth - length) : path
  }

  private static func path(bits: String) -> UInt16 {
    bits.reduce(UInt16(1)) { $0 << 1 | ($1 == "1" ? 1 : 0) }
  }
}
