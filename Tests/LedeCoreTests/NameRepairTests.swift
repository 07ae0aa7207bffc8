import Testing

@testable import LedeCore

/// Repairs to the tagger's names that follow from how names are written.
@Suite struct NameRepairTests {
  let repairs = NameRepairs(gazetteer: Gazetteer(), data: LanguageData(language: .english))

  /// The words each repaired name covers.
  func names(_ words: [String], _ found: [Range<Int>]) -> [[String]] {
    repairs.withBalancedBrackets(found.map { ($0, EntityType.person) }, words: words).map { Array(words[$0.range]) }
  }

  @Test func aNameTaggedFromInsideABracketTakesTheBracketBeforeIt() {
    let words = ["pitcher", "(", "Tom", ")", "Seaver", "won"]
    #expect(names(words, [2..<5]) == [["(", "Tom", ")", "Seaver"]])
  }

  @Test func aBracketOpenedInsideANameSplitsIt() {
    let words = ["Hizbollah", "(", "Party", "of", "God", ")", "said"]
    #expect(names(words, [0..<5]) == [["Hizbollah"], ["Party", "of", "God"]])
  }

  @Test func wordsUpToABracketNothingOpensAreLeftOut() {
    let words = ["Leo", ")", "Nichols", "won"]
    #expect(names(words, [0..<3]) == [["Nichols"]])
    #expect(names(words, [0..<2]) == [])
  }

  @Test func balancedNamesStayAsTheyAre() {
    let words = ["James", "(", "Leo", ")", "Nichols", "and", "Kim"]
    #expect(names(words, [0..<5, 6..<7]) == [["James", "(", "Leo", ")", "Nichols"], ["Kim"]])
  }
}
