import Testing

@testable import LedeCore
import LedeLanguages

/// The sentence lookups the quote extractor asks once per cue and mark answer from tables built
/// once, as walking the sentence would.
@Suite struct SentenceWordsTests {
  static let text = "Der Plan (so der Sprecher, ein Mann (mit Hut)) sei gut, sagte er, und) das, „Wort“ bleibt."

  @Test func lookupsAgreeWithWalkingTheSentence() throws {
    let extractor = try QuoteSample.extractor(Self.text, .german)
    let sentence = extractor.sentences[0]
    let count = sentence.count
    for start in 0...count {
      var depth = 0
      for index in 0..<start {
        if sentence.isPunctuation(index, "(") { depth += 1 } else if sentence.isPunctuation(index, ")") { depth = max(0, depth - 1) }
      }
      #expect(sentence.parenthesisDepth(before: start) == depth)
      for end in start...count {
        let range = start..<end
        #expect(sentence.wordCount(range) == range.filter(sentence.isWord).count)
        #expect(sentence.firstComma(in: range) == range.first { sentence.isPunctuation($0, ",") })
        #expect(sentence.lastComma(in: range) == range.last { sentence.isPunctuation($0, ",") })
      }
    }
    for token in sentence.tokens {
      for offset in [token.span.start - 1, token.span.start, token.span.start + 1] {
        #expect(sentence.index(atOrAfter: offset) == (sentence.tokens.firstIndex { $0.span.start >= offset } ?? count))
      }
    }
  }

  /// The nearest cues of a quote are the same three however many cues the sentence has.
  /// A word's shape, worked out once per distinct word, is its length in characters and its last
  /// two characters, also where a character takes several bytes or scalars.
  @Test func wordShapesCountCharacters() throws {
    let extractor = try QuoteSample.extractor("Die Läuferin trank Café, Tee und Cafe\u{301} im Zoo.", .german)
    let sentence = extractor.sentences[0]
    let shapes = Dictionary(sentence.texts.indices.map { (sentence.texts[$0], sentence.shape($0)) }) { first, _ in first }
    #expect(shapes["Läuferin"].map { ($0.length, String($0.ending)) } ?? (0, "") == (8, "in"))
    #expect(shapes["Café"].map { ($0.length, String($0.ending)) } ?? (0, "") == (4, "fé"))
    #expect(shapes["Cafe\u{301}"].map { ($0.length, String($0.ending)) } ?? (0, "") == (4, "fe\u{301}"))
    #expect(shapes["im"].map { ($0.length, String($0.ending)) } ?? (0, "") == (2, "im"))
  }

  @Test func theNearestCuesAreFoundAmongAll() throws {
    let text = "Er sagte, sie erklärte, man betonte: „Ja“, hieß es, so er, berichtete sie, meinte er."
    let extractor = try QuoteSample.extractor(text, .german)
    let cues = extractor.cues[0]
    try #require(cues.count >= 5)
    let sentence = extractor.sentences[0]
    for start in 0..<sentence.count {
      let range = start..<min(sentence.count, start + 2)
      func distance(_ cue: SpeechCues.Cue) -> Int {
        cue.first >= range.upperBound ? cue.first - range.upperBound : cue.last < range.lowerBound ? range.lowerBound - cue.last : 0
      }
      let expected = cues.sorted { distance($0) < distance($1) }.prefix(3).map(\.first)
      #expect(extractor.nearestCues(in: 0, to: range).map(\.first) == Array(expected))
    }
  }

