/// The learned weights of a ranking decision (which candidate is the speaker, which span the
/// content, which kind a quote in marks is): one weight per hashed feature; a candidate's score
/// is the sum of its features' weights. Stored as 16-bit weights with one scale and used where
/// the bytes lie, as `EntityModel` is.
public struct RankingModel: Sendable {
  private let table: FeatureTable

  private static let magic = Array("LEDERNK1".utf8)
  private static let header = magic.count + 8

  /// A model that knows nothing: every candidate scores 0, so the first one wins.
  public static let empty = RankingModel(weights: [:])

  /// A model of these weights (by feature hash), rounded to their stored precision.
  public init(weights: [UInt64: Float]) {
    let keys = weights.keys.sorted()
    let values = keys.map { weights[$0]! }
    var writer = ByteWriter(bytes: Self.magic)
    let scale = FeatureTable.scale(of: values)
    writer.append(UInt32(keys.count))
    writer.append(scale.bitPattern)
    for key in keys { writer.append(key) }
    FeatureTable.append(values, scale: scale, to: &writer)
    self.init(stored: writer.bytes, count: keys.count, scale: scale)
  }

  /// Reads a model written by `serialized()`.
  public init(bytes: [UInt8]) throws {
    var reader = ByteReader(bytes: bytes)
    guard try reader.take(Self.magic.count) == Self.magic[...] else { throw LedeError.invalidModel("not a ranking model") }
    let count = Int(try reader.integer(UInt32.self))
    let scale = Float(bitPattern: try reader.integer(UInt32.self))
    let end = Self.header + 10 * count
    guard bytes.count >= end else { throw LedeError.invalidModel("the file ends early") }
    guard bytes.count == end else { throw LedeError.invalidModel("trailing bytes after the weights") }
    self.init(stored: bytes, count: count, scale: scale)
  }

  private init(stored bytes: [UInt8], count: Int, scale: Float) {
    table = FeatureTable(
      bytes: bytes, count: count, width: 1, scale: scale, keysAt: Self.header, weightsAt: Self.header + 8 * count)
  }

  /// The model as bytes: magic, feature count, scale, keys, 16-bit weights.
  public func serialized() -> [UInt8] { table.bytes }

  /// The number of features with weights.
  public var featureCount: Int { table.count }

  /// The weight of one feature (0 if the model has none for it).
  public func weight(of feature: String) -> Float {
    weight(ofHash: FeatureHash.of(feature))
  }

  /// The weight of the feature with this hash (0 if the model has none for it).
  public func weight(ofHash hash: UInt64) -> Float {
    table.weight(of: hash)
  }

  /// The score of a candidate with `features`: the sum of their weights.
  /// Each distinct feature counts once.
  public func score(_ features: [String]) -> Float {
    score(hashes: FeatureHash.distinct(features))
  }

  /// The sum of the weights of distinct feature hashes.
  public func score(hashes: [UInt64]) -> Float {
    hashes.reduce(Float(0)) { $0 + table.weight(of: $1) }
  }

  /// The index of the best-scoring candidate (the first of equals), or nil if there are none.
  public func best(of candidates: [[String]]) -> Int? {
    Ranking.best(candidates.map(score))
  }

  /// Adds the weights of `features`, each alone and with `conjunction` (a name's hash state) when
  /// there is one, to `sum`: each feature the model holds once per sum, however often it comes.
  /// The sum is of the stored integers; `score(of:)` makes it a score.
  func add(_ features: some Collection<FeatureName>, conjoinedWith conjunction: UInt64?, to sum: inout DistinctSum) {
    for feature in features {
      add(FeatureHash.of(feature), to: &sum)
      if let conjunction { add(FeatureHash.of(feature, conjoinedWith: conjunction), to: &sum) }
    }
  }

  private func add(_ hash: UInt64, to sum: inout DistinctSum) {
    guard let (row, stored) = table.row(of: hash), sum.insert(row) else { return }
    sum.total += Int(stored)
  }

