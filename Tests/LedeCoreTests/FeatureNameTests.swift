import Testing

@testable import LedeCore

/// A feature's name built without strings shows and hashes as the string it spells.
struct FeatureNameTests {
  private enum Side { case before, after }

  /// Every kind of piece a feature interpolates.
  @Test func aNameIsTheTextItsPiecesSpell() {
    let origin: FeatureName = "o=cue>subject"
    let word = "Staatsanwaltschaft"
    let cases: [(FeatureName, String)] = [
      ("bias", "bias"),
      ("\(origin)|d=\(-2)|n=\(0)|m=\(Int.min)", "o=cue>subject|d=-2|n=0|m=\(Int.min)"),
      ("upper=\(true)|final=\(false)", "upper=true|final=false"),
      ("e=\(word.suffix(2))|side=\(Side.after)", "e=ft|side=after"),
      ("ä=\(word.lowercased())|ö|\(origin)", "ä=staatsanwaltschaft|ö|o=cue>subject"),
    ]
    for (name, text) in cases {
      #expect(name.description == text)
      #expect(FeatureHash.of(name) == FeatureHash.of(text))
      #expect(name == FeatureName(text))
    }
    #expect(FeatureName("a") != FeatureName("b"))
  }

  /// A name longer than it shows hashes its whole text and shows its start, cut between
  /// characters; continued by more pieces it still hashes them all.
  @Test func aLongNameHashesWholeAndShowsItsStart() {
    let text = "h=" + String(repeating: "ä", count: 40)
    let name = FeatureName(text)
    #expect(text.utf8.count > FeatureName.shownBytes)
    #expect(FeatureHash.of(name) == FeatureHash.of(text))
    #expect(name.description.hasSuffix("…") && text.hasPrefix(name.description.dropLast()))
    #expect(name.description.utf8.count <= FeatureName.shownBytes + "…".utf8.count)
    let longer: FeatureName = "\(text)|k=name"
    #expect(FeatureHash.of(longer) == FeatureHash.of(text + "|k=name"))
    // A long name inside another: the same wherever it is built, and apart from a neighbour's.
    let prefixed: [FeatureName] = ["direct|\(name)", "direct|\(FeatureName(text + "x"))"]
    #expect(prefixed[0] == FeatureName("direct|\(name)") && prefixed[0] != prefixed[1])
  }

  /// Built where nobody reads their text, names keep none and hash the same, also a name that
  /// begins with another; inside `withText` they keep it again.
  @Test func aNameWithoutTextHashesTheSame() {
    let word = "Staatsanwaltschaft"
    let build = { () -> [FeatureName] in
      let origin: FeatureName = "o=cue>subject"
      return ["bias", FeatureName(word), "\(origin)|k=\(word.lowercased())|d=\(-2)", "h=\(String(repeating: "ä", count: 40))"]
    }
    let kept = build()
    let bare = FeatureText.withoutText(build)
    #expect(bare == kept)
    #expect(bare.map(FeatureHash.of) == kept.map(FeatureHash.of))
    #expect(bare.allSatisfy { $0.description.isEmpty } && kept.allSatisfy { !$0.description.isEmpty })
    let inner = FeatureText.withoutText { FeatureText.withText(build) }
    #expect(inner.map(\.description) == kept.map(\.description))
    #expect(FeatureText.isKept)
  }

  /// A name with a conjunction hashes apart from the name alone and from another conjunction.
  @Test func aConjoinedNameHashesApart() {
    let names: [FeatureName] = ["t=person", "t=place"]
    let after = FeatureHash.distinct(names, conjoinedWith: FeatureHash.state(of: "L:dp|after"))
    let before = FeatureHash.distinct(names, conjoinedWith: FeatureHash.state(of: "L:dp|before"))
    #expect(after.count == 4 && Set(after).intersection(before) == Set(names.map(FeatureHash.of)))
  }
}
