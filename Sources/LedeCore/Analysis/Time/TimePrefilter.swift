/// A cheap test of whether a pattern can match at a word, on plain bit masks: most patterns
/// tried fail on their second or third word, and finding that out on masks costs no copies
/// of words or captures (the full match runs only where this test passes).
struct TimePrefilter {
  /// What the prefilter knows of a word: the word classes of its readings as bits, whether it
  /// is a number, and which literal of the patterns it is.
  struct WordBits {
    var classes: UInt64
    var isNumber: Bool
    /// Whether it may be a decade (`1990s`, `'90s`, `90er`): it starts with a digit or apostrophe.
    var decadeLike: Bool
    var literal: Int
  }

  /// One pattern element as bits.
  private struct Element {
    enum Test {
      case literal
      case word(UInt64)
      case number
      case day
      case decade
      case any
    }

    var test: Test
    var literals: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var optional: Bool
  }

  private var literalIDs: [String: Int] = [:]
  private var patterns: [[Element]] = []

  /// Compiles the patterns; literals beyond the first 256 distinct ones are left to the full match.
  init(patterns source: [TimePattern]) {
    for pattern in source {
      var compiled: [Element] = []
      for element in pattern.elements { compiled.append(compile(element)) }
      patterns.append(compiled)
    }
  }

  private mutating func compile(_ element: TimePattern.Element) -> Element {
    var optional = false
    var inner = element
    if case .optional(let wrapped) = element { (inner, optional) = (wrapped, true) }
    if case .context(let wrapped) = inner { inner = wrapped }
    switch inner {
    case .literal(let words):
      var result = Element(test: .literal, optional: optional)
      for word in words {
        let id = literalIDs[word] ?? literalIDs.count
        literalIDs[word] = id
        guard id < 256 else { return Element(test: .any, optional: optional) }
        Self.set(id, in: &result.literals)
      }
      return result
    case .word(let wordClass):
      let bits = Self.bit(wordClass) | (wordClass == .number || wordClass == .ordinal ? Self.numberBit : 0)
      return Element(test: .word(bits), optional: optional)
    case .numeric(let form):
      switch form {
      case .decade: return Element(test: .decade, optional: optional)
      case .day: return Element(test: .day, optional: optional)
      default: return Element(test: .number, optional: optional)
      }
    case .optional, .context:
      return Element(test: .any, optional: optional)
    }
  }

  /// Which literal of the patterns a lower-cased word is, or -1.
  func literalID(of lowered: String) -> Int { literalIDs[lowered] ?? -1 }

  /// The bits of a word with its readings and literal number.
  func bits(of word: TimeMatcher.Word, literal: Int) -> WordBits {
    var classes: UInt64 = word.isNumber ? Self.numberBit : 0
    for reading in word.readings { classes |= Self.bit(reading.wordClass) }
    let first = word.lowered.utf8.first ?? 0
    let decadeLike = (0x30...0x39).contains(first) || first == UInt8(ascii: "'") || first == 0xE2
    return WordBits(classes: classes, isNumber: word.isNumber, decadeLike: decadeLike, literal: literal)
  }

  /// Whether pattern `number` may match from word `position` on.
  func mayMatch(_ number: Int, in words: [WordBits], at position: Int) -> Bool {
    patterns[number].withUnsafeBufferPointer { elements in
      words.withUnsafeBufferPointer { words in fits(elements, 0, words, position) }
    }
  }

  private func fits(_ elements: UnsafeBufferPointer<Element>, _ element: Int, _ words: UnsafeBufferPointer<WordBits>, _ position: Int) -> Bool {
    guard element < elements.count else { return true }
    if elements[element].optional, fits(elements, element + 1, words, position) { return true }
    guard position < words.count, accepts(elements[element], words[position]) else { return false }
    return fits(elements, element + 1, words, position + 1)
  }

  private func accepts(_ element: Element, _ word: WordBits) -> Bool {
    switch element.test {
    case .any: return true
    case .number: return word.isNumber
    case .decade: return word.decadeLike
    case .day: return word.isNumber || word.classes & Self.bit(.ordinal) != 0
    case .word(let bits): return word.classes & bits != 0
    case .literal:
      let id = word.literal
      guard id >= 0, id < 256 else { return false }
      let lane: UInt64
      switch id >> 6 {
      case 0: lane = element.literals.0
      case 1: lane = element.literals.1
      case 2: lane = element.literals.2
      default: lane = element.literals.3
      }
      return lane >> UInt64(id & 63) & 1 != 0
    }
  }

  private static let numberBit: UInt64 = 1 << 63

  /// One bit per word class (classes beyond 63 share bits: the test stays a superset).
  private static let classBits: [TimeLexicon.WordClass: UInt64] = Dictionary(
    uniqueKeysWithValues: TimeLexicon.WordClass.allCases.enumerated().map { ($0.element, UInt64(1) << UInt64($0.offset % 63)) })

  private static func bit(_ wordClass: TimeLexicon.WordClass) -> UInt64 { classBits[wordClass] ?? 0 }

  private static func set(_ id: Int, in lanes: inout (UInt64, UInt64, UInt64, UInt64)) {
    let bit: UInt64 = 1 << UInt64(id & 63)
    switch id >> 6 {
    case 0: lanes.0 |= bit
    case 1: lanes.1 |= bit
    case 2: lanes.2 |= bit
    default: lanes.3 |= bit
    }
  }
}
