import LedeLanguages
import Testing

@testable import LedeCore

/// The learned parts: the ranking perceptron, its stored models, and a whole training run on a
/// tiny annotated slice made here.
@Suite struct QuoteLearningTests {
  @Test(arguments: [WeightUpdate.perceptron, .passiveAggressive(cap: 0.01)])
  func theRankerLearnsWhichCandidateIsRight(update: WeightUpdate) {
    var learner = RankingLearner(update: update)
    let decisions: [([[String]], Int)] = [
      ([["subject", "name"], ["object", "name"], ["none"]], 0),
      ([["object", "name"], ["subject", "pronoun"], ["none"]], 1),
      ([["object", "name"], ["none"]], 1),
    ]
    for _ in 0..<10 { for (candidates, right) in decisions { learner.learn(candidates, right: [right]) } }
    let model = learner.model()
    for (candidates, right) in decisions { #expect(model.best(of: candidates) == right) }
    #expect(model.weight(of: "subject") > model.weight(of: "object"))
  }

  /// Decisions won by less than the margin (the right candidate first among equals, then
  /// ahead by a step) teach the passive-aggressive learner, not the perceptron; only the
  /// features that tell the candidates apart move.
  @Test func onlyPassiveAggressiveLearningLearnsFromNarrowWins() {
    let decision: [[String]] = [["subject", "name"], ["object", "name"]]
    var perceptron = RankingLearner()
    var aggressive = RankingLearner(update: .passiveAggressive(cap: 0.01))
    for _ in 0..<3 {
      #expect(perceptron.learn(decision, right: [0]) == 0 && aggressive.learn(decision, right: [0]) == 0)
    }
    #expect(perceptron.model(pruneBelow: 0).weight(of: "subject") == 0)
    let model = aggressive.model(pruneBelow: 0)
    #expect(model.weight(of: "subject") > 0 && model.weight(of: "object") < 0)
    #expect(model.weight(of: "name") == 0)
  }

  /// A candidate's hashes are the distinct ones of its features and its evidence's, sorted,
  /// however the lists overlap, each feature alone and with the conjunction.
  @Test func featureHashesAreADistinctSortedUnion() {
    let lists = [["a", "b", "c"], ["b", "d"], [], ["d", "a", "e", "e"]]
    let names = lists.map { $0.map(FeatureName.init) }
    let candidate = QuoteChoice.Candidate(
      features: names[0], proposal: .kind(.direct), evidence: QuoteChoice.Evidence(arrayLiteral: names[1], names[2], names[3]),
      conjunction: "L")
    let conjunction = FeatureHash.state(of: "L")
    let expected = Set(lists.joined().flatMap { [FeatureHash.of($0), FeatureHash.of(FeatureName($0), conjoinedWith: conjunction)] }).sorted()
    #expect(candidate.hashes == expected)
    #expect(candidate.evidence.count == 3 && candidate.evidence[1].isEmpty && Array(candidate.evidence[2]) == names[3])
    #expect(QuoteChoice.Candidate(features: [], proposal: .kind(.direct)).hashes == [])
  }

  /// Scoring in a reused sum counts each feature once, as the sorted distinct hashes do, and
  /// leaves nothing behind for the next candidate.
  @Test func aReusedSumScoresLikeTheDistinctHashes() {
    let conjoined = { (name: FeatureName) in FeatureHash.of(name, conjoinedWith: FeatureHash.state(of: "L")) }
    let model = RankingModel(weights: [
      FeatureHash.of("a"): 1.5, FeatureHash.of("b"): -0.25, conjoined("a"): 2, FeatureHash.of("d"): 0.5, conjoined("e"): -1,
    ])
    let candidates = [
      QuoteChoice.Candidate(features: ["a", "a", "b"], proposal: .kind(.direct), evidence: [["b", "d"], ["d", "e", "e"]], conjunction: "L"),
      QuoteChoice.Candidate(features: ["d"], proposal: .kind(.direct), evidence: [["a"]]),
      QuoteChoice.Candidate(features: [], proposal: .kind(.direct)),
    ]
    var sum = model.sum()
    for candidate in candidates {
      #expect(abs(candidate.score(under: model, in: &sum) - model.score(hashes: candidate.hashes)) < 0.001)
    }
    #expect(abs(candidates[0].score(under: model, in: &sum) - 2.75) < 0.001)
    let pieces = candidates[0].evidenceScores(under: model, in: &sum)
    #expect(pieces.count == 2 && abs(pieces[0] - 0.25) < 0.001 && abs(pieces[1] + 0.5) < 0.001)
  }

  @Test func aStoredModelReadsBackTheSame() throws {
    let model = RankingModel(weights: [FeatureHash.of("a"): 1.5, FeatureHash.of("b"): -0.25])
    let read = try RankingModel(bytes: model.serialized())
    #expect(abs(read.weight(of: "a") - 1.5) < 0.001)
    #expect(abs(read.weight(of: "b") + 0.25) < 0.001)
    #expect(read.weight(of: "c") == 0)
    #expect(throws: LedeError.self) { try RankingModel(bytes: Array(model.serialized().dropLast())) }
  }

  private typealias SliceQuote = (text: String, words: String, kind: Quote.Kind, speaker: String?)

  /// German articles with one annotated quote each, its speaker named in a different construction.
  private func slice() throws -> [AnnotatedArticle] {
    try slice(
      [
        ("„Wir bauen die Brücke neu“, sagte Anna Berger.", "Wir bauen die Brücke neu", .direct, "Anna Berger"),
        ("Der Plan sei gescheitert, so Otto Lenz.", "Der Plan sei gescheitert", .indirect, "Otto Lenz"),
        ("Laut Eva Sommer brannte das Lager die ganze Nacht.", "brannte das Lager die ganze Nacht", .indirect, "Eva Sommer"),
        ("Jan Roth erklärte, dass die Stadt sparen müsse.", "dass die Stadt sparen müsse", .indirect, "Jan Roth"),
        ("Der Plan wurde kritisiert, weil er zu teuer sei.", "weil er zu teuer sei", .indirect, nil),
      ], language: .german)
  }

  /// Six copies of an article per quote, in `language`.
  private func slice(_ quotes: [SliceQuote], language: Language) throws -> [AnnotatedArticle] {
    try (0..<6).flatMap { copy in
      try quotes.enumerated().map { index, quote -> AnnotatedArticle in
        let heading = "\(language == .german ? "Bericht" : "Report") \(copy)-\(index).\n\n"
        let article = try Sample.article(heading + quote.text, language: language)
        let gold = AnnotatedArticle.Quote(span: try span(of: quote.words, in: article), kind: quote.kind, speaker: quote.speaker)
        return AnnotatedArticle(id: "\(copy)-\(index)", article: article, entities: try QuoteSample.entities(of: article), quotes: [gold])
      }
    }
  }

  /// The span (in Unicode scalars, as the corpora count) of the first `words` in `article`.
  private func span(of words: String, in article: Article) throws -> Span {
    let start = try #require(article.text.range(of: words)).lowerBound
    let offset = article.text.unicodeScalars.distance(from: article.text.unicodeScalars.startIndex, to: start)
    return Span(start: offset, end: offset + words.unicodeScalars.count)
  }

  /// Articles of another language teach the speaker and antecedent models, never the mark and
  /// content models.
  @Test func speakerHelpersTeachSpeakersOnly() throws {
    let german = Array(try slice().prefix(10))
    let english = try slice(
      [
        ("\"We will rebuild the bridge,\" said Anna Berger.", "We will rebuild the bridge", .direct, "Anna Berger"),
        ("Otto Lenz said the plan had failed.", "the plan had failed", .indirect, "Otto Lenz"),
      ], language: .english)
    let training = QuoteTraining(data: LanguageResources.catalog[.german], epochs: 2)
    let alone = training.train(on: german)
    let helped = training.train(on: german, speakerHelpers: english.map { ($0, LanguageResources.catalog[.english]) })
    for step in [QuoteChoice.Step.mark, .content] { #expect(helped[step].serialized() == alone[step].serialized(), "\(step)") }
    #expect(helped[.speaker].serialized() != alone[.speaker].serialized())
  }

  @Test func trainingOnATinySliceLearnsIt() throws {
    let articles = try slice()
    let data = LanguageResources.catalog[.german]
    func scores(_ models: QuoteModels) -> QuoteScores {
      var scores = QuoteScores()
      for article in articles { scores.add(LedeCore.quotes(in: article.article, using: data, entities: article.entities, models: models), for: article) }
      return scores
    }
    let trained = QuoteTraining(data: data, epochs: 4).train(on: articles)
    let before = scores(.untrained)
    let after = scores(trained)
    #expect((after.direct + after.indirect).endToEndF1 > (before.direct + before.indirect).endToEndF1, "\(before.summary)")
    #expect(after.indirect.endToEndF1 >= 0.9, "\(after.summary)")
    #expect(after.direct.endToEndF1 >= 0.9, "\(after.summary)")
  }

  /// The error study notes a report the content model found that nobody annotated, and an
  /// annotated report it missed.
  @Test func theErrorStudyNotesReportsFoundAndMissed() throws {
    let data = LanguageResources.catalog[.german]
    let article = try Sample.article("Bericht.\n\nDer Minister sagte, die Lage sei ernst. Die Stadt wartet.", language: .german)
    let gold = AnnotatedArticle.Quote(span: try span(of: "Die Stadt wartet", in: article), kind: .indirect, speaker: nil)
    let annotated = AnnotatedArticle(id: "a", article: article, entities: try QuoteSample.entities(of: article), quotes: [gold])
    var checker = TrainingDecider(training: [], fixed: try QuoteResources.bundledModels(for: .german).get())
    checker.study.recordsErrors = true
    checker.begin(annotated, pronouns: data.speakerPronouns)
    _ = LedeCore.quotes(in: article, using: data, entities: annotated.entities, decider: &checker)
    checker.finish()
    #expect(checker.study.tally["ind spurious"] == 1, "\(checker.study.tally)")
    #expect(checker.study.errors.contains { $0.hasPrefix("spurious cue=[sagte]: die Lage sei ernst") }, "\(checker.study.errors)")
    #expect(checker.study.errors.contains { $0.hasPrefix("missed") && $0.hasSuffix("Die Stadt wartet") }, "\(checker.study.errors)")
  }

  /// The overlap the scorer and the training match quotes by: the length two spans share.
  @Test(arguments: [((0, 10), (5, 20), 5), ((5, 20), (0, 10), 5), ((0, 10), (10, 20), 0), ((0, 10), (30, 40), 0), ((2, 4), (0, 10), 2)])
  func spansOverlapByTheLengthTheyShare(_ first: (Int, Int), _ second: (Int, Int), _ expected: Int) {
    let (one, other) = (Span(start: first.0, end: first.1), Span(start: second.0, end: second.1))
    #expect(one.overlap(with: other) == expected)
  }

  @Test func theScorerJudgesSpeakersLeniently() {
    #expect(SpeakerMatch.matches(gold: "Innenministerium", predicted: "des Innenministeriums"))
    #expect(SpeakerMatch.matches(gold: "Wladimir Putin", predicted: "Putin"))
    #expect(!SpeakerMatch.matches(gold: "Wladimir Putin", predicted: "Kim Jong Un"))
    #expect(SpeakerMatch.matches(gold: nil, predicted: nil))
    #expect(!SpeakerMatch.matches(gold: nil, predicted: "Putin"))
  }

  /// Cross-validation holds every article out exactly once, in runs of its order whose lengths
  /// differ by one at most, and learns from all the others each time.
  @Test(arguments: [(10, 5), (11, 5), (700, 5), (3, 2), (4, 3)])
  func foldsHoldEveryArticleOutOnce(_ articles: Int, _ count: Int) throws {
    let folds = try #require(Folds(count: count))
    let items = Array(0..<articles)
    let splits = (0..<count).map { folds.split(items, holdingOut: $0) }
    #expect(splits.flatMap(\.held) == items)
    for (kept, held) in splits {
      #expect((kept + held).sorted() == items)
      #expect(held.last.map { $0 - held[0] + 1 } == held.count, "a run of the articles' order")
    }
    let lengths = splits.map(\.held.count)
    #expect(lengths.max()! - lengths.min()! <= 1, "\(lengths)")
    #expect(Folds(count: 1) == nil)
  }
}
