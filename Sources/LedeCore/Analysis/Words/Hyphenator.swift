/// Hyphenation with Liang's patterns in libhyphen's `.dic` format (the files of Debian's
/// `hyphen-*` packages), matched as libhyphen matches them: a finite-state machine whose state
/// is the longest pattern prefix ending at the current letter, applying that state's pattern
/// only; in a two-level file the first level splits compounds (`zu|sammen|arbeit`) and the
/// second breaks each part. lede counts syllables with it, so every break counts, however near
/// the word's edge its minimums allow.
public struct Hyphenator: Sendable {
  private var levels: [HyphenationTrie]
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
    var levels: [HyphenationTrie] = []
    var current = HyphenationTrie.Builder(bytes: bytes.count, utf8: utf8)
    bytes.withUnsafeBufferPointer { all in
      var start = firstEnd + 1
      while start < all.count {
        var end = start
        while end < all.count && all[end] != 0x0A { end += 1 }
        defer { start = end + 1 }
        // Trailing carriage returns, spaces and tabs.
        var last = end
        while last > start, all[last - 1] == 0x0D || all[last - 1] == 0x20 || all[last - 1] == 0x09 { last -= 1 }
        guard last > start else { continue }
        let line = UnsafeBufferPointer(rebasing: all[start..<last])
        let first = line[0]
        // Comments (`%`, `#`), options (upper-case keywords) and non-standard breaks (`/`).
        if first == 0x25 || first == 0x23 || (first >= 0x41 && first <= 0x5A) || line.contains(where: { $0 == 0x2F || $0 == 0x20 }) {
          if line.elementsEqual(nextLevel) {
            levels.append(current.build())
            current = HyphenationTrie.Builder(bytes: all.count - end, utf8: utf8)
          }
          continue
        }
        current.add(line: line)
      }
    }
    levels.append(current.build())
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
  private func breaks(of part: ArraySlice<Unicode.Scalar>, level: HyphenationTrie, left: Int, right: Int) -> [Int] {
    var dotted: [UInt32] = [0x2E]
    dotted.reserveCapacity(part.count + 2)
    for scalar in part { dotted.append(scalar.value) }
    dotted.append(0x2E)
    // From every start, the trie nodes its letters reach, in one flat list.
    var nodes: [Int32] = []
    var first: [Int] = []
    var reach: [Int] = []
    for start in dotted.indices {
      first.append(nodes.count)
      var node = 0
      var length = 0
      while start + length < dotted.count, let next = level.child(of: node, dotted[start + length]) {
        nodes.append(Int32(next))
        node = next
        length += 1
      }
      reach.append(length)
    }
    var values = [UInt8](repeating: 0, count: dotted.count + 1)
    for end in dotted.indices {
      // The state: the longest pattern prefix ending here, from the earliest start that reaches.
      var start = 0
      while start <= end && reach[start] < end - start + 1 { start += 1 }
      guard start <= end else { continue }
      let length = end - start + 1
      guard let pattern = level.values(at: Int(nodes[first[start] + length - 1]), depth: length) else { continue }
      for (offset, value) in pattern.enumerated() where value > values[start + offset] { values[start + offset] = value }
    }
    guard part.count >= left + right else { return [] }
    // The value before letter m of the part sits before dotted character m + 1.
    return (left...(part.count - right)).filter { values[$0 + 1] % 2 == 1 }
  }
}
