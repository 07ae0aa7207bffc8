import LedeCore
import Testing

@Suite struct WordFilterTests {
  @Test func letsThroughEveryWordItHolds() {
    let words = (0..<3000).map { "wort\($0)" } + ["sagte", "erklärte", "according", "zufolge", "„laut“"]
    let filter = WordFilter(words)
    #expect(words.allSatisfy(filter.mayContain))
  }

  @Test func stopsAlmostEveryOtherWord() {
    let filter = WordFilter((0..<3000).map { "wort\($0)" })
    let others = (0..<10_000).map { "anderes\($0)" }
    let passed = others.filter(filter.mayContain).count
    #expect(passed < 300, "\(passed) of 10,000 words not in the filter passed")
    #expect(!WordFilter().mayContain("sagte"))
  }
}
