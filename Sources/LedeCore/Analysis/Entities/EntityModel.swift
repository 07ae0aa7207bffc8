/// The learned weights of the entity tagger: for each hashed feature a weight per label, and a
/// weight for each pair of consecutive labels. Stored compactly (weights as 16-bit integers
/// with one scale) and read back with `init(bytes:)`.
public struct EntityModel: Sendable {
  public static let labelCount = EntityLabel.all.count
  /// Feature hashes; row `i` of `weights` belongs to `keys[i]`.
  let keys: [UInt64]
  /// `keys.count × labelCount` weights.
  let weights: [Float]
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

  public init(keys: [UInt64], weights: [Float], transitions: [Float]) {
    precondition(weights.count == keys.count * Self.labelCount)
    precondition(transitions.count == (Self.labelCount + 1) * Self.labelCount)
    self.keys = keys
    self.weights = weights
    self.transitions = transitions
    var capacity = 16
    while capacity < keys.count * 2 { capacity *= 2 }
    mask = capacity - 1
    var slots = [Slot](repeating: Slot(), count: capacity)
    for (row, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key) & mask
      while slots[slot].key != 0 { slot = (slot + 1) & mask }
      slots[slot] = Slot(key: key, row: Int32(row))
    }
    self.slotKeys = slots
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
    slotKeys.withUnsafeBufferPointer { slots in
      weights.withUnsafeBufferPointer { weights in
        result.withUnsafeMutableBufferPointer { result in
          for label in 0..<labels { result[label] = 0 }
          for feature in features {
            var slot = Int(truncatingIfNeeded: feature) & mask
            while slots[slot].key != feature && slots[slot].key != 0 { slot = (slot + 1) & mask }
            guard slots[slot].key == feature, feature != 0 else { continue }
            let base = Int(slots[slot].row) * labels
            for label in 0..<labels { result[label] += weights[base + label] }
          }
        }
      }
    }
  }

  // MARK: Storage

  private static let magic = Array("LEDENER1".utf8)

  /// The model as bytes: magic, feature count, scale, transitions, keys, 16-bit weights.
  public func serialized() -> [UInt8] {
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

  /// Reads a model written by `serialized()`.
  public init(bytes: [UInt8]) throws {
    var reader = ByteReader(bytes: bytes)
    guard try reader.take(Self.magic.count) == Self.magic[...] else { throw LedeError.invalidModel("not an entity model") }
    let count = Int(try reader.integer(UInt32.self))
    let scale = Float(bitPattern: try reader.integer(UInt32.self))
    let transitions = try (0..<((Self.labelCount + 1) * Self.labelCount)).map { _ in
      Float(bitPattern: try reader.integer(UInt32.self))
    }
    var keys = [UInt64]()
    keys.reserveCapacity(count)
    for _ in 0..<count { keys.append(try reader.integer(UInt64.self)) }
    var weights = [Float]()
    weights.reserveCapacity(count * Self.labelCount)
    for _ in 0..<(count * Self.labelCount) { weights.append(Float(Int16(bitPattern: try reader.integer(UInt16.self))) * scale) }
    guard reader.isAtEnd else { throw LedeError.invalidModel("trailing bytes after the weights") }
    self.init(keys: keys, weights: weights, transitions: transitions)
  }
}
