/// The entries of several words of a stored gazetteer (`New York`, `Vereinigte Staaten`), kept
/// as their lower-cased bytes: reading them computes two hashes per entry and makes no string,
/// and an entry's words are cut out only when a sentence's first two words match its
/// `Gazetteer.pairKey`.
struct StoredPhrases: Sendable {
  private struct Entry {
    var key: UInt64
    var start: Int32
    var length: UInt16
    var category: UInt8
  }

  /// Every entry's bytes, one after another.
  private var text: [UInt8] = []
  /// Sorted by `pairKey`, in file order within a key (which decides which codes they give).
  private var entries: [Entry] = []
  /// The hashes of the entries' first words, sorted.
  private var firstWords: [UInt64] = []

  init() {}

  /// Reads `count` entries as `Gazetteer.serialized()` writes them (a category number, then the
  /// text with its length); entries of one word are skipped.
  init(reading reader: inout ByteReader, count: Int) throws {
    entries.reserveCapacity(count)
    firstWords.reserveCapacity(count)
    for _ in 0..<count {
      let category = try reader.integer(UInt8.self)
      guard Int(category) < Gazetteer.Category.allCases.count else { throw LedeError.invalidModel("unknown gazetteer category") }
      let bytes = try reader.take(Int(try reader.integer(UInt16.self)))
      guard let keys = Gazetteer.phraseKeys(bytes) else { continue }
      firstWords.append(keys.first)
      entries.append(Entry(key: keys.key, start: Int32(text.count), length: UInt16(bytes.count), category: category))
      text += bytes
    }
    entries.sort { ($0.key, $0.start) < ($1.key, $1.start) }
    firstWords.sort()
  }

  var isEmpty: Bool { entries.isEmpty }

  /// Whether an entry starts with the word of this hash.
  func startsPhrase(_ hash: UInt64) -> Bool {
    let found = firstWords.partitioningIndex { $0 >= hash }
    return found < firstWords.count && firstWords[found] == hash
  }

  /// The entries whose first two words have `key`, in file order: their words' bytes and category.
  func phrases(withKey key: UInt64) -> [(words: [ArraySlice<UInt8>], category: Gazetteer.Category)] {
    var position = entries.partitioningIndex { $0.key >= key }
    var found: [(words: [ArraySlice<UInt8>], category: Gazetteer.Category)] = []
    while position < entries.count && entries[position].key == key {
      found.append(phrase(entries[position]))
      position += 1
    }
    return found
  }

  /// Every entry, for writing the gazetteer again.
  var all: [(words: [String], category: Gazetteer.Category)] {
    entries.map(phrase).map { phrase in (phrase.words.map { String(decoding: $0, as: UTF8.self) }, phrase.category) }
  }

  private func phrase(_ entry: Entry) -> (words: [ArraySlice<UInt8>], category: Gazetteer.Category) {
    let bytes = text[Int(entry.start)..<(Int(entry.start) + Int(entry.length))]
    return (bytes.split(separator: UInt8(ascii: " ")), Gazetteer.Category.allCases[Int(entry.category)])
  }
}
