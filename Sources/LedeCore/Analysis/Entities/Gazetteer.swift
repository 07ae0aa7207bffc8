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

    var bit: UInt16 { 1 << UInt16(Self.allCases.firstIndex(of: self)!) }
  }

  /// Makes room for about `count` one-word entries.
  public mutating func reserveCapacity(_ count: Int) {
    words.reserveCapacity(count)
  }

  /// One-word entries, by the hash of their lower-cased UTF-8 bytes, to their categories (bit
  /// `i` for `Category.allCases[i]`). Hashes keep the lists of a quarter million words quick to load.
  private var words: [UInt64: UInt16] = [:]
  /// Entries of several words, lower-cased, by their first word.
  private var phrases: [String: [(words: [String], category: Category)]] = [:]
  /// The lengths of organisation-word suffixes, for German compounds (`Bundesministerium`).
  private var organizationSuffixes: Set<String> = []
  private var longestSuffix = 0
  /// Compound heads that make a hyphenated name a place's or an organisation's (`platz`, `institut`).
  public var nameHeads: [String: EntityType] = [:]
  /// Region names and their other names (`USA`), lower-cased, to ISO region codes.
  private var regionCodes: [String: String] = [:]
  /// The names ICU gives regions, lower-cased: the canonical ones.
  private var regionNames: Set<String> = []

  public init() {}

  /// Adds one entry; its words are separated by spaces.
  public mutating func add(_ entry: String, as category: Category) {
    let lowered = entry.lowercased()
    guard lowered.utf8.contains(UInt8(ascii: " ")) else {
      words[Self.hash(lowered.utf8), default: 0] |= category.bit
      if category == .organization && lowered.count >= 4 {
        organizationSuffixes.insert(lowered)
        longestSuffix = max(longestSuffix, lowered.count)
      }
      return
    }
    let parts = lowered.split(separator: " ").map(String.init)
    guard let first = parts.first else { return }
    phrases[first, default: []].append((parts, category))
  }

  /// Adds one single-word entry given as UTF-8 bytes. ASCII and Latin-1 letters are
  /// lower-cased byte by byte, without building a string; other words take the slow path.
  public mutating func addWord(utf8 bytes: ArraySlice<UInt8>, as category: Category) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var afterC3 = false
    for byte in bytes {
      var lowered = byte
      if afterC3 {
        // U+00C0–U+00DE (except ×) lower-case to U+00E0–U+00FE: `Ä` → `ä`.
        if byte >= 0x80 && byte <= 0x9E && byte != 0x97 { lowered = byte + 0x20 }
        afterC3 = false
      } else if byte == 0xC3 {
        afterC3 = true
      } else if byte >= 0x80 {
        add(String(decoding: bytes, as: UTF8.self), as: category)
        return
      } else if byte >= 0x41 && byte <= 0x5A {
        lowered = byte + 0x20
      }
      hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01b3
    }
    words[hash, default: 0] |= category.bit
  }

  static func hash(_ bytes: String.UTF8View) -> UInt64 {
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

  /// Whether the one-word entry `word` is listed in `category`.
  public func contains(_ word: String, in category: Category) -> Bool {
    (words[Self.hash(word.lowercased().utf8)] ?? 0) & category.bit != 0
  }

  public var isEmpty: Bool { words.isEmpty && phrases.isEmpty }

  /// For each of `lowered` (a sentence's words, lower-cased) the categories it has in the lists:
  /// `region`, `city-B`/`city-I` for a word of a longer entry, `organization-suffix` for a word
  /// ending in an organisation word.
  public func matches(_ lowered: [String]) -> [[String]] {
    var result = Array(repeating: [String](), count: lowered.count)
    var index = 0
    while index < lowered.count {
      var longest = 0
      for phrase in phrases[lowered[index]] ?? [] where phrase.words.count > longest {
        let end = index + phrase.words.count
        guard end <= lowered.count, Array(lowered[index..<end]) == phrase.words else { continue }
        longest = phrase.words.count
        result[index].append(phrase.category.rawValue + "-B")
        for inner in (index + 1)..<end { result[inner].append(phrase.category.rawValue + "-I") }
      }
      index += 1
    }
    for (position, word) in lowered.enumerated() {
      if let bits = words[Self.hash(word.utf8)] {
        result[position] += Category.allCases.filter { bits & $0.bit != 0 }.map(\.rawValue)
      }
      if hasOrganizationSuffix(word) { result[position].append("organization-suffix") }
    }
    return result
  }

  private func hasOrganizationSuffix(_ word: String) -> Bool {
    guard longestSuffix > 0, word.count > 4 else { return false }
    var suffix = Substring(word)
    while suffix.count >= 4 {
      if suffix.count <= longestSuffix && suffix.count < word.count && organizationSuffixes.contains(String(suffix)) {
        return true
      }
      suffix = suffix.dropFirst()
    }
    return false
  }
}
