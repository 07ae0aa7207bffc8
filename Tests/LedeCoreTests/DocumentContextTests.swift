import LedeCore
import Testing

/// What an article's other sentences say about a capitalised word (`EntityFeatures.DocumentContext`):
/// features only a model trained with the `documentContext` template weighs, alike for words
/// used alike across the article and different where the article tells them apart.
@Suite struct DocumentContextTests {
  static let clusters = WordClusters(["said": "0110", "told": "0110", "in": "1011"])
  static let withContext = EntityFeatures(gazetteer: Gazetteer(), clusters: clusters, templates: [.documentContext])

  /// The features the document gives `word` at the start of the sentence `opening`.
  static func gained(by word: String, opening: [String], in sentences: [[String]]) -> Set<UInt64> {
    let document = EntityFeatures.DocumentContext(sentences: sentences, clusters: clusters)
    let alone = Set(withContext.features(of: opening)[0])
    return Set(withContext.features(of: opening, document: document)[0]).subtracting(alone)
  }

  @Test func aModelWithoutTheTemplateIgnoresTheDocument() {
    let plain = EntityFeatures(gazetteer: Gazetteer(), clusters: Self.clusters)
    let sentences = [["Bosch", "said", "so"], ["Shares", "in", "Bosch", "rose"]]
    let document = EntityFeatures.DocumentContext(sentences: sentences, clusters: Self.clusters)
    #expect(plain.features(of: sentences[0], document: document) == plain.features(of: sentences[0]))
    #expect(Self.gained(by: "Bosch", opening: sentences[0], in: sentences).count > 0)
  }

  @Test func wordsUsedAlikeElsewhereGainTheSameFeatures() {
    let bosch = Self.gained(by: "Bosch", opening: ["Bosch"], in: [["Bosch"], ["Bosch", "said", "so"]])
    let siemens = Self.gained(by: "Siemens", opening: ["Siemens"], in: [["Siemens"], ["Siemens", "said", "so"]])
    let told = Self.gained(by: "Siemens", opening: ["Siemens"], in: [["Siemens"], ["Siemens", "told", "us"]])
    let inside = Self.gained(by: "Siemens", opening: ["Siemens"], in: [["Siemens"], ["in", "Siemens", "."]])
    #expect(bosch == siemens)
    // `said` and `told` share a cluster, not a word.
    #expect(!told.isEmpty && told != siemens && !told.isDisjoint(with: siemens))
    #expect(inside != siemens)
  }

  @Test func aWordTheArticleAlsoWritesInLowerCaseIsMarked() {
    let sentences = [["Said", "the", "man"], ["he", "said", "so"]]
    let marked = Self.gained(by: "Said", opening: sentences[0], in: sentences)
    let unmarked = Self.gained(by: "Said", opening: sentences[0], in: [sentences[0], ["he", "spoke", "so"]])
    #expect(marked.count == unmarked.count + 1)
    #expect(unmarked.isSubset(of: marked))
  }

  @Test func lowerCaseWordsAndUnseenWordsGainNothing() {
    let sentences = [["the", "Bosch", "plant"]]
    #expect(Self.gained(by: "the", opening: ["the"], in: sentences).isEmpty)
    #expect(Self.gained(by: "Siemens", opening: ["Siemens"], in: sentences).isEmpty)
  }
}
