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
    var word = ""
    func finishWord() {
      guard !word.isEmpty else { return }
      examined += 1
      if word.utf8.count <= longestWord, var mask = functionWords[word] {
        while mask != 0 {
          hits[mask.trailingZeroBitCount] += 1
          mask &= mask - 1
        }
      }
      word.removeAll(keepingCapacity: true)
    }
    for scalar in scalars {
      if scalar.value >= 0x41 && scalar.value <= 0x5A {
        word.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
      } else if scalar.value < 0x80 {
        // ASCII needs no Unicode property lookup: a lower-case letter, else a word boundary.
        if CharacterClass.isLetter(scalar) {
          word.unicodeScalars.append(scalar)
        } else if scalar != "'" {
          finishWord()
          if examined >= wordLimit { break }
        }
      } else if scalar.properties.isAlphabetic {
        if scalar.properties.isUppercase {
          word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
          word.unicodeScalars.append(scalar)
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
