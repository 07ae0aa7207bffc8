/// Tells German from English by counting each language's function words, the method of
/// stop-word language identification: short words like `der`, `und`, `the`, `and` make up
/// a third of running text and differ between the two languages.
public struct LanguageDetector: Sendable {
  /// A detected language and how sure the detector is.
  public struct Guess: Sendable, Equatable {
    public let language: Language
    /// The winning language's share of all function-word hits, 0.5–1.
    public let confidence: Double
  }

  /// The languages told apart, in a fixed order (the bits of `functionWords`' masks).
  private let languages: [Language]
  /// Every function word, with a bit set for each language (in `languages`' order) it belongs
  /// to: one lookup a word, whatever the number of languages.
  private let functionWords: [String: UInt64]
  /// The function words written in ASCII, looked up by their bytes without making a string.
  private let asciiWords: ASCIIWordTable
  /// Longer words are no function word and need no lookup.
  private let longestWord: Int
  /// Words beyond this many are not looked at; 2,000 words decide any article.
  public var wordLimit = 2000

  public init(catalog: LanguageCatalog) {
    languages = Array(catalog.languages.keys.sorted { $0.rawValue < $1.rawValue }.prefix(64))
    var masks: [String: UInt64] = [:]
    for (bit, language) in languages.enumerated() {
      for word in catalog.languages[language]?.functionWords ?? [] { masks[word, default: 0] |= 1 << UInt64(bit) }
    }
    functionWords = masks
    asciiWords = ASCIIWordTable(masks.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } })
    longestWord = masks.keys.map(\.utf8.count).max() ?? 0
  }

  /// The language of the words in `text`, or nil when no function word of any language occurs.
  public func detect(_ text: Substring) -> Guess? {
    detect(scalars: text.unicodeScalars)
  }

  /// The language of the words in `scalars`, or nil when no function word of any language occurs.
  public func detect<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) -> Guess? {
    var hits = [Int](repeating: 0, count: languages.count)
    var examined = 0
    // The word in lower case as UTF-8; an ASCII word is looked up by its bytes, any other as a
    // string (so that a decomposed `fu\u{308}r` is `für`).
    var word: [UInt8] = []
    word.reserveCapacity(64)
    var isASCII = true
    func finishWord() {
      guard !word.isEmpty else { return }
      examined += 1
      if word.count <= longestWord {
        var mask = isASCII ? asciiWords.languages(of: word) : functionWords[String(decoding: word, as: UTF8.self)] ?? 0
        while mask != 0 {
          hits[mask.trailingZeroBitCount] += 1
          mask &= mask - 1
        }
      }
      word.removeAll(keepingCapacity: true)
      isASCII = true
    }
    func append(_ scalar: Unicode.Scalar) {
      guard scalar.value >= 0x80 else { return word.append(UInt8(scalar.value)) }
      isASCII = false
      UTF8.encode(scalar) { word.append($0) }
    }
    for scalar in scalars {
      if scalar.value >= 0x41 && scalar.value <= 0x5A {
        word.append(UInt8(scalar.value + 0x20))
      } else if scalar.value < 0x80 {
        // ASCII needs no Unicode property lookup: a lower-case letter, else a word boundary.
        if CharacterClass.isLetter(scalar) {
          word.append(UInt8(scalar.value))
        } else if scalar != "'" {
          finishWord()
          if examined >= wordLimit { break }
        }
      } else if scalar.properties.isAlphabetic {
        if scalar.properties.isUppercase {
          for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
        } else {
          append(scalar)
        }
      } else if scalar != "'" && scalar != "\u{2019}" {
        finishWord()
        if examined >= wordLimit { break }
      }
    }
    finishWord()
    let total = hits.reduce(0, +)
    guard total > 0 else { return nil }
    // The most hits win; of equal counts, the language last in `languages`' order.
    var best = 0
    for index in hits.indices where hits[index] >= hits[best] { best = index }
    return Guess(language: languages[best], confidence: Double(hits[best]) / Double(total))
  }
}

/// Words in ASCII and their languages' bit masks, found by their bytes: open addressing on the
/// words' FNV-1a hashes, each hit checked against the word's bytes.
private struct ASCIIWordTable: Sendable {
  private struct Slot: Sendable {
    var hash: UInt64 = 0
    var start = 0
    var length = 0
    var mask: UInt64 = 0
  }

  private let slots: [Slot]
  private let bytes: [UInt8]
  private let slotMask: Int

  init(_ masks: [String: UInt64]) {
    var capacity = 16
    while capacity < masks.count * 2 { capacity *= 2 }
    var slots = [Slot](repeating: Slot(), count: capacity)
    var bytes: [UInt8] = []
    for (word, mask) in masks.sorted(by: { $0.key < $1.key }) {
      let hash = Self.hash(Array(word.utf8))
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[slot].hash != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = Slot(hash: hash, start: bytes.count, length: word.utf8.count, mask: mask)
      bytes += word.utf8
    }
    self.slots = slots
    self.bytes = bytes
    slotMask = capacity - 1
  }

  /// The languages (bits) `word` is a function word of; 0 for none.
  func languages(of word: [UInt8]) -> UInt64 {
    let hash = Self.hash(word)
    var slot = Int(truncatingIfNeeded: hash) & slotMask
    while slots[slot].hash != 0 {
      let found = slots[slot]
      if found.hash == hash, found.length == word.count, bytes[found.start..<(found.start + found.length)].elementsEqual(word) {
        return found.mask
      }
      slot = (slot + 1) & slotMask
    }
    return 0
  }

  /// The gazetteer's hash of the bytes (FNV-1a), never 0 (which marks an empty slot).
  private static func hash(_ word: [UInt8]) -> UInt64 {
    let hash = Gazetteer.hash(bytes: word)
    return hash == 0 ? 1 : hash
  }
}
