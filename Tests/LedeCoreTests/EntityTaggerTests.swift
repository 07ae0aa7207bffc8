@testable import LedeCore
import LedeLanguages
import Testing

/// The tagger's machinery on its own: training, storage and decoding, with no bundled model.
@Suite struct EntityTaggerTests {
  static let slice: [PerceptronTrainer.Sentence] = [
    sentence("Anna Berg besuchte Hamburg .", "B-PER I-PER O B-LOC O"),
    sentence("Die Firma Nordlicht baut in Kiel .", "O O B-ORG O O B-LOC O"),
    sentence("Tom Wex sprach mit Nordlicht .", "B-PER I-PER O O B-ORG O"),
    sentence("In Kiel regnet es .", "O B-LOC O O O"),
    sentence("Anna Berg lobte Kiel .", "B-PER I-PER O B-LOC O"),
  ]

  static func sentence(_ words: String, _ labels: String) -> PerceptronTrainer.Sentence {
    PerceptronTrainer.Sentence(
      words: words.split(separator: " ").map(String.init), labels: labels.split(separator: " ").map { EntityLabel(String($0))! })
  }

  /// A tagger trained on `sentences` (the slice above unless given), every feature kept.
  static func trained(
    on sentences: [PerceptronTrainer.Sentence] = slice, update: WeightUpdate = .perceptron, missCosts: [EntityType: Float] = [:]
  ) -> EntityTagger {
    let features = EntityFeatures(gazetteer: Gazetteer())
    var trainer = PerceptronTrainer(features: features)
    trainer.minimumCount = 1
    trainer.pruneBelow = 0
    trainer.update = update
    trainer.missCosts = missCosts
    return EntityTagger(model: trainer.train(sentences), features: features)
  }

