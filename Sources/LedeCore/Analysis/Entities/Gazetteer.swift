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

    var bit: UInt8 { 1 << UInt8(Self.allCases.firstIndex(of: self)!) }
  }

  /// Makes room for about `count` one-word entries.
  public mutating func reserveCapacity(_ count: Int) {
    words.reserveCapacity(count)
  }

  /// One-word entries, lower-cased, to their categories (bit `i` for `Category.allCases[i]`).
  private var words: [String: UInt8] = [:]
  /// Entries of several words, lower-cased, by their first word.
  private var phrases: [String: [(words: [String], category: Category)]] = [:]
  /// The lengths of organisation-word suffixes, for German compounds (`Bundesministerium`).
  private var organizationSuffixes: Set<String> = []
  private var longestSuffix = 0
  /// Region names and their other names (`USA`), lower-cased, to ISO region codes.
  private var regionCodes: [String: String] = [:]
  /// The names ICU gives regions, lower-cased: the canonical ones.
  private var regionNames: Set<String> = []

  public init() {}

  /// Adds one entry; its words are separated by spaces.
  public mutating func add(_ entry: String, as category: Category) {
    let lowered = entry.lowercased()
    guard lowered.utf8.contains(UInt8(ascii: " ")) else {
      words[lowered, default: 0] |= category.bit
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
      if let bits = words[word] {
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
