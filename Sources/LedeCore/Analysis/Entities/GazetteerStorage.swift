/// A gazetteer as bytes, so that lede reads its name lists (a quarter million German words)
/// in milliseconds: `Scripts/train-ner` builds the gazetteer from the data files and writes it
/// next to the model it was trained with.
extension Gazetteer {
  private static let magic = Array("LEDEGAZ1".utf8)

  /// The gazetteer as bytes: one-word entries sorted by hash, longer entries, organisation
  /// suffixes, compound heads, regions.
  public func serialized() -> [UInt8] {
    var writer = ByteWriter(bytes: Self.magic)
    var merged: [UInt64: UInt16] = words
    for (key, bits) in zip(listKeys, listBits) { merged[key, default: 0] |= bits }
    let keys = merged.keys.sorted()
    writer.append(UInt32(keys.count))
    for key in keys { writer.append(key) }
    for key in keys { writer.append(merged[key]!) }
    let phraseList = (phrases.values.flatMap { $0 } + storedPhrases.all).map { (text: $0.words.joined(separator: " "), category: $0.category) }
      .sorted { ($0.text, $0.category.rawValue) < ($1.text, $1.category.rawValue) }
    writer.append(UInt32(phraseList.count))
    for phrase in phraseList {
      writer.append(UInt8(Category.allCases.firstIndex(of: phrase.category)!))
      writer.append(phrase.text)
    }
    writer.append(UInt32(organizationSuffixes.count))
    for suffix in organizationSuffixes.sorted() { writer.append(suffix) }
    writer.append(UInt32(longestSuffix))
    writer.append(UInt32(nameHeads.count))
    for (head, type) in nameHeads.sorted(by: { $0.key < $1.key }) {
      writer.append(head)
      writer.append(UInt8(EntityType.allCases.firstIndex(of: type)!))
    }
    writer.append(UInt32(regionCodes.count))
    for (name, code) in regionCodes.sorted(by: { $0.key < $1.key }) {
      writer.append(name)
      writer.append(code)
      writer.append(UInt8(regionNames.contains(name) ? 1 : 0))
    }
    return writer.bytes
  }

  /// Reads a gazetteer written by `serialized()`.
  public init(bytes: [UInt8]) throws {
    self.init()
    var reader = ByteReader(bytes: bytes)
    guard try reader.take(Self.magic.count) == Self.magic[...] else { throw LedeError.invalidModel("not a gazetteer") }
    let count = Int(try reader.integer(UInt32.self))
    listKeys = try reader.integers(UInt64.self, count: count)
    listBits = try reader.integers(UInt16.self, count: count)
    storedPhrases = try StoredPhrases(reading: &reader, count: Int(try reader.integer(UInt32.self)))
    for _ in 0..<(try reader.integer(UInt32.self)) { organizationSuffixes.insert(try reader.integer(UInt64.self)) }
    longestSuffix = Int(try reader.integer(UInt32.self))
    for _ in 0..<(try reader.integer(UInt32.self)) {
      let head = try reader.string()
      let number = Int(try reader.integer(UInt8.self))
      guard number < EntityType.allCases.count else { throw LedeError.invalidModel("unknown entity type") }
      nameHeads[head] = EntityType.allCases[number]
    }
    for _ in 0..<(try reader.integer(UInt32.self)) {
      let name = try reader.string()
      let code = try reader.string()
      regionCodes[name] = code
      if try reader.integer(UInt8.self) == 1 { regionNames.insert(name) }
    }
    guard reader.isAtEnd else { throw LedeError.invalidModel("trailing bytes after the gazetteer") }
  }
}