  /// The score a sum of stored weights stands for.
  func score(of sum: DistinctSum) -> Float {
    Float(sum.total) * table.scale
  }

  /// A sum of this model's weights, to be filled by `add(_:conjoinedWith:to:)`.
  func sum() -> DistinctSum {
    DistinctSum(rows: table.count)
  }
}

/// A sum of stored weights over distinct features, without sorting them: each row of the model
/// met in the current sum is stamped, so a feature met again adds nothing. `restart()` begins
/// the next sum in the same memory.
struct DistinctSum {
  private var stamps: [UInt32]
  private var current: UInt32 = 1
  var total = 0

  init(rows: Int) {
    stamps = [UInt32](repeating: 0, count: rows)
  }

  /// Empties the sum.
  mutating func restart() {
    total = 0
    current &+= 1
    if current == 0 {
      for index in stamps.indices { stamps[index] = 0 }
      current = 1
    }
  }

  /// Stamps `row`; false if it was stamped in this sum already.
  mutating func insert(_ row: Int) -> Bool {
    guard stamps[row] != current else { return false }
    stamps[row] = current
    return true
  }
}

/// How the best of ranked candidates is found.
public enum Ranking {
  /// The index of the highest score, the first of equals; nil for none.
  public static func best(_ scores: [Float]) -> Int? {
    scores.indices.max { scores[$0] < scores[$1] || scores[$0] == scores[$1] && $0 > $1 }
  }
}

/// The 64-bit hash a model stores for a feature's name (FNV-1a over its UTF-8 bytes, mixed;
/// never 0, which marks an empty slot).
public enum FeatureHash {
  public static func of(_ name: String) -> UInt64 {
    finished(state(of: name))
  }

  /// FNV-1a's offset basis and prime (64 bits).
  public static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  /// The unfinished FNV-1a state after the UTF-8 bytes of `name`.
  public static func state(of name: String) -> UInt64 {
    var name = name
    return name.withUTF8 { $0.reduce(basis, step) }
  }

  /// FNV-1a's step: the state after one more byte.
  @inline(__always) static func step(_ state: UInt64, _ byte: UInt8) -> UInt64 {
    (state ^ UInt64(byte)) &* prime
  }

  /// The hash of a feature's name: equal to `of` its whole text as a `String`.
  public static func of(_ name: FeatureName) -> UInt64 {
    finished(name.state)
  }

  private static func finished(_ state: UInt64) -> UInt64 {
    let mixed = Hasher64.mix(state, 0x5155_4F54)
    return mixed == 0 ? 1 : mixed
  }

  /// The hash of `name` weighed with a conjunction (`L:dp|after` with `t=person`): the two
  /// texts' hash states combined, so that no name's text is hashed twice.
  public static func of(_ name: FeatureName, conjoinedWith conjunction: UInt64) -> UInt64 {
    finished(Hasher64.mix(conjunction, name.state))
  }

  /// The hashes of `features`, and of each with a conjunction when there is one
  /// (`conjunction` is its text's `state(of:)`, worked out once for many lists). Each hash
  /// once (a candidate's features are a set), sorted.
  static func distinct(_ features: [FeatureName], conjoinedWith conjunction: UInt64?) -> [UInt64] {
    guard let conjunction else { return unique(features.map(of)) }
    var hashes: [UInt64] = []
    hashes.reserveCapacity(features.count * 2)
    for feature in features {
      hashes.append(of(feature))
      hashes.append(of(feature, conjoinedWith: conjunction))
    }
    return unique(hashes)
  }

  /// The hashes of `features`, each once (a candidate's features are a set), sorted.
  public static func distinct(_ features: [String]) -> [UInt64] {
    unique(features.map(of))
  }

  private static func unique(_ hashes: [UInt64]) -> [UInt64] {
    var hashes = hashes
    hashes.sort()
    var kept = 0
    for hash in hashes where kept == 0 || hashes[kept - 1] != hash {
      hashes[kept] = hash
      kept += 1
    }
    hashes.removeLast(hashes.count - kept)
    return hashes
  }
}
