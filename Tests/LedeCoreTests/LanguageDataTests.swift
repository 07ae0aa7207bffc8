import Foundation
import LedeCore
@testable import LedeLanguages
import Testing

/// Every data file carries `# example:` lines; this suite runs each one, so that the files'
/// documentation cannot drift from what lede does with them.
@Suite struct LanguageDataTests {
  @Test func catalogLoads() {
    #expect(LanguageResources.loadError == nil)
    let catalog = LanguageResources.catalog
    #expect(catalog[.german].abbreviations["bzw."] == .inner)
    #expect(catalog[.english].abbreviations["Inc."] == .mayEnd)
    #expect(catalog[.german].months["juni"] == 6)
    #expect(catalog.newsAgencies.contains("Reuters"))
  }

  @Test func aRoleNounEndingAGermanCompoundIsItsHead() {
    let german = LanguageResources.catalog[.german]
    #expect(german.roleLemma("wirtschaftsministerin") == "ministerin")
    #expect(german.roleLemma("vizepräsidenten") == "präsident")
    #expect(german.roleLemma("ex-kanzler") == "kanzler")
    #expect(german.roleLemma("wirtschaft") == nil)
    // English writes compounds apart: `talking` does not end in the role `king`.
    #expect(LanguageResources.catalog[.english].roleLemma("talking") == nil)
  }

