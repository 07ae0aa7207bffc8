extension SentenceWords {
  /// How an article's sentences write their words (`Forms.usage`).
  typealias Usage = (capitalizedInside: Set<String>, lowercase: Set<String>)

  /// A word's lower-cased form (a pronoun without its contracted verb), its word classes,
  /// the role noun it is a form of, whether it is a noun that can name a source or a function
  /// word the quote rules stop at, and its length in characters and the bytes of its last two.
  struct Form {
    let lowered: String
    let classes: UInt64
    /// The role noun the word is a form or compound of (`LanguageData.roleLemma`); a role noun
    /// is its own.
    let roleLemma: String?
    /// A role or organisation noun, compounds and case forms too (`Polizeisprecher`, `Experten`).
    let namesSource: Bool
    let isFunctionWord: Bool
    let shape: (length: UInt32, endingBytes: UInt32)
    /// Whether the word as written starts with a capital (`SentenceWords.startsCapitalized`).
    let startsCapitalized: Bool
  }

  /// The distinct words of the sentences read so far (one half of an article, read on one
  /// core), each with its `Form`, worked out once, and how the sentences write it.
  struct Forms {
    private var numbers = WordNumbers()
    private(set) var forms: [Form] = []
    /// For each word: `Self.inside` if a sentence capitalises it after its first word,
    /// `Self.lowercase` if one writes it in lower case.
    private var uses: [UInt8] = []
    private static let inside: UInt8 = 1
    private static let lowercase: UInt8 = 2

    /// The number of `text`'s form (in `forms`), worked out the first time.
    mutating func number(of text: String, data: LanguageData) -> Int {
      let (number, isNew) = numbers.insert(text)
      guard isNew else { return number }
      let lowered = withoutContraction(CharacterClass.lowercased(text), data: data)
      // Characters counted by their bytes where each is one (grapheme breaking is slow).
      let ascii = lowered.utf8.allSatisfy { $0 < 0x80 }
      let length = ascii ? lowered.utf8.count : lowered.count
      let endingBytes = ascii ? min(2, lowered.utf8.count) : lowered.suffix(2).utf8.count
      let roleLemma = data.roleLemma(lowered)
      forms.append(
        Form(
          lowered: lowered, classes: data.wordClassBits(of: lowered), roleLemma: roleLemma,
          namesSource: roleLemma != nil || data.endsInOrganizationWord(lowered),
          isFunctionWord: data.ruleFunctionWords.contains(lowered),
          shape: (UInt32(length), UInt32(endingBytes)), startsCapitalized: SentenceWords.startsCapitalized(text)))
      uses.append(0)
      return number
    }

    /// Notes how a sentence writes the word numbered `number`.
    mutating func note(_ number: Int, capitalizedInside: Bool, lowercase: Bool) {
      uses[number] |= (capitalizedInside ? Self.inside : 0) | (lowercase ? Self.lowercase : 0)
    }

    /// The words some sentence capitalises after its first word (nouns and names, not an
    /// adverb that opens a sentence), and the words some sentence writes in lower case.
    var usage: Usage {
      var result: Usage = ([], [])
      for (number, text) in numbers.words.enumerated() {
        if uses[number] & Self.inside != 0 { result.capitalizedInside.insert(text) }
        if uses[number] & Self.lowercase != 0 { result.lowercase.insert(text) }
      }
      return result
    }
  }
}
