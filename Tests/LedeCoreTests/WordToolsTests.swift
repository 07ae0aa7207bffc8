import Foundation
@testable import LedeCore
import LedeLanguages
import Testing

/// `freq`, `kwic`, `keywords`: counting, grouping forms, concordance lines and keyness.
@Suite struct WordToolsTests {
  static let german = LanguageResources.catalog[.german]
  static let english = LanguageResources.catalog[.english]

  @Test func frequenciesLeaveOutStopWordsUnlessAskedFor() throws {
    let article = try Sample.article("Der Hund und die Katze. Der Hund schläft.", language: .german)
    let counts = wordFrequencies(in: article, using: Self.german)
    #expect(counts.map(\.word) == ["Hund", "Katze", "schläft"])
    #expect(counts[0].count == 2)
    let all = wordFrequencies(in: article, using: Self.german, stopWords: true)
    #expect(all.first { $0.word == "Der" }?.count == 2)
  }

  @Test func lemmasGroupInflectedFormsThatOccur() throws {
    let german = try Sample.article("Putin traf Kim. Putins Besuch, Kims Reise, Gespräche und Gesprächen.", language: .german)
    let grouped = wordFrequencies(in: german, using: Self.german, lemmas: true)
    #expect(grouped.first { $0.word == "Putin" }?.forms == ["putin", "putins"])
    #expect(grouped.first { $0.word == "Kim" }?.count == 2)
    #expect(grouped.first { $0.forms.contains("gespräche") }?.count == 2)
    let english = try Sample.article("The union reported a strike. Its reports and the reporting continued.", language: .english)
    #expect(wordFrequencies(in: english, using: Self.english, lemmas: true).first { $0.word == "report" }?.count == 3)
    // Without --lemma each form counts alone.
    #expect(wordFrequencies(in: german, using: Self.german).first { $0.word == "Putin" }?.count == 1)
  }

  @Test func wordFormsNeedAStemOfThreeLetters() {
    let forms = WordForms(endings: ["s", "en", "e"])
    #expect(forms.lemmas(of: ["as", "a", "bus", "buses"]) == [:])
    #expect(forms.lemmas(of: ["haus", "hause", "hauses"]) == ["hause": "haus", "hauses": "haus", "haus": "haus"])
  }

  @Test func concordanceFindsInflectedNamesAndAligns() throws {
    let article = try Sample.article("Putin kam an. Dann sprach Kim mit Putins Beratern über Putin.", language: .german)
    let lines = try concordance(of: ConcordanceQuery("putin"), in: article, using: Self.german, width: 10)
    #expect(lines.map(\.match) == ["Putin", "Putins", "Putin"])
    #expect(lines[1].left == "h Kim mit " && lines[1].right == " Beratern ")
    #expect(lines.map(\.sentence) == [0, 1, 1])
    let phrase = try concordance(of: ConcordanceQuery("Kim mit"), in: article, using: Self.german, width: 5)
    #expect(phrase.map(\.match) == ["Kim mit"])
    // A paragraph break in the context is one space, as in a concordancer.
    let paragraphs = try Sample.article("Der Besuch endete.\n\nPutin reiste ab.", language: .german)
    #expect(try concordance(of: ConcordanceQuery("Putin"), in: paragraphs, using: Self.german, width: 8).first?.left == "endete. ")
  }

  @Test func concordanceTakesRegularExpressionsAndSpans() throws {
    let article = try Sample.article("Pjöngjang oder Pjönjang? Die Stadt Pjöngjang.", language: .german)
    let lines = try concordance(of: ConcordanceQuery("/pj.n.?jang/"), in: article, using: Self.german, width: 8)
    #expect(lines.map(\.match) == ["Pjöngjang", "Pjönjang", "Pjöngjang"])
    #expect(lines.map(\.span.start) == [0, 15, 35])
    let inside = try concordance(of: ConcordanceQuery("/pj.n.?jang/"), in: article, using: Self.german, width: 8, within: [Span(start: 30, end: 44)])
    #expect(inside.count == 1)
    #expect(throws: ConcordancePatternError.self) { try concordance(of: ConcordanceQuery("/(/"), in: article, using: Self.german, width: 8) }
  }

  @Test func patternMatchesCountUnicodeScalarsNotUTF16Units() throws {
    // 😀 is two UTF-16 units but one scalar; `e\u{301}` two scalars.
    let article = try Sample.article("😀 Kim traf e\u{301}Kim und 😀😀Kim.", language: .german)
    let lines = try concordance(of: ConcordanceQuery("/kim/"), in: article, using: Self.german, width: 8)
    #expect(lines.map(\.span.start) == [2, 13, 23])
    #expect(lines.allSatisfy { article.text(of: $0.span) == "Kim" })
  }