  /// The grammar traits take the place of `if German` in the rules: German and English differ
  /// in each, and a wrong line is an error naming its file and line.
  @Test func grammarTraitsAreReadLineByLine() throws {
    let (german, english) = (LanguageResources.catalog[.german].grammar, LanguageResources.catalog[.english].grammar)
    #expect(german.wordOrder == .verbSecond && english.wordOrder == .subjectVerb)
    #expect(german.capitalizesNouns && !english.capitalizesNouns)
    #expect(german.ordinalPeriod && !english.ordinalPeriod)
    #expect(german.splitEndings.isEmpty && english.splitEndings == ["'s", "’s", "'", "’"])
    #expect(german.roleAdjectiveEndings == [.male: "er", .female: "e"] && english.roleAdjectiveEndings.isEmpty)
    #expect(german.particleJoiningPrefixes == ["dar"] && english.particleJoiningPrefixes.isEmpty)
    #expect(german.verbEndingLengths == [2] && english.verbEndingLengths == [2, 3, 4])
    #expect(german.reportLearning == .passiveAggressive && english.reportLearning == .perceptron)
    #expect(!german.speakerContextWords && english.speakerContextWords)
    #expect(!german.cueFormsForNothing && english.cueFormsForNothing)
    #expect(!german.quotesBesideCues && english.quotesBesideCues)
    #expect(german.antecedentContextWords && !english.antecedentContextWords)
    #expect(QuoteTraining.updates(for: german)[.content] == .passiveAggressive(cap: 0.01) && QuoteTraining.updates(for: english)[.content] == nil)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-grammar-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("xx"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("xx/grammar.tsv")
    try "# a comment\nword-order\tverb-second\nsplit-endings\t's '\n".write(to: file, atomically: true, encoding: .utf8)
    let read = try LanguageResources.grammar(from: LanguageResources.entries(folder, "xx/grammar.tsv"))
    #expect(read.wordOrder == .verbSecond && read.splitEndings == ["'s", "'"] && !read.capitalizesNouns)
    try "word-order\tverb-second\ncapitalised-nouns\tsometimes\n".write(to: file, atomically: true, encoding: .utf8)
    let error = #expect(throws: LanguageResources.DataFileError.self) {
      try LanguageResources.grammar(from: LanguageResources.entries(folder, "xx/grammar.tsv"))
    }
    #expect(error?.description == "xx/grammar.tsv:2: expected yes or no")
    try "verb-ending-lengths\t2 three\n".write(to: file, atomically: true, encoding: .utf8)
    let lengthError = #expect(throws: LanguageResources.DataFileError.self) {
      try LanguageResources.grammar(from: LanguageResources.entries(folder, "xx/grammar.tsv"))
    }
    #expect(lengthError?.description == "xx/grammar.tsv:1: expected lengths from 1 to 4, separated by spaces")
    try "report-learning\tslowly\n".write(to: file, atomically: true, encoding: .utf8)
    let learningError = #expect(throws: LanguageResources.DataFileError.self) {
      try LanguageResources.grammar(from: LanguageResources.entries(folder, "xx/grammar.tsv"))
    }
    #expect(learningError?.description == "xx/grammar.tsv:1: expected perceptron or passive-aggressive")
  }

  @Test func everyDataFileHasExamplesThatHold() throws {
    let files = try LanguageResources.examples()
    #expect(files.count >= 9)
    for file in files {
      #expect(!file.examples.isEmpty, "\(file.file) has no '# example:' line")
      for example in file.examples {
        let parts = example.components(separatedBy: " => ")
        try #require(parts.count == 2, "\(file.file): example without ' => '")
        try check(file.file, input: parts[0], expected: parts[1])
      }
    }
  }

  /// Every function word counts once, in ASCII or not, written in capitals or not; a word
  /// that only starts like one does not count.
  @Test func functionWordsCountInAnyCase() throws {
    let detector = LanguageDetector(catalog: LanguageResources.catalog)
    let german = try #require(detector.detect("FÜR DASS Über daß The"))
    #expect(german.language.code == "de" && german.confidence == 0.8)
    #expect(detector.detect("thee andd oof fürs") == nil)
  }

  private func check(_ file: String, input: String, expected: String) throws {
    let language = Language(code: String(file.prefix(2)))
    switch file.split(separator: "/").last.map(String.init) ?? file {
    case "abbreviations.txt", "grammar.tsv":
      let count = try Sample.sentences(input, language: language).count
      #expect("\(count) sentence\(count == 1 ? "" : "s")" == expected, "\(file): \(input)")
    case "function-words.txt":
      #expect(LanguageDetector(catalog: LanguageResources.catalog).detect(Substring(input))?.language.code == expected)
    case "months.tsv":
      #expect(CalendarDate(metadata: input, months: LanguageResources.catalog.allMonths)?.description == expected)
    case "header-words.tsv":
      let article = try Sample.article(input + "\n\nDer Text folgt hier. The text follows here.")
      #expect("authors " + article.metadata.authors.joined(separator: ", ") == expected, "\(file): \(input)")
    case "news-agencies.txt":
      let article = try Sample.article(input)
      #expect("agency " + (article.metadata.agency ?? "none") == expected)
    case "speech-verbs.tsv", "speech-cues.tsv":
      let cues = try QuoteSample.cues(input, language ?? .german)
      #expect(cues.map { "cue " + $0 }.contains(expected.lowercased()), "\(file): \(input) gave \(cues)")
    case "speaker-words.tsv":
      let proposed = try QuoteSample.proposals(input, language ?? .german).map { "pronoun " + $0.words.lowercased() }
      #expect(proposed.contains(expected), "\(file): \(input) gave \(proposed)")
    case "grammar-words.tsv":
      let parts = expected.split(separator: " ").map(String.init)
      let data = LanguageResources.catalog[language ?? .german]
      let wordClass = try #require(WordClass(rawValue: parts[0]))
      #expect(data.word(parts[1], isA: wordClass), "\(file): \(parts[1]) is no \(parts[0])")
      // The words are candidates and features of the learned quote decisions: the example has
      // the word, and a cue or quotation marks those decisions start from.
      #expect(input.lowercased().contains(parts[1].lowercased()), "\(file): \(input) lacks \(parts[1])")
      let marked = input.unicodeScalars.contains { "„“”\"".unicodeScalars.contains($0) }
      let cues = try QuoteSample.cues(input, language ?? .german)
      #expect(marked || !cues.isEmpty, "\(file): \(input) has no cue")
    case "given-names.tsv", "cities.txt", "regions.txt", "region-aliases.tsv", "wiktionary-nouns.tsv", "companies.txt",
      "proper-names.txt":
      // The stored gazetteer, which EntityTests checks against these files.
      let gazetteer = try EntityResources.bundledTagger(for: language ?? .german).get().features.gazetteer
      let words = input.lowercased().split(separator: " ").map(String.init)
      let categories = gazetteer.matches(words)[0]
      let parts = expected.split(separator: " ").map(String.init)
      #expect(categories.contains(words.count == 1 ? parts[0] : parts[0] + "-B"), "\(file): \(input) is not listed as \(parts[0]) (\(categories))")
      if parts.count > 1 { #expect(gazetteer.regionCode(of: input) == parts[1], "\(file): \(input)") }
    case "time-words.tsv", "time-patterns.tsv":
      let article = try Sample.article(input, language: language, date: CalendarDate(year: 2024, month: 6, day: 19))
      let found = timeExpressions(in: article, using: LanguageResources.catalog[language ?? .german])
        .map { "\($0.kind.rawValue) \($0.text)" }
      #expect(found.contains(expected), "\(file): \(input) gave \(found)")
    case "stop-words.txt":
      let article = try Sample.article(input, language: language)
      let words = wordFrequencies(in: article, using: LanguageResources.catalog[language ?? .german]).map { $0.word.lowercased() }
      #expect(words.joined(separator: " ") == expected, "\(file): \(input) gave \(words)")
    case "inflection-endings.txt":
      let article = try Sample.article(input, language: language)
      let words = wordFrequencies(in: article, using: LanguageResources.catalog[language ?? .german], lemmas: true)
      #expect(words.map { "\($0.word.lowercased()) \($0.count)" }.contains(expected), "\(file): \(input) gave \(words)")
    case "report-labels.tsv":
      #expect(try LanguageResources.reportLabels(for: language ?? .german)[input] == expected, "\(file): \(input)")
    case "reference-frequencies.tsv":
      let frequencies = try ReferenceFrequencies.bundled(for: language ?? .german).get()
      #expect((frequencies[input] != nil ? "listed" : "missing") == expected, "\(file): \(input)")
    case "name-heads.tsv":
      let tagger = try EntityResources.bundledTagger(for: language ?? .german).get()
      let article = try Sample.article(input, language: language)
      let report = entities(in: article, using: LanguageResources.catalog[language ?? .german], tagger: tagger)
      let found = report.entities.map { "\($0.type.rawValue) \($0.name)" }
      #expect(found.contains(expected), "\(file): \(input) gave \(found)")
    default:
      Issue.record("no checker for the examples of \(file)")
    }
  }
}