  /// English possessives are split off as CoNLL writes them; other words stay whole.
  @Test func possessiveEndingsAreSplitOff() throws {
    let cases: [(String, String?)] = [
      ("Russia's", "'s"), ("Putin’s", "’s"), ("Reuters'", "'"), ("Jesus’", "’"), ("bus", nil), ("'s", nil), ("s'", nil), ("Kim", nil),
    ]
    let english = LanguageResources.catalog[.english].grammar
    for (word, ending) in cases { #expect(english.splitEnding(of: word) == ending, "\(word)") }
    // German reads `Putins` as one word, and has no apostrophe endings to split.
    #expect(LanguageResources.catalog[.german].grammar.splitEnding(of: "Russia's") == nil)
    // Spans count Unicode scalars: `’` is one.
    let split = try #require(english.split("Putin’s", at: Span(start: 10, end: 17)))
    #expect(split.stem == "Putin" && split.stemSpan == Span(start: 10, end: 15))
    #expect(split.ending == "’s" && split.endingSpan == Span(start: 15, end: 17))
    #expect(english.split("Putin", at: Span(start: 0, end: 5)) == nil)
    let article = try Sample.article("Russia's army and the ministers’ plans.", language: .english)
    #expect(article.taggedWords(grammar: english).first?.words == ["Russia", "'s", "army", "and", "the", "ministers", "’", "plans", "."])
  }

  @Test(arguments: [WeightUpdate.perceptron, .passiveAggressive(cap: 0.01)])
  func aModelLearnsItsTrainingSlice(update: WeightUpdate) {
    let tagger = Self.trained(update: update)
    for sentence in Self.slice {
      #expect(tagger.labels(of: sentence.words) == sentence.labels, "\(sentence.words)")
    }
  }

  @Test(arguments: [WeightUpdate.perceptron, .passiveAggressive(cap: 0.01)])
  func trainingIsReproducible(update: WeightUpdate) {
    let same = Self.trained(update: update).model.serialized() == Self.trained(update: update).model.serialized()
    #expect(same)
  }

  @Test func aStoredModelTagsAsTheOriginal() throws {
    let tagger = Self.trained()
    let restored = EntityTagger(model: try EntityModel(bytes: tagger.model.serialized()), features: tagger.features)
    for sentence in Self.slice {
      #expect(restored.labels(of: sentence.words) == tagger.labels(of: sentence.words))
    }
  }

  @Test func wordsOfATypeAnAnnotationLeavesOutAreNotLearnedAsOutside() {
    // "Titanic" is a work ("other") in one set and unlabelled in a larger one that marks no works.
    let annotated = [Self.sentence("Sie sah Titanic .", "O O B-OTH O"), Self.sentence("Er sah Titanic .", "O O B-OTH O")]
    let unlabelled = Array(repeating: Self.sentence("Wir sahen Titanic .", "O O O O"), count: 6)
    func tagger(unannotated: Set<EntityType>) -> EntityTagger {
      let partial = unlabelled.map { PerceptronTrainer.Sentence(words: $0.words, labels: $0.labels, unannotated: unannotated) }
      return Self.trained(on: annotated + partial)
    }
    let work = EntityLabel(type: .other, position: .begin)
    #expect(tagger(unannotated: [.other]).labels(of: ["Wir", "sahen", "Titanic", "."])[2] == work)
    #expect(tagger(unannotated: []).labels(of: ["Wir", "sahen", "Titanic", "."])[2] == .outside)
  }

  @Test func aCostlierMissMovesATypeTowardsRecall() {
    // Annotators disagree on "Titanic": a work once, nothing three times. The cap lets each step
    // follow the cost.
    let slice = [Self.sentence("Sie sah Titanic .", "O O B-OTH O")] + Array(repeating: Self.sentence("Sie sah Titanic .", "O O O O"), count: 3)
    func label(missCost: Float) -> EntityLabel {
      let tagger = Self.trained(on: slice, update: .passiveAggressive(cap: 1), missCosts: [.other: missCost])
      return tagger.labels(of: ["Sie", "sah", "Titanic", "."])[2]
    }
    #expect(label(missCost: 1) == .outside)
    #expect(label(missCost: 10) == EntityLabel(type: .other, position: .begin))
  }

  /// A model records the optional templates it was trained with, also when stored and read back.
  @Test func aModelKeepsItsFeatureTemplates() throws {
    let features = EntityFeatures(gazetteer: Gazetteer(), templates: [.listedNames])
    var trainer = PerceptronTrainer(features: features)
    trainer.minimumCount = 1
    let model = trainer.train(Self.slice)
    #expect(model.templates == [.listedNames])
    #expect(try EntityModel(bytes: model.serialized()).templates == [.listedNames])
    #expect(Self.trained().model.templates == [])
  }

  /// With `listedNames`, a word two places from a gazetteer entry weighs that entry's code
  /// with the word between; without it, nothing two places away counts.
  @Test func namesInAListSeeEachOthersGazetteerCodes() {
    var gazetteer = Gazetteer()
    gazetteer.add("Antwerp", as: .place)
    let listed = EntityFeatures(gazetteer: gazetteer, templates: [.listedNames])
    let plain = EntityFeatures(gazetteer: gazetteer)
    let after = ["to", "Antwerp", "and", "Hamburg"]
    let before = ["Hamburg", "and", "Antwerp", "too"]
    #expect(Set(listed.features(of: after)[3]).subtracting(plain.features(of: after)[3]).count == 1)
    #expect(Set(listed.features(of: before)[0]).subtracting(plain.features(of: before)[0]).count == 1)
    // A word two places from no entry gains nothing.
    let none = ["to", "Lyon", "and", "Hamburg"]
    #expect(listed.features(of: none)[3] == plain.features(of: none)[3])
  }

  @Test func damagedModelsAreRejected() {
    #expect(throws: LedeError.self) { try EntityModel(bytes: Array("not a model".utf8)) }
    let bytes = Self.trained().model.serialized()
    #expect(throws: LedeError.self) { try EntityModel(bytes: Array(bytes.dropLast(3))) }
  }

  @Test func decodingNeverStartsANameInside() {
    // A model that scores I-PER highest for every feature of the word.
    let features = EntityFeatures(gazetteer: Gazetteer())
    let keys = features.features(of: ["Anna"])[0]
    var weights = [Float](repeating: 0, count: keys.count * EntityModel.labelCount)
    let inside = EntityLabel(type: .person, position: .inside).index
    for row in keys.indices { weights[row * EntityModel.labelCount + inside] = 5 }
    let model = EntityModel(keys: keys, weights: weights, transitions: Array(repeating: 0, count: (EntityModel.labelCount + 1) * EntityModel.labelCount))
    let labels = EntityTagger(model: model, features: features).labels(of: ["Anna"])
    #expect(labels.first?.position == .begin)
  }

  @Test func featuresDependOnTheNeighbours() {
    let features = EntityFeatures(gazetteer: Gazetteer())
    let alone = features.features(of: ["Berg"])[0]
    let afterName = features.features(of: ["Anna", "Berg"])[1]
    #expect(Set(alone) != Set(afterName))
    #expect(features.features(of: ["Anna", "Berg"]) == features.features(of: ["Anna", "Berg"]))
  }

  @Test func gazetteerMatchesLongestEntriesFirst() {
    var gazetteer = Gazetteer()
    gazetteer.add("New York", as: .city)
    gazetteer.add("York", as: .city)
    gazetteer.addRegion("Vereinigte Staaten", code: "US", official: true)
    gazetteer.addRegion("USA", code: "US", official: false)
    let matches = gazetteer.matches(["in", "new", "york"])
    #expect(matches[1] == ["city-B"])
    #expect(matches[2].contains("city-I") && matches[2].contains("city"))
    #expect(gazetteer.regionCode(of: "usa") == gazetteer.regionCode(of: "Vereinigte Staaten"))
    #expect(gazetteer.isRegionName("Vereinigte Staaten") && !gazetteer.isRegionName("USA"))
  }

  @Test func twoKnownNamesSideBySideAreWeighedAsAPair() {
    // What the second of two words gets that it gets neither after another first word nor
    // the first word gives another second one.
    func pairOnly(_ features: EntityFeatures) -> Int {
      let afterCity = Set(features.features(of: ["Kiel", "Lübeck"])[1])
      return afterCity.subtracting(features.features(of: ["Wenn", "Lübeck"])[1]).subtracting(features.features(of: ["Kiel", "Wenn"])[1]).count
    }
    var one = Gazetteer()
    one.add("Kiel", as: .city)
    var both = one
    both.add("Lübeck", as: .city)
    // The two words as a pair (`kiel lübeck`), and with both known the pair of their classes too.
    #expect(pairOnly(EntityFeatures(gazetteer: one)) == 1)
    #expect(pairOnly(EntityFeatures(gazetteer: both)) > 1)
  }
}
