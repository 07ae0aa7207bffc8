/// The learned weights of the entity tagger: for each hashed feature a weight per label, and a
/// weight for each pair of consecutive labels. A model is its stored form (weights as 16-bit
/// integers with one scale), used where it lies: reading a model file copies nothing but builds
/// the table that finds a feature's weights.
public struct EntityModel: Sendable {
  public static let labelCount = EntityLabel.all.count
  /// The stored model: magic, feature count, scale, transitions, keys, weights.
  private let bytes: [UInt8]
  /// Feature hashes; row `i` of `weights` belongs to `keys[i]`.
  private let keys: StoredIntegers<UInt64>
  /// `keys.count × labelCount` weights, each times `scale`.
  private let weights: StoredIntegers<Int16>
  private let scale: Float
  /// `(labelCount + 1) × labelCount`: the weight of label `to` after label `from`, where row
  /// `labelCount` stands for the start of the sentence.
  let transitions: [Float]
  /// Open-addressing table of feature hashes (0 marks an empty slot) and, beside each, its row:
  /// one probe usually touches one cache line.
  private let slotKeys: [Slot]
  private let mask: Int

  private struct Slot {
    var key: UInt64 = 0
    var row: Int32 = 0
  }

  /// A model of these weights, rounded to their stored precision.
  public init(keys: [UInt64], weights: [Float], transitions: [Float]) {
    precondition(weights.count == keys.count * Self.labelCount)
    precondition(transitions.count == (Self.labelCount + 1) * Self.labelCount)
    self.init(stored: Self.serialized(keys: keys, weights: weights, transitions: transitions), count: keys.count)
  }

  /// The number of features with weights.
  public var featureCount: Int { keys.count }

  /// The score of every label for a word with `features`.
  ///
  /// The innermost loop of tagging: it reads the tables through buffer pointers, since every
  /// index comes from the table itself.
  func scores(_ features: [UInt64], into result: inout [Float]) {
    let labels = Self.labelCount
    let mask = mask
    let (offset, scale) = (weights.offset, scale)
    slotKeys.withUnsafeBufferPointer { slots in
      bytes.withUnsafeBytes { raw in
        result.withUnsafeMutableBufferPointer { result in
          for label in 0..<labels { result[label] = 0 }
          for feature in features {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while slots[slot].key != feature && slots[slot].key != 0 { slot = (slot + 1) & mask }
            guard slots[slot].key == feature, feature != 0 else { continue }
            let base = Int(slots[slot].row) * labels
            for label in 0..<labels { result[label] += Float(StoredIntegers<Int16>.load(raw, offset: offset, base + label)) * scale }
          }
        }
      }
    }
  }

  // MARK: Storage

  private static let magic = Array("LEDENER1".utf8)

  /// The model as bytes: magic, feature count, scale, transitions, keys, 16-bit weights.
  public func serialized() -> [UInt8] { bytes }

  private static func serialized(keys: [UInt64], weights: [Float], transitions: [Float]) -> [UInt8] {
    var writer = ByteWriter(bytes: Self.magic)
    let largest = weights.reduce(0) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / Float(Int16.max) : 1
    writer.append(UInt32(keys.count))
    writer.append(scale.bitPattern)
    for weight in transitions { writer.append(weight.bitPattern) }
    for key in keys { writer.append(key) }
    for weight in weights { writer.append(Int16((weight / scale).rounded())) }
    return writer.bytes
  }

  /// Where a model of `count` features keeps its scale, transitions, keys and weights (after the
  /// magic and the count), and its size.
  private static func layout(count: Int) -> (scale: Int, transitions: Int, keys: Int, weights: Int, end: Int) {
    let scale = magic.count + 4
    let transitions = scale + 4
    let keys = transitions + 4 * (labelCount + 1) * labelCount
    let weights = keys + 8 * count
    return (scale, transitions, keys, weights, weights + 2 * count * labelCount)
  }

  /// Reads a model written by `serialized()`.
  public init(bytes: [UInt8]) throws {
    var reader = ByteReader(bytes: bytes)
    guard try reader.take(Self.magic.count) == Self.magic[...] else { throw LedeError.invalidModel("not an entity model") }
    let count = Int(try reader.integer(UInt32.self))
    let end = Self.layout(count: count).end
    guard bytes.count >= end else { throw LedeError.invalidModel("the file ends early") }
    guard bytes.count == end else { throw LedeError.invalidModel("trailing bytes after the weights") }
    self.init(stored: bytes, count: count)
  }

  /// A model from the bytes of one whose size has been checked.
  private init(stored bytes: [UInt8], count: Int) {
    let layout = Self.layout(count: count)
    self.bytes = bytes
    scale = bytes.withUnsafeBytes { Float(bitPattern: StoredIntegers<UInt32>.load($0, offset: layout.scale, 0)) }
    transitions = StoredIntegers<UInt32>(bytes: bytes, offset: layout.transitions, count: (Self.labelCount + 1) * Self.labelCount)
      .map(Float.init(bitPattern:))
    keys = StoredIntegers(bytes: bytes, offset: layout.keys, count: count)
    weights = StoredIntegers(bytes: bytes, offset: layout.weights, count: count * Self.labelCount)
    var capacity = 16
    while capacity < count * 2 { capacity *= 2 }
    let mask = capacity - 1
    self.mask = mask
    slotKeys = [Slot](unsafeUninitializedCapacity: capacity) { slots, initialized in
      slots.initialize(repeating: Slot())
      bytes.withUnsafeBytes { raw in
        for row in 0..<count {
          let key = StoredIntegers<UInt64>.load(raw, offset: layout.keys, row)
          var slot = Int(truncatingIfNeeded: key) & mask
          while slots[slot].key != 0 { slot = (slot + 1) & mask }
          slots[slot] = Slot(key: key, row: Int32(row))
        }
      }
      initialized = capacity
    }
  }
}