  @Test func aBacktrackingPatternIsTooExpensiveNotAHang() throws {
    let article = try Sample.article(String(repeating: "a", count: 40) + "!", language: .english)
    let error = try #require(throws: ConcordancePatternError.self) {
      try concordance(of: ConcordanceQuery("/(a+)+$/"), in: article, using: Self.german, width: 8)
    }
    #expect(error.isTooExpensive)
    let invalid = try #require(throws: ConcordancePatternError.self) {
      try concordance(of: ConcordanceQuery("/(ab/"), in: article, using: Self.german, width: 8)
    }
    #expect(!invalid.isTooExpensive && invalid.description.contains("at character 4"))
  }

  @Test func logLikelihoodRanksWordsTheReferenceRarelyUses() throws {
    let article = try Sample.article("Die Werft baut Schiffe. Die Werft ist alt. Das Haus ist neu.", language: .german)
    let reference = ["werft": 1.0, "schiffe": 20.0, "haus": 400.0, "baut": 50.0, "alt": 300.0, "neu": 500.0]
    let found = keywords(in: article, using: Self.german, reference: reference)
    #expect(found.first?.word == "Werft")
    #expect(found.first?.referencePerMillion == 1.0)
    // G² for Werft by hand: a = 2 in 12 words, b = 1 per million in 10^9 words.
    let a = 2.0, b = 1000.0, n = 12.0, m = 1e9
    let e1: Double = n * (a + b) / (n + m)
    let e2: Double = m * (a + b) / (n + m)
    let g2: Double = 2 * (a * log(a / e1) + b * log(b / e2))
    #expect(abs(found[0].score - g2) < 1e-6)
    #expect(found.allSatisfy { !Self.german.stopWords.contains($0.word.lowercased()) })
  }

  @Test func tfIdfFavoursWordsOnlyThisArticleUses() throws {
    let one = try Sample.article("Der Hafen streikt. Der Hafen steht still.", language: .german)
    let two = try Sample.article("Der Hafen öffnet wieder.", language: .german)
    let found = keywords(in: one, among: [two]) { _ in Self.german }
    // Hafen: 2 × (log(2/2) + 1) = 2; streikt: 1 × (log(2/1) + 1).
    #expect(found.first { $0.word == "Hafen" }?.score == 2)
    #expect(abs((found.first { $0.word == "streikt" }?.score ?? 0) - (log(2) + 1)) < 1e-9)
  }
}

/// Readability figures against values computed by hand, with syllables from the system's
/// hyphenation patterns (Debian hyphen-de, hyphen-en-us, installed by Scripts/setup).
@Suite struct ReadabilityTests {
  static func hyphenation(_ language: Language) throws -> Hyphenator {
    try HyphenationResources.hyphenator(language).get()
  }

  @Test(arguments: [
    (Language.german, "Bundesregierung", "Bun-des-re-gie-rung"), (.german, "verabschiedete", "ver-ab-schie-de-te"),
    (.german, "Maßnahmenpaket", "Maß-nah-men-pa-ket"), (.german, "Katze", "Kat-ze"), (.german, "Zusammenarbeit", "Zu-sam-men-ar-beit"),
    (.german, "Hund", "Hund"), (.german, "oder", "o-der"),
    (.english, "government", "gov-ern-ment"), (.english, "comprehensive", "com-pre-hen-sive"), (.english, "yesterday", "yes-ter-day"),
    (.english, "happy", "hap-py"), (.english, "cat", "cat"),
  ])
  func syllablesComeFromHyphenationPatterns(language: Language, word: String, hyphenated: String) throws {
    let hyphenator = try Self.hyphenation(language)
    #expect(hyphenator.hyphenated(word) == hyphenated)
    #expect(hyphenator.syllables(of: word) == hyphenated.split(separator: "-").count)
  }

  private static func counts(_ text: String, _ language: Language) throws -> Readability {
    let hyphenation = try hyphenation(language)
    return readability(of: try Sample.article(text, language: language)) { hyphenation.syllables(of: $0) }
  }

