/// The learned weights of the entity tagger: for each hashed feature a weight per label, and a
/// weight for each pair of consecutive labels. A model is its stored form (weights as 16-bit
/// integers with one scale), used where it lies: reading a model file copies nothing but builds
/// the table that finds a feature's weights.
public struct EntityModel: Sendable {
  public static let labelCount = EntityLabel.all.count
  /// The stored model (magic, templates, feature count, scale, transitions, keys, weights) and
  /// the table that finds a feature's weights in it.
  private let table: FeatureTable
  /// The optional feature templates the model was trained with, which tagging must weigh too.
  public let templates: EntityFeatures.Templates
  /// `(labelCount + 1) × labelCount`: the weight of label `to` after label `from`, where row
  /// `labelCount` stands for the start of the sentence.
  let transitions: [Float]

  /// A model of these weights, rounded to their stored precision, trained with `templates`.
  public init(keys: [UInt64], weights: [Float], transitions: [Float], templates: EntityFeatures.Templates = []) {
    precondition(weights.count == keys.count * Self.labelCount)
    precondition(transitions.count == (Self.labelCount + 1) * Self.labelCount)
    let bytes = Self.serialized(keys: keys, weights: weights, transitions: transitions, templates: templates)
    self.init(stored: bytes, count: keys.count, templates: templates)
  }

  /// The number of features with weights.
  public var featureCount: Int { table.count }

  /// The score of every label for a word with `features`.
  func scores(_ features: [UInt64], into result: inout [Float]) {
    for label in 0..<Self.labelCount { result[label] = 0 }
    table.add(features, into: &result)
  }

  // MARK: Storage

  private static let magic = Array("LEDENER2".utf8)

  /// The model as bytes: magic, templates, feature count, scale, transitions, keys, 16-bit weights.
  public func serialized() -> [UInt8] { table.bytes }

  private static func serialized(
    keys: [UInt64], weights: [Float], transitions: [Float], templates: EntityFeatures.Templates
  ) -> [UInt8] {
    var writer = ByteWriter(bytes: Self.magic)
    writer.append(templates.rawValue)
    let scale = FeatureTable.scale(of: weights)
    writer.append(UInt32(keys.count))
    writer.append(scale.bitPattern)
    for weight in transitions { writer.append(weight.bitPattern) }
    for key in keys { writer.append(key) }
    FeatureTable.append(weights, scale: scale, to: &writer)
    return writer.bytes
  }

  /// Where a model of `count` features keeps its scale, transitions, keys and weights (after the
  /// magic, the templates and the count), and its size.
  private static func layout(count: Int) -> (scale: Int, transitions: Int, keys: Int, weights: Int, end: Int) {
    let scale = magic.count + 8
    let transitions = scale + 4
    let keys = transitions + 4 * (labelCount + 1) * labelCount
    let weights = keys + 8 * count
    return (scale, transitions, keys, weights, weights + 2 * count * labelCount)
  }

  /// Reads a model written by `serialized()`.
  public init(bytes: [UInt8]) throws {
    var reader = ByteReader(bytes: bytes)
    guard try reader.take(Self.magic.count) == Self.magic[...] else { throw LedeError.invalidModel("not an entity model") }
    let templates = EntityFeatures.Templates(rawValue: try reader.integer(UInt32.self))
    let count = Int(try reader.integer(UInt32.self))
    let end = Self.layout(count: count).end
    guard bytes.count >= end else { throw LedeError.invalidModel("the file ends early") }
    guard bytes.count == end else { throw LedeError.invalidModel("trailing bytes after the weights") }
    self.init(stored: bytes, count: count, templates: templates)
  }

  /// A model from the bytes of one whose size has been checked.
  private init(stored bytes: [UInt8], count: Int, templates: EntityFeatures.Templates) {
    self.templates = templates
    let layout = Self.layout(count: count)
    let scale = bytes.withUnsafeBytes { Float(bitPattern: StoredIntegers<UInt32>.load($0, offset: layout.scale, 0)) }
    transitions = StoredIntegers<UInt32>(bytes: bytes, offset: layout.transitions, count: (Self.labelCount + 1) * Self.labelCount)
      .map(Float.init(bitPattern:))
    table = FeatureTable(
      bytes: bytes, count: count, width: Self.labelCount, scale: scale, keysAt: layout.keys, weightsAt: layout.weights)
  }
}
