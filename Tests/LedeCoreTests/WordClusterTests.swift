import LedeCore
import LedeLanguages
import Testing

/// Word clusters as the entity tagger uses them: stored tables, lookups, and the features a
/// word's cluster path gives it and its neighbours.
@Suite struct WordClusterTests {
  static let clusters = WordClusters(["Wexford": "0110", "Kilkenny": "0110", "sagte": "1011", "kiel": "0111"])

  @Test func aStoredTableReadsBackAndDamagedOnesAreRejected() throws {
    let features = EntityFeatures(gazetteer: Gazetteer(), clusters: Self.clusters)
    #expect(Self.clusters.count == 4)
    #expect(throws: LedeError.self) { try WordClusters(bytes: Array("LWC2".utf8)) }
    #expect(throws: LedeError.self) { try WordClusters(bytes: Array("not clusters".utf8)) }
    #expect(features.features(of: ["Wexford"]) == features.features(of: ["Wexford"]))
  }

  @Test func namesOfOneClusterShareFeaturesThatOthersLack() {
    let clustered = EntityFeatures(gazetteer: Gazetteer(), clusters: Self.clusters)
    let plain = EntityFeatures(gazetteer: Gazetteer())
    let wexford = Set(clustered.features(of: ["Wexford"])[0])
    let kilkenny = Set(clustered.features(of: ["Kilkenny"])[0])
    let unknown = Set(clustered.features(of: ["Tipperary"])[0])
    // Same shape and length: without clusters, only the clusters would make them alike.
    let shared = wexford.intersection(kilkenny).subtracting(Set(plain.features(of: ["Wexford"])[0]))
    #expect(shared.count == 4)
    #expect(unknown.isDisjoint(with: shared))
  }

  @Test func aCapitalisedWordWithoutAPathTakesItsLowerCaseOne() {
    let features = EntityFeatures(gazetteer: Gazetteer(), clusters: Self.clusters)
    let plain = EntityFeatures(gazetteer: Gazetteer())
    let gained = Set(features.features(of: ["Kiel"])[0]).subtracting(plain.features(of: ["Kiel"])[0])
    #expect(!gained.isEmpty)
  }

  @Test func aNeighboursClusterIsWeighedToo() {
    let features = EntityFeatures(gazetteer: Gazetteer(), clusters: Self.clusters)
    let afterWexford = Set(features.features(of: ["Wexford", "Berg"])[1])
    let afterKilkenny = Set(features.features(of: ["Kilkenny", "Berg"])[1])
    let afterUnknown = Set(features.features(of: ["Tipperary", "Berg"])[1])
    #expect(afterWexford.intersection(afterKilkenny).subtracting(afterUnknown).count == 1)
  }
}

/// The shipped tables as `Scripts/make-clusters` writes them, keyed as lede hashes words: a
/// table keyed otherwise finds no word, and these surnames would share nothing.
@Suite struct BundledWordClusterTests {
  /// The cluster features a word gains from the bundled table of `language`.
  static func clusterFeatures(of word: String, _ language: Language) throws -> Set<UInt64> {
    let clusters = try EntityResources.clusters(for: language, in: try LanguageResources.resourceDirectory())
    let clustered = EntityFeatures(gazetteer: Gazetteer(), clusters: clusters).features(of: [word])[0]
    return Set(clustered).subtracting(EntityFeatures(gazetteer: Gazetteer()).features(of: [word])[0])
  }

  @Test func germanSurnamesShareAPathAndCitiesAnother() throws {
    let merkel = try Self.clusterFeatures(of: "Merkel", .german)
    let berlin = try Self.clusterFeatures(of: "Berlin", .german)
    #expect(merkel.count == 4)
    #expect(merkel == (try Self.clusterFeatures(of: "Scholz", .german)))
    #expect(berlin == (try Self.clusterFeatures(of: "Hamburg", .german)))
    #expect(merkel.isDisjoint(with: berlin))
  }

  @Test func englishSurnamesShareAPathThatAVerbLacks() throws {
    let merkel = try Self.clusterFeatures(of: "Merkel", .english)
    #expect(merkel.count == 4)
    #expect(merkel == (try Self.clusterFeatures(of: "Clinton", .english)))
    #expect(merkel.isDisjoint(with: try Self.clusterFeatures(of: "said", .english)))
  }
}
