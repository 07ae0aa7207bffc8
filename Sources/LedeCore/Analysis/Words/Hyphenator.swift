/// Hyphenation with Liang's patterns in libhyphen's `.dic` format (the files of Debian's
/// `hyphen-*` packages), matched as libhyphen matches them: a finite-state machine whose state
/// is the longest pattern prefix ending at the current letter, applying that state's pattern
/// only; in a two-level file the first level splits compounds (`zu|sammen|arbeit`) and the
/// second breaks each part. lede counts syllables with it, so every break counts, however near
/// the word's edge its minimums allow.
public struct Hyphenator: Sendable {
  /// One level's patterns as a trie in flat arrays (first child, next sibling), so that loading
  /// tens of thousands of patterns and walking them stay cheap.
  struct Level: Sendable {
    var scalar: [UInt32] = [0]
    var firstChild: [Int32] = [-1]
    var nextSibling: [Int32] = [-1]
    /// Where the values of the pattern a node ends start in `values` (one more than its
    /// letters, so its depth tells the count); -1 for none.
    var pattern: [Int32] = [-1]
    var values: [UInt8] = []

    var isEmpty: Bool { values.isEmpty }

    /// The child of `node` for `letter`, if any.
    func child(of node: Int, _ letter: UInt32) -> Int? {
      var next = Int(firstChild[node])
      while next >= 0 {
        if scalar[next] == letter { return next }
        next = Int(nextSibling[next])
      }
      return nil
    }

    mutating func insert(_ letters: ArraySlice<UInt32>, values pattern: ArraySlice<UInt8>) {
      var node = 0
      for letter in letters {
        if let found = child(of: node, letter) {
          node = found
          continue
        }
        scalar.append(letter)
        firstChild.append(-1)
        nextSibling.append(firstChild[node])
        self.pattern.append(-1)
        firstChild[node] = Int32(scalar.count - 1)
        node = scalar.count - 1
      }
      self.pattern[node] = Int32(values.count)
      values.append(contentsOf: pattern)
    }
  }

  private var levels: [Level]
  /// The fewest letters before the first break and after the last (of a word, `left`, `right`)
  /// and beside a compound boundary (`compound`).
  public var minimum = (left: 1, right: 2, compound: 2)

  /// Reads a `.dic` file's bytes: the first line names the charset (UTF-8 or ISO8859-1), then
  /// pattern lines like `.ab3a4s`, `NEXTLEVEL` between a compound level and a syllable level;
  /// options, comments and non-standard breaks (`ck/k=k`) are skipped. Throws when the file
  /// holds no pattern.
  public init(dictionary bytes: [UInt8]) throws {
    let firstEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
    let utf8 = String(decoding: bytes[..<firstEnd], as: UTF8.self).uppercased().contains("UTF-8")
    let nextLevel = Array("NEXTLEVEL".utf8)
    var levels: [Level] = []
    var current = Level()
    var letters: [UInt32] = []
    var values: [UInt8] = []
    var start = firstEnd + 1
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      defer { start = end + 1 }
      var line = bytes[start..<end]
      while let last = line.last, last == 0x0D || last == 0x20 || last == 0x09 { line = line.dropLast() }
      guard let first = line.first else { continue }
      // Comments (`%`, `#`), options (upper-case keywords) and non-standard breaks (`/`).
      if first == 0x25 || first == 0x23 || (0x41...0x5A).contains(first) || line.contains(0x2F) || line.contains(0x20) {
        if line.elementsEqual(nextLevel) {
          levels.append(current)
          current = Level()
        }
        continue
      }
      letters.removeAll(keepingCapacity: true)
      values.removeAll(keepingCapacity: true)
      values.append(0)
      func take(_ scalar: UInt32) {
        if (0x30...0x39).contains(scalar) {
          values[values.count - 1] = UInt8(scalar - 0x30)
        } else if scalar != 0x09 {
          letters.append(scalar)
          values.append(0)
        }
      }
      if utf8 {
        for scalar in String(decoding: line, as: UTF8.self).unicodeScalars { take(scalar.value) }
      } else {
        for byte in line { take(UInt32(byte)) }
      }
      if !letters.isEmpty { current.insert(letters[...], values: values[...]) }
    }
    levels.append(current)
    self.levels = levels.filter { !$0.isEmpty }
    guard !self.levels.isEmpty else { throw PatternError() }
  }

  /// A pattern file without patterns.
  public struct PatternError: Error, CustomStringConvertible {
    public var description: String { "the file holds no hyphenation patterns" }
  }

  /// The positions (1 ..< count, in letters) before which `word` may be broken.
  public func breaks(of word: String) -> [Int] {
    let letters = Array(CharacterClass.lowercased(word).unicodeScalars)
    guard letters.count > 1 else { return [] }
    guard levels.count > 1 else {
      return breaks(of: letters[...], level: levels[0], left: minimum.left, right: minimum.right)
    }
    // Compound parts first, each at least `compound` letters long.
    var parts = [0]
    for point in breaks(of: letters[...], level: levels[0], left: minimum.compound, right: minimum.compound)
    where point - parts[parts.count - 1] >= minimum.compound {
      parts.append(point)
    }
    parts.append(letters.count)
    var found: [Int] = []
    for (start, end) in zip(parts, parts.dropFirst()) {
      if start > 0 { found.append(start) }
      let left = start == 0 ? minimum.left : minimum.compound
      found += breaks(of: letters[start..<end], level: levels[levels.count - 1], left: left, right: minimum.right).map { $0 + start }
    }
    return found
  }

  /// The syllables of a word: its break points plus one.
  public func syllables(of word: String) -> Int {
    breaks(of: word).count + 1
  }

  /// The word with `-` at every break point (`zu-sam-men-ar-beit`).
  public func hyphenated(_ word: String) -> String {
    let points = Set(breaks(of: word))
    var result = ""
    for (index, scalar) in word.unicodeScalars.enumerated() {
      if points.contains(index) { result.append("-") }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// One level's breaks of a word or part: the machine runs over `.part.`; a break before
  /// letter m needs an odd value there and `left`/`right` letters on either side.
  private func breaks(of part: ArraySlice<Unicode.Scalar>, level: Level, left: Int, right: Int) -> [Int] {
    let dotted: [UInt32] = [0x2E] + part.map(\.value) + [0x2E]
    // From every start, the trie nodes its letters reach.
    let walks: [[Int]] = dotted.indices.map { start in
      var nodes: [Int] = []
      var node = 0
      for letter in dotted[start...] {
        guard let next = level.child(of: node, letter) else { break }
        nodes.append(next)
        node = next
      }
      return nodes
    }
    var values = [UInt8](repeating: 0, count: dotted.count + 1)
    for end in dotted.indices {
      // The state: the longest pattern prefix ending here, from the earliest start that reaches.
      guard let start = (0...end).first(where: { walks[$0].count >= end - $0 + 1 }) else { continue }
      let length = end - start + 1
      let first = Int(level.pattern[walks[start][length - 1]])
      guard first >= 0 else { continue }
      for offset in 0...length where level.values[first + offset] > values[start + offset] { values[start + offset] = level.values[first + offset] }
    }
    guard part.count >= left + right else { return [] }
    // The value before letter m of the part sits before dotted character m + 1.
    return (left...(part.count - right)).filter { values[$0 + 1] % 2 == 1 }
  }
}
