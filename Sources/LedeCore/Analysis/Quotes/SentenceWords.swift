/// The tokens of one sentence with their text, for the quote rules: index-based access,
/// lower-cased forms, and what is inside quotation marks. A class: the quote steps pass a
/// sentence around a great deal, and a copy is then one reference.
final class SentenceWords: Sendable {
  let segment: Segment
  let tokens: [Token]
  let texts: [String]
  let lowered: [String]
  /// The index of the sentence's first word (after any opening quotation mark or dash).
  let firstWordIndex: Int
  /// Whether each token is capitalised (worked out once: the rules ask often).
  private let capitalized: [Bool]
  /// How many words come before each token (and, last, in the whole sentence): any range's
  /// word count without walking it, however long the sentence.
  private let wordsBefore: [Int]
  /// The word classes of each token's lower-cased word (`WordClass.bit`s), looked up once.
  private let wordClasses: [UInt64]
  /// The role noun each token's lower-cased word is a form or compound of (`Polizeisprechers`
  /// → `sprecher`; a role noun itself, `präsident`, is its own), looked up once.
  private let roleLemmas: [String?]
  /// Whether each token's lower-cased word is one of the language's `ruleFunctionWords`.
  private let functionWords: [Bool]
  /// The indices of the words that can name a source without being a name: role and
  /// organisation nouns and compounds ending in one (`Sprecher`, `Staatsanwaltschaft`, `spokesman`).
  let sourceNouns: [Int]
  /// Each token's lower-cased word's length in characters and how many bytes its last two
  /// characters take, for the content model's verb forms.
  private let shapes: [(length: UInt32, endingBytes: UInt32)]
  /// The indices of the sentence's commas, in order.
  private let commas: [Int]
  /// How many parentheses are open before each token (and after the last).
  private let openParentheses: [Int]

  /// The words of `segment`; `forms` keeps each distinct word's `Form` for the next sentences
  /// (most words of an article come back) and notes how the sentence writes its words.
  init(_ segment: Segment, in article: Article, data: borrowing LanguageData, forms: inout Forms) {
    self.segment = segment
    let (range, all) = article.tokenIndices(in: segment.span)
    let list = article.tokens
    let tokens = range.map { list[$0] }
    let texts = Array(all[range])
    let isWord = tokens.map { $0.kind != .punctuation && $0.kind != .symbol }
    self.tokens = tokens
    self.texts = texts
    var lowered: [String] = []
    var wordClasses: [UInt64] = []
    var roleLemmas: [String?] = []
    var functionWords: [Bool] = []
    var sourceNouns: [Int] = []
    var shapes: [(length: UInt32, endingBytes: UInt32)] = []
    lowered.reserveCapacity(texts.count)
    wordClasses.reserveCapacity(texts.count)
    roleLemmas.reserveCapacity(texts.count)
    functionWords.reserveCapacity(texts.count)
    shapes.reserveCapacity(texts.count)
    let firstWordIndex = isWord.firstIndex(of: true) ?? 0
    var capitalized: [Bool] = []
    capitalized.reserveCapacity(texts.count)
    for (index, text) in texts.enumerated() {
      let number = forms.number(of: text, data: data)
      let form = forms.forms[number]
      capitalized.append(isWord[index] && form.startsCapitalized)
      lowered.append(form.lowered)
      wordClasses.append(form.classes)
      roleLemmas.append(form.roleLemma)
      functionWords.append(form.isFunctionWord)
      shapes.append(form.shape)
      if form.namesSource && isWord[index] { sourceNouns.append(index) }
      if isWord[index] {
        forms.note(number, capitalizedInside: capitalized[index] && index != firstWordIndex, lowercase: !capitalized[index])
      }
    }
    self.lowered = lowered
    self.wordClasses = wordClasses
    self.roleLemmas = roleLemmas
    self.functionWords = functionWords
    self.sourceNouns = sourceNouns
    self.shapes = shapes
    self.firstWordIndex = firstWordIndex
    self.capitalized = capitalized
    commas = tokens.indices.filter { tokens[$0].kind == .punctuation && texts[$0] == "," }
    var depths = Self.running(count: tokens.count)
    var counts = Self.running(count: tokens.count)
    for index in tokens.indices {
      let depth = depths[index]
      let kind = tokens[index].kind
      depths.append(kind != .punctuation ? depth : texts[index] == "(" ? depth + 1 : texts[index] == ")" ? max(0, depth - 1) : depth)
      counts.append(counts[index] + (isWord[index] ? 1 : 0))
    }
    openParentheses = depths
    wordsBefore = counts
  }

  /// A running count before each of `count` tokens and after the last: `[0]`, room for the rest.
  private static func running(count: Int) -> [Int] {
    var values = [0]
    values.reserveCapacity(count + 1)
    return values
  }

