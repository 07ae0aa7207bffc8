/// Name lists the entity tagger consults: regions, cities, given names, organisation words and
/// role nouns. Entries of several words (`Vereinigte Staaten`, `New York`) match as a whole,
/// longest first. Matching ignores case; the tagger sees the case of the word separately.
public struct Gazetteer: Sendable {
  public enum Category: String, Sendable, CaseIterable {
    case region, city
    case givenName = "given-name"
    /// Words that make a name an organisation's (`GmbH`, `Ministerium`, `Party`).
    case organization
    /// Titles and role nouns in front of names (`Präsident`, `Senator`).
    case role
    /// Forms of common nouns (German: a capitalised word that is no name).
    case commonNoun = "common-noun"
    /// Names of places other than regions and cities (`Gazastreifen`).
    case place
    case surname
    /// Other proper names (`Airbus`, `Al-Qaida`).
    case properName = "proper-name"
    /// Given names mostly given to men or to women (for pronouns, not a tagger feature).
    case maleName = "male-name"
    case femaleName = "female-name"
    /// Names of companies (`Siemens`, `General Motors`).
    case company

    var bit: UInt16 { 1 << UInt16(Self.allCases.firstIndex(of: self)!) }
  }

  /// Makes room for about `count` one-word entries.
  public mutating func reserveCapacity(_ count: Int) {
    words.reserveCapacity(count)
  }

  /// One-word entries added one by one, by the hash of their lower-cased UTF-8 bytes, to their
  /// categories (bit `i` for `Category.allCases[i]`).
  var words: [UInt64: UInt16] = [:]
  /// One-word entries read from a stored gazetteer: hashes in ascending order and their category
  /// bits, searched by bisection where the file holds them (a quarter million German words
  /// load without rehashing or copying).
  var listKeys = StoredIntegers<UInt64>()
  var listBits = StoredIntegers<UInt16>()
  /// Entries of several words, lower-cased, by their first two words (`pairKey`): a word such
  /// as `new` starts hundreds of entries, its pair with the next word only a few.
  var phrases: [UInt64: [(words: [String], category: Category)]] = [:]
  /// Entries of several words read from a stored gazetteer: no dictionary to build when lede starts.
  var storedPhrases = StoredPhrases()
  /// The hashes of the first words of entries of several words added one by one.
  var phraseStarts: Set<UInt64> = []
  /// Hashes of organisation words, for German compounds that end in one (`Bundesministerium`),
  /// and the longest one's length in bytes.
  var organizationSuffixes: Set<UInt64> = []
  var longestSuffix = 0
  /// Compound heads that make a hyphenated name a place's or an organisation's (`platz`, `institut`).
  public var nameHeads: [String: EntityType] = [:]
  /// Region names and their other names (`USA`), lower-cased, to ISO region codes.
  var regionCodes: [String: String] = [:]
  /// The names ICU gives regions, lower-cased: the canonical ones.
  var regionNames: Set<String> = []

  public init() {}

  /// Adds one entry; its words are separated by spaces.
  public mutating func add(_ entry: String, as category: Category) {
    let lowered = entry.lowercased()
    guard CharacterClass.contains(UInt8(ascii: " "), in: lowered) else {
      words[Self.hash(lowered.utf8), default: 0] |= category.bit
      if category == .organization && lowered.count >= 4 {
        organizationSuffixes.insert(Self.hash(lowered.utf8))
        longestSuffix = max(longestSuffix, lowered.utf8.count)
      }
      return
    }
    addPhrase(lowered: lowered, as: category)
  }

  /// Removes a one-word entry from a category.
  public mutating func remove(_ entry: String, from category: Category) {
    let key = Self.hash(entry.lowercased().utf8)
    if let bits = words[key] { words[key] = bits & ~category.bit }
  }

  /// Adds an entry of several words, already in lower case.
  mutating func addPhrase(lowered: String, as category: Category) {
    guard let phrase = Self.phrase(lowered.utf8) else { return }
    phraseStarts.insert(phrase.first)
    phrases[phrase.key, default: []].append((phrase.words, category))
  }

