import Testing

@testable import LedeCore

/// A feature's name built without strings reads and hashes as the string it spells.
struct FeatureNameTests {
  private enum Side { case before, after }

  /// Every kind of piece a feature interpolates, short and long enough to leave the buffer.
  @Test func aNameIsTheTextItsPiecesSpell() {
    let origin: FeatureName = "o=cue>subject"
    let word = "Staatsanwaltschaft"
    let cases: [(FeatureName, String)] = [
      ("bias", "bias"),
      ("\(origin)|d=\(-2)|n=\(0)|m=\(Int.min)", "o=cue>subject|d=-2|n=0|m=\(Int.min)"),
      ("upper=\(true)|final=\(false)", "upper=true|final=false"),
      ("e=\(word.suffix(2))|side=\(Side.after)", "e=ft|side=after"),
      ("h=\(word)|\(word)|\(word)|\(word)", "h=\(word)|\(word)|\(word)|\(word)"),
      ("ä=\(word.lowercased())|ö", "ä=staatsanwaltschaft|ö"),
    ]
    for (name, text) in cases {
      #expect(name.description == text)
      #expect(FeatureHash.of(name) == FeatureHash.of(text))
      #expect(name == FeatureName(text))
    }
    #expect(cases[4].1.utf8.count > FeatureName.capacity)
    #expect(FeatureName("a") != FeatureName("b"))
  }

  /// A name after a conjunction hashes as the joined text, whether it fits the buffer or not.
  @Test func aConjoinedNameHashesAsTheJoinedText() {
    let names = ["t=person", String(repeating: "lang|", count: 20)]
    let hashes = FeatureHash.distinct(names.map(FeatureName.init), after: FeatureHash.state(of: "L:dp|after|"))
    #expect(hashes == Set(names.flatMap { [FeatureHash.of($0), FeatureHash.of("L:dp|after|" + $0)] }).sorted())
  }
}