  /// `he’s` → `he`, `she'd` → `she`: a pronoun with a contracted verb is the pronoun.
  static func withoutContraction(_ word: String, data: LanguageData) -> String {
    guard word.unicodeScalars.contains(where: { $0 == "’" || $0 == "'" }) else { return word }
    for suffix in data.words(.contraction) where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if data.word(stem, isA: .subjectPronoun) { return stem }
    }
    return word
  }

  var count: Int { tokens.count }

  /// Whether the lower-cased word at `index` belongs to `wordClass`.
  func word(_ index: Int, isA wordClass: WordClass) -> Bool {
    wordClasses[index] & wordClass.bit != 0
  }

  /// Whether the lower-cased word at `index` belongs to either class.
  func word(_ index: Int, isA first: WordClass, _ second: WordClass) -> Bool {
    wordClasses[index] & (first.bit | second.bit) != 0
  }

  /// The lower-cased word at `index`: its length in characters and its last two characters.
  func shape(_ index: Int) -> (length: Int, ending: Substring) {
    let (length, endingBytes) = shapes[index]
    let word = lowered[index]
    // The ending starts on a character's first byte, so the index is one of `word`'s own.
    return (Int(length), word[word.utf8.index(word.utf8.endIndex, offsetBy: -Int(endingBytes))...])
  }

  /// Whether the lower-cased word at `index` is a role noun of the language (`präsident`): its
  /// own role lemma.
  func isRole(_ index: Int) -> Bool {
    roleLemmas[index] == lowered[index]
  }

  /// The role noun the lower-cased word at `index` is a form or compound of, if it is one
  /// (`LanguageData.roleLemma`).
  func roleLemma(_ index: Int) -> String? {
    roleLemmas[index]
  }

  /// Whether a word of `range` can name a source without being a name (one of `sourceNouns`).
  func hasSourceNoun(in range: Range<Int>) -> Bool {
    sourceNouns.contains { range.contains($0) }
  }

  /// Whether the lower-cased word at `index` is a function word the quote rules stop at.
  func isFunctionWord(_ index: Int) -> Bool {
    functionWords[index]
  }

  func isWord(_ index: Int) -> Bool {
    index >= 0 && index < count && tokens[index].kind != .punctuation && tokens[index].kind != .symbol
  }

  /// Capitalised words, and nouns made from numbers (`39-Jährige`, `US-Marines`).
  func isCapitalized(_ index: Int) -> Bool {
    index >= 0 && index < count && capitalized[index]
  }

  /// Whether `text` starts with a capital, or is a noun made from a number (`39-Jährige`);
  /// worked out once per distinct word (`Forms`).
  static func startsCapitalized(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if CharacterClass.isUppercase(first) { return true }
    guard CharacterClass.isDigit(first), let hyphen = text.firstIndex(of: "-") else { return false }
    return text[text.index(after: hyphen)...].first?.isUppercase ?? false
  }

  func isPunctuation(_ index: Int, _ mark: String) -> Bool {
    index >= 0 && index < count && tokens[index].kind == .punctuation && texts[index] == mark
  }

  /// The span from the start of token `first` to the end of token `last`.
  func span(_ first: Int, _ last: Int) -> Span {
    Span(start: tokens[first].span.start, end: tokens[last].span.end)
  }

  /// The last index in `range` that is not punctuation, or nil.
  func lastWordIndex(in range: Range<Int>) -> Int? {
    range.reversed().first { tokens[$0].kind != .punctuation }
  }

  /// The index of the first token starting at or after `offset` (tokens are in text order).
  func index(atOrAfter offset: Int) -> Int {
    tokens.partitioningIndex { $0.span.start >= offset }
  }

  /// The words (lower-cased) right before and after the words of `span`: `^` at the sentence's
  /// start, `$` at its end (what the speaker and antecedent models read beside a mention).
  func words(beside span: Span) -> (before: String, after: String) {
    let first = index(atOrAfter: span.start)
    let next = index(atOrAfter: span.end)
    return (first > 0 ? lowered[first - 1] : "^", next < count ? lowered[next] : "$")
  }

  /// How many parentheses are open before token `index` (a `)` without its `(` closes none).
  func parenthesisDepth(before index: Int) -> Int {
    openParentheses[min(max(0, index), count)]
  }

  /// The first comma in `range`, found without walking it (sentences can be long).
  func firstComma(in range: Range<Int>) -> Int? {
    let found = commas.partitioningIndex { $0 >= range.lowerBound }
    return found < commas.count && commas[found] < range.upperBound ? commas[found] : nil
  }

  /// The last comma in `range`.
  func lastComma(in range: Range<Int>) -> Int? {
    let found = commas.partitioningIndex { $0 >= range.upperBound } - 1
    return found >= 0 && commas[found] >= range.lowerBound ? commas[found] : nil
  }

  /// Words in the token range, punctuation left out.
  func wordCount(_ range: Range<Int>) -> Int {
    let clamped = range.clamped(to: 0..<count)
    return wordsBefore[clamped.upperBound] - wordsBefore[clamped.lowerBound]
  }
}
