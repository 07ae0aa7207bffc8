import Foundation
import Testing

@testable import LedeCore

/// A stretch of text without final punctuation is cut into sentences of a bounded length, at a
/// comma where there is one; ordinary sentences are never cut.
@Suite struct LongSentenceTests {
  private func tokenCounts(_ article: Article) -> [Int] {
    article.sentences.map { article.tokens.indices(within: $0.span).count }
  }

  @Test func textWithoutPunctuationIsCutIntoBoundedSentences() throws {
    let article = try Sample.article(String(repeating: "Tom said ", count: 1_000), language: .english)
    let counts = tokenCounts(article)
    #expect(counts.count == 5)
    #expect(counts.allSatisfy { $0 <= SentenceSplitter.longestSentence })
    #expect(counts.reduce(0, +) == 2_000)
  }

  @Test func theCutFallsAfterACommaInTheSecondHalf() throws {
    let words = (1...600).map { $0 == 350 ? "word\($0)," : "word\($0)" }.joined(separator: " ")
    let article = try Sample.article(words, language: .english)
    let first = try #require(article.sentences.first)
    #expect(article.text(of: first.span).hasSuffix("word350,"))
  }

  @Test func ordinarySentencesAreNotCut() throws {
    let sentence = (1...120).map { "Word\($0)" }.joined(separator: ", ") + "."
    let article = try Sample.article(sentence + " " + sentence, language: .english)
    #expect(tokenCounts(article) == [240, 240])
  }
}
