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

  /// Each language's function words, taken from the catalog once (not per word).
  private let functionWords: [(language: Language, words: Set<String>)]
  /// Words beyond this many are not looked at; 2,000 words decide any article.
  public var wordLimit = 2000

  public init(catalog: LanguageCatalog) {
    functionWords = catalog.languages.map { ($0.key, $0.value.functionWords) }.sorted { $0.language.rawValue < $1.language.rawValue }
  }

  /// The language of the words in `text`, or nil when no function word of any language occurs.
  public func detect(_ text: Substring) -> Guess? {
    detect(scalars: text.unicodeScalars)
  }

  /// The language of the words in `scalars`, or nil when no function word of any language occurs.
  public func detect<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) -> Guess? {
    var hits: [Language: Int] = [:]
    var examined = 0
    var word = ""
    func finishWord() {
      guard !word.isEmpty else { return }
      examined += 1
      for (language, words) in functionWords where words.contains(word) {
        hits[language, default: 0] += 1
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
    let total = hits.values.reduce(0, +)
    guard total > 0, let best = hits.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) })
    else { return nil }
    return Guess(language: best.key, confidence: Double(best.value) / Double(total))
  }
}
