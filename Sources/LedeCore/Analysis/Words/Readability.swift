/// Counts and readability scores of an article's prose. Syllables come from hyphenation
/// patterns (`Hyphenator`), not from guessing at vowels.
public struct Readability: Sendable, Equatable {
  public var sentences = 0
  public var words = 0
  public var letters = 0
  public var syllables = 0
  /// Words of one syllable.
  public var monosyllables = 0
  /// Words of three syllables or more.
  public var polysyllables = 0
  /// Words of more than six letters.
  public var longWords = 0

  public var wordsPerSentence: Double { Double(words) / Double(max(sentences, 1)) }
  public var lettersPerWord: Double { Double(letters) / Double(max(words, 1)) }
  public var syllablesPerWord: Double { Double(syllables) / Double(max(words, 1)) }

  /// Flesch reading ease for German after Amstad (1978): 180 − ASL − 58.5 × ASW.
  public var fleschAmstad: Double { 180 - wordsPerSentence - 58.5 * syllablesPerWord }
  /// The first Wiener Sachtextformel (Bamberger and Vanecek 1984): a school grade, 4 (easy) to 15.
  public var wienerSachtextformel: Double {
    let share = { (count: Int) in 100 * Double(count) / Double(max(self.words, 1)) }
    return 0.1935 * share(polysyllables) + 0.1672 * wordsPerSentence + 0.1297 * share(longWords) - 0.0327 * share(monosyllables) - 0.875
  }
  /// Flesch reading ease (1948): 206.835 − 1.015 × ASL − 84.6 × ASW.
  public var fleschReadingEase: Double { 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord }
  /// The Flesch–Kincaid grade level (1975): 0.39 × ASL + 11.8 × ASW − 15.59.
  public var fleschKincaidGrade: Double { 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59 }
}

/// The readability counts of an article: its sentences (headlines and headings too) and the
/// words made of letters; `syllables` counts a word's syllables, nil when no patterns are known
/// (then the syllable counts stay zero).
public func readability(of article: Article, syllables: ((String) -> Int)?) -> Readability {
  var result = Readability()
  result.sentences = article.sentences.count
  // Each distinct word is hyphenated once.
  var known: [Substring: Int] = [:]
  let count = { (word: Substring) -> Int in
    if let found = known[word] { return found }
    let found = syllables?(String(word)) ?? 0
    known[word] = found
    return found
  }
  for (text, _) in articleWords(article) {
    let letters = text.unicodeScalars.filter(CharacterClass.isLetter).count
    result.words += 1
    result.letters += letters
    if letters > 6 { result.longWords += 1 }
    guard syllables != nil else { continue }
    // Hyphenated compounds count part by part (`Kim-Il-Sung-Platz`).
    let total = text.split(whereSeparator: { !$0.isLetter }).reduce(0) { $0 + count($1) }
    result.syllables += max(total, 1)
    if total <= 1 { result.monosyllables += 1 }
    if total >= 3 { result.polysyllables += 1 }
  }
  return result
}