  /// An entry of several words from its lower-cased UTF-8 bytes: its words, the hash of the
  /// first and its `pairKey`; nil for one word. Split on the bytes: splitting a String on a
  /// Character walks grapheme clusters, slowly.
  static func phrase<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (words: [String], first: UInt64, key: UInt64)? {
    guard let keys = phraseKeys(bytes) else { return nil }
    return (bytes.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }, keys.first, keys.key)
  }

  /// The hash of an entry's first word and its `pairKey`, from its first two space-separated
  /// words (nil for one word), without cutting the entry into words.
  static func phraseKeys<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (first: UInt64, key: UInt64)? {
    let space = UInt8(ascii: " ")
    guard let firstStart = bytes.firstIndex(where: { $0 != space }) else { return nil }
    let firstEnd = bytes[firstStart...].firstIndex(of: space) ?? bytes.endIndex
    guard let secondStart = bytes[firstEnd...].firstIndex(where: { $0 != space }) else { return nil }
    let secondEnd = bytes[secondStart...].firstIndex(of: space) ?? bytes.endIndex
    let first = hash(bytes: bytes[firstStart..<firstEnd])
    return (first, pairKey(first, hash(bytes: bytes[secondStart..<secondEnd])))
  }

  /// The categories of a one-word entry by its hash: those added one by one, then the stored ones.
  private func categoryBits(_ hash: UInt64) -> UInt16 {
    var result = words[hash] ?? 0
    let low = listKeys.partitioningIndex { $0 >= hash }
    if low < listKeys.count && listKeys[low] == hash { result |= listBits[low] }
    return result
  }

  /// The key of the entries that start with two words, by their hashes.
  static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 { Hasher64.mix(first, second) }

  static func hash(_ bytes: String.UTF8View) -> UInt64 {
    hash(bytes: bytes)
  }

  /// The same hash (FNV-1a) of any bytes.
  static func hash<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// Adds a region's name (`official`: the name ICU gives it) or another name of it, with its ISO code.
  public mutating func addRegion(_ name: String, code: String, official: Bool) {
    add(name, as: .region)
    regionCodes[name.lowercased()] = code
    if official { regionNames.insert(name.lowercased()) }
  }

  /// The ISO code of a region name (`Vereinigte Staaten`, `USA` → `US`).
  public func regionCode(of name: String) -> String? { regionCodes[name.lowercased()] }

  /// Whether `name` is the name ICU gives a region.
  public func isRegionName(_ name: String) -> Bool { regionNames.contains(name.lowercased()) }

  /// Whether the lists name a region (by any of its names, of any number of words: `USA`,
  /// `Vereinigte Staaten`) or a city so. Not the list of other places, which holds their
  /// inflected forms too (`Gazastreifens`).
  public func namesRegionOrCity(_ name: String) -> Bool {
    regionCode(of: name) != nil || contains(name, in: .region) || contains(name, in: .city)
  }

  /// Whether the one-word entry `word` is listed in `category`.
  public func contains(_ word: String, in category: Category) -> Bool {
    categoryBits(Self.hash(word.lowercased().utf8)) & category.bit != 0
  }

  /// The gender a given name is mostly given to, if the lists say.
  public func gender(ofGivenName name: String) -> Gender? {
    let bits = categoryBits(Self.hash(name.lowercased().utf8))
    switch (bits & Category.maleName.bit != 0, bits & Category.femaleName.bit != 0) {
    case (true, false): return .male
    case (false, true): return .female
    default: return nil
    }
  }

  public var isEmpty: Bool { words.isEmpty && phrases.isEmpty && listKeys.isEmpty && storedPhrases.isEmpty }

  /// For each of `lowered` (a sentence's words, lower-cased) the categories it has in the lists:
  /// `region`, `city-B`/`city-I` for a word of a longer entry, `organization-suffix` for a word
  /// ending in an organisation word.
  public func matches(_ lowered: [String]) -> [[String]] {
    matchCodes(lowered, hashes: lowered.map { Self.hash($0.utf8) }).map { codes in
      codes.map { code in
        guard code != Self.organizationSuffixCode else { return "organization-suffix" }
        let name = Category.allCases[Int(code / 4)].rawValue
        return code % 4 == 0 ? name : name + (code % 4 == 1 ? "-B" : "-I")
      }
    }
  }

  /// The code `matchCodes` gives a word that ends in an organisation word.
  static let organizationSuffixCode: UInt16 = 0xFFFF

  /// `matches` as numbers, for the tagger: `4 × category + 0` for a one-word entry, `+ 1` for the
  /// first word of a longer one, `+ 2` for a later word; `hashes` are those of `lowered`.
  func matchCodes(_ lowered: [String], hashes: [UInt64]) -> [[UInt16]] {
    var result = phraseCodes(lowered, hashes: hashes)
    for position in lowered.indices { result[position] += wordCodes(lowered[position], hash: hashes[position]) }
    return result
  }

  /// The codes of the longer entries `lowered` contains, per word (`hashes`: `Gazetteer.hash`
  /// of each word).
  func phraseCodes(_ lowered: [String], hashes: [UInt64]) -> [[UInt16]] {
    var result = Array(repeating: [UInt16](), count: lowered.count)
    guard !phrases.isEmpty || !storedPhrases.isEmpty else { return result }
    for index in lowered.indices { addPhraseCodes(startingAt: index, lowered, hashes: hashes, to: &result) }
    return result
  }

  /// Whether a longer entry starts with the word of this hash.
  func startsPhrase(_ hash: UInt64) -> Bool { phraseStarts.contains(hash) || storedPhrases.startsPhrase(hash) }

  /// Adds the codes of the longest entry that starts at `index` of `lowered` to `result`.
  func addPhraseCodes(startingAt index: Int, _ lowered: [String], hashes: [UInt64], to result: inout [[UInt16]]) {
    guard index + 1 < hashes.count else { return }
    let key = Self.pairKey(hashes[index], hashes[index + 1])
    var longest = 0
    func consider<Word: Sequence<UInt8>>(_ words: [Word], _ category: Category) {
      guard words.count > longest else { return }
      let end = index + words.count
      guard end <= lowered.count, zip(lowered[index..<end], words).allSatisfy({ $0.utf8.elementsEqual($1) }) else { return }
      longest = words.count
      let base = UInt16(Category.allCases.firstIndex(of: category)!) * 4
      result[index].append(base + 1)
      for inner in (index + 1)..<end { result[inner].append(base + 2) }
    }
    for phrase in phrases[key] ?? [] { consider(phrase.words.map(\.utf8), phrase.category) }
    for phrase in storedPhrases.phrases(withKey: key) { consider(phrase.words, phrase.category) }
  }

  /// The codes of one lower-cased word on its own (`hash`: `Gazetteer.hash` of it).
  func wordCodes(_ lowered: String, hash: UInt64) -> [UInt16] {
    var result: [UInt16] = []
    let bits = categoryBits(hash) & ~(Category.maleName.bit | Category.femaleName.bit)
    if bits != 0 {
      for (number, category) in Category.allCases.enumerated() where bits & category.bit != 0 {
        result.append(UInt16(number) * 4)
      }
    }
    if hasOrganizationSuffix(lowered) { result.append(Self.organizationSuffixCode) }
    return result
  }

  /// Whether the word ends in an organisation word of four or more letters (`Bundesministerium`).
  private func hasOrganizationSuffix(_ word: String) -> Bool {
    guard !organizationSuffixes.isEmpty else { return false }
    let bytes = Array(word.utf8)
    guard bytes.count > 4 else { return false }
    var start = max(1, bytes.count - longestSuffix)
    while start <= bytes.count - 4 {
      if bytes[start] & 0xC0 != 0x80 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes[start...] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if organizationSuffixes.contains(hash) { return true }
      }
      start += 1
    }
    return false
  }

}