  /// A token's word classes, looked up once when the sentence is built, are those the language
  /// data gives its lower-cased word, for every class and pair of classes (and the classes fit
  /// the 64 bits that hold them); so is whether it is a function word the rules stop at.
  @Test(arguments: [
    ("Laut der Polizei habe er, dass es so sei, nicht gewusst, sagte der Sprecher am Montag.", Language.german),
    ("He said that they'd been urged to go by the police, according to officials.", Language.english),
  ])
  func wordClassesAgreeWithTheLanguageData(text: String, language: Language) throws {
    #expect(WordClass.allCases.count <= 64)
    #expect(WordClass.allCases.enumerated().allSatisfy { $1.bit == 1 << UInt64($0) })
    let extractor = try QuoteSample.extractor(text, language)
    let data = LanguageResources.catalog[language]
    let sentence = extractor.sentences[0]
    var found = 0
    var functionWords = 0
    for index in 0..<sentence.count {
      let isFunctionWord = data.ruleFunctionWords.contains(sentence.lowered[index])
      #expect(sentence.isFunctionWord(index) == isFunctionWord, "\(sentence.lowered[index])")
      if isFunctionWord { functionWords += 1 }
      for wordClass in WordClass.allCases {
        let expected = data.words(wordClass).contains(sentence.lowered[index])
        #expect(sentence.word(index, isA: wordClass) == expected, "\(sentence.lowered[index]) \(wordClass)")
        #expect(data.word(sentence.lowered[index], isA: wordClass) == expected)
        #expect(sentence.word(index, isA: wordClass, .article) == (expected || data.words(.article).contains(sentence.lowered[index])))
        if expected { found += 1 }
      }
    }
    #expect(found >= 8)
    #expect(functionWords >= 5)
  }

  /// A transcript's turns: each sentence of a paragraph that opens with a label belongs to the
  /// last label at or before it; a paragraph that does not open with one has none.
  @Test func transcriptLabelsFollowTheTurns() throws {
    let text = """
      Ein Gespräch im Studio.

      WALLACE: Wie geht es Ihnen? Gut. JONES: Danke der Nachfrage. Sehr gut.

      Heute regnet es wieder. MEIER: Nein.
      """
    let extractor = try QuoteSample.extractor(text, .german)
    try #require(extractor.sentences.count == 7)
    #expect(extractor.transcriptLabels.map { $0?.sentence } == [nil, 1, 1, 3, 3, nil, nil])
    #expect(extractor.transcriptLabels[4].map { extractor.sentences[3].texts[$0.range].joined() } == "JONES")
  }

  /// The sentence that holds an offset, found by halving, is the one walking the sentences finds.
  @Test func theSentenceHoldingAnOffsetIsFoundByHalving() throws {
    let text = "Ein Tag. „Erstens. Zweitens. Drittens“, sagte sie. Dann ging sie.\n\nNeuer Absatz hier. Ende."
    let extractor = try QuoteSample.extractor(text, .german)
    let sentences = extractor.sentences
    try #require(sentences.count >= 5)
    for offset in 0...text.unicodeScalars.count {
      let walked = sentences.indices.first { sentences[$0].segment.span.contains(offset) }
      #expect(extractor.sentence(containing: offset, from: 0) == walked, "offset \(offset)")
      if let walked { #expect(extractor.sentence(containing: offset, from: walked) == walked) }
    }
  }

  /// The verb forms named once per word (hash states, for decisions nobody explains) are the
  /// names built with their text, word by word and prefix by prefix, in the second sentence
  /// that repeats the first's words as well as in the first.
  @Test func verbFormsNamedOncePerWordAreTheNamesWithText() throws {
    let text = "Er sagte, sie habe gelogen und hätte es gewusst. Sie hätte es gewusst, sagte er, und sei gegangen."
    let extractor = try QuoteSample.extractor(text, .german)
    let endings = LanguageResources.catalog[.german].grammar.verbEndingLengths
    var known = ContentFeatures.VerbFormNames()
    for prefix in [ContentFeatures.VerbFormPrefix.cue, .free] {
      for sentence in extractor.sentences {
        let parts = [0..<sentence.count]
        var unused = ContentFeatures.VerbFormNames()
        let shown = ContentFeatures.VerbForms.pair(of: sentence, prefix: prefix, endingLengths: endings, names: &unused)
        let hashed = FeatureText.withoutText {
          ContentFeatures.VerbForms.pair(of: sentence, prefix: prefix, endingLengths: endings, names: &known)
        }
        for (withText, named) in [(shown.candidate, hashed.candidate), (shown.nothing, hashed.nothing)] {
          var expected: [FeatureName] = []
          var found: [FeatureName] = []
          withText.appendFeatures(in: parts, to: &expected)
          named.appendFeatures(in: parts, to: &found)
          #expect(!expected.isEmpty && found == expected)
        }
      }
    }
  }
}
