/// Learned weights by hashed feature, as a model file stores them: for each feature key a row of
/// `width` weights (16-bit integers times one scale), used where the bytes lie. Only the lookup
/// table (open addressing, 0 marks an empty slot) is built when a model is read.
struct FeatureTable: Sendable {
  /// The stored model the keys and weights lie in.
  let bytes: [UInt8]
  /// Feature hashes; row `i` of `weights` belongs to `keys[i]`.
  let keys: StoredIntegers<UInt64>
  /// `keys.count × width` weights, each times `scale`.
  let weights: StoredIntegers<Int16>
  let width: Int
  let scale: Float
  private let slots: [Slot]
  private let mask: Int

  /// A feature's place in the lookup table, with its row's first weight kept beside the key
  /// (in what would be padding), so that a ranking model reads one cache line per feature.
  private struct Slot {
    var key: UInt64 = 0
    var row: Int32 = 0
    var first: Int16 = 0
  }

  /// The table of `count` rows whose keys start at `keysAt` and weights at `weightsAt` in `bytes`
  /// (whose size the caller has checked).
  init(bytes: [UInt8], count: Int, width: Int, scale: Float, keysAt: Int, weightsAt: Int) {
    self.bytes = bytes
    self.width = width
    self.scale = scale
    keys = StoredIntegers(bytes: bytes, offset: keysAt, count: count)
    weights = StoredIntegers(bytes: bytes, offset: weightsAt, count: count * width)
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    let mask = capacity - 1
    self.mask = mask
    slots = [Slot](unsafeUninitializedCapacity: capacity) { slots, initialized in
      slots.initialize(repeating: Slot())
      bytes.withUnsafeBytes { raw in
        for row in 0..<count {
          let key = StoredIntegers<UInt64>.load(raw, offset: keysAt, row)
          var slot = Int(truncatingIfNeeded: key) & mask
          while slots[slot].key != 0 { slot = (slot + 1) & mask }
          slots[slot] = Slot(key: key, row: Int32(row), first: StoredIntegers<Int16>.load(raw, offset: weightsAt, row * width))
        }
      }
      initialized = capacity
    }
  }

  /// The number of features with weights.
  var count: Int { keys.count }

  /// The largest absolute weight's scale for storing `weights` as 16-bit integers.
  static func scale(of weights: [Float]) -> Float {
    let largest = weights.reduce(0) { max($0, abs($1)) }
    return largest > 0 ? largest / Float(Int16.max) : 1
  }

  /// Appends `weights` as 16-bit integers of `scale`.
  static func append(_ weights: [Float], scale: Float, to writer: inout ByteWriter) {
    for weight in weights { writer.append(Int16((weight / scale).rounded())) }
  }

  /// Adds the weights of each feature in `features` to `result` (`width` sums).
  ///
  /// The innermost loop of tagging: it reads the tables through buffer pointers, since every
  /// index comes from the table itself.
  func add(_ features: [UInt64], into result: inout [Float]) {
    let (width, mask, offset, scale) = (width, mask, weights.offset, scale)
    slots.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBytes { raw in
        result.withUnsafeMutableBufferPointer { result in
          for feature in features {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while slots[slot].key != feature && slots[slot].key != 0 { slot = (slot &+ 1) & mask }
            guard slots[slot].key == feature, feature != 0 else { continue }
            let base = Int(slots[slot].row) &* width
            for label in 0..<width { result[label] += Float(StoredIntegers<Int16>.load(raw, offset: offset, base &+ label)) * scale }
          }
        }
      }
    }
  }

  /// The first weight of one feature's row (0 for a feature the table does not hold).
  func weight(of feature: UInt64) -> Float {
    guard let (_, stored) = row(of: feature) else { return 0 }
    return Float(stored) * scale
  }

  /// The row of one feature and its first weight as stored (an integer, `scale` times smaller
  /// than the weight); nil for a feature the table does not hold.
  func row(of feature: UInt64) -> (row: Int, first: Int16)? {
    guard feature != 0 else { return nil }
    return slots.withUnsafeBufferPointer { slots in
      var slot = Int(truncatingIfNeeded: feature) & mask
      while slots[slot].key != feature && slots[slot].key != 0 { slot = (slot &+ 1) & mask }
      return slots[slot].key == feature ? (Int(slots[slot].row), slots[slot].first) : nil
    }
  }
}