  @Test func germanShortSentences() throws {
    // 8 words, 10 syllables (Kat-ze, Gar-ten), 2 sentences; one word over six letters (schläft).
    let found = try Self.counts("Der Hund schläft. Die Katze spielt im Garten.", .german)
    #expect((found.sentences, found.words, found.syllables, found.longWords, found.monosyllables) == (2, 8, 10, 1, 6))
    #expect(abs(found.fleschAmstad - 102.875) < 1e-9)  // 180 − 4 − 58.5 × 1.25
    #expect(abs(found.wienerSachtextformel - -1.03745) < 1e-9)  // 0.1672 × 4 + 0.1297 × 12.5 − 0.0327 × 75 − 0.875
  }

  @Test func germanLongWords() throws {
    // 7 words, 23 syllables, 1 sentence: four of three syllables or more, five over six letters, two of one.
    let found = try Self.counts("Die Bundesregierung verabschiedete gestern ein umfangreiches Maßnahmenpaket.", .german)
    #expect((found.words, found.syllables, found.polysyllables, found.longWords, found.monosyllables) == (7, 23, 4, 5, 2))
    #expect(abs(found.fleschAmstad - (173 - 58.5 * 23 / 7)) < 1e-9)  // −19.2143
    #expect(abs(found.wienerSachtextformel - 19.682543) < 1e-6)
  }

  @Test func englishShortSentences() throws {
    // 9 words, 10 syllables (hap-py), 2 sentences.
    let found = try Self.counts("The cat sat on the mat. It was happy.", .english)
    #expect((found.sentences, found.words, found.syllables) == (2, 9, 10))
    #expect(abs(found.fleschReadingEase - 108.2675) < 1e-9)  // 206.835 − 1.015 × 4.5 − 84.6 × 10/9
    #expect(abs(found.fleschKincaidGrade - -0.723889) < 1e-6)  // 0.39 × 4.5 + 11.8 × 10/9 − 15.59
  }

  @Test func englishLongWords() throws {
    // 8 words, 18 syllables, 1 sentence.
    let found = try Self.counts("The government announced a comprehensive reading program yesterday.", .english)
    #expect((found.sentences, found.words, found.syllables) == (1, 8, 18))
    #expect(abs(found.fleschReadingEase - 8.365) < 1e-9)
    #expect(abs(found.fleschKincaidGrade - 14.08) < 1e-9)
  }

  @Test func withoutPatternsOnlyCountsAreKnown() throws {
    let found = readability(of: try Sample.article("Der Hund schläft.", language: .german), syllables: nil)
    #expect((found.words, found.syllables) == (3, 0))
  }
}

/// The pattern file format: options, comments, levels and charsets.
@Suite struct HyphenatorTests {
  @Test func readsLevelsOptionsAndBothCharsets() throws {
    // A tiny two-level file: the first level splits `haus|tür`, the second breaks `tü-re`.
    let latin1: [UInt8] = Array("ISO8859-1\nLEFTHYPHENMIN 2\n% a comment\nhaus1t\nNEXTLEVEL\n".utf8) + [0x74, 0xFC, 0x31, 0x72] + [0x0A]
    let german = try Hyphenator(dictionary: latin1)
    #expect(german.hyphenated("haustüre") == "haus-tü-re")
    let utf8 = try Hyphenator(dictionary: Array("UTF-8\nck/k=k\n1ba\n".utf8))
    #expect(utf8.hyphenated("abba") == "ab-ba")
    #expect(throws: Hyphenator.PatternError.self) { try Hyphenator(dictionary: Array("UTF-8\n% nothing\n".utf8)) }
  }

  /// Neighbouring lines share their beginnings in the trie; the order of the lines must not matter.
  @Test func patternOrderDoesNotMatter() throws {
    let lines = ["1ba", "ab1c", "a1bb", "abb2a", "1b1c", "ü1b", "übe3r", "2ber", ".ü2"]
    let words = ["abba", "abbabc", "über", "übererbe", "cabbcbc", "aber"]
    let sorted = try Hyphenator(dictionary: Array(("UTF-8\n" + lines.sorted().joined(separator: "\n")).utf8))
    for order in [lines, lines.reversed(), lines.shuffled()] {
      let hyphenator = try Hyphenator(dictionary: Array(("UTF-8\n" + order.joined(separator: "\n")).utf8))
      #expect(words.map(hyphenator.hyphenated) == words.map(sorted.hyphenated), "\(order)")
    }
    // At `abb` the state is the pattern `a1bb`; at `abba` it is `abb2a`, whose 2 keeps `abb-a` whole.
    #expect(sorted.hyphenated("abba") == "a-bba")
  }
}
