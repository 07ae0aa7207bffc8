import Foundation
import Testing

@testable import LedeShell

/// Commands about one article over every loaded one (`--all`), or another (`--article`): each
/// record names its article, and the corpus aggregates add up the articles' own results.
@Suite struct CorpusTests {
  private static let articles = ["harbour-deal.en.txt", "harbour-strike.en.txt", "putin-kim-pjoengjang.de.txt"]
    .map { Paths.root.appendingPathComponent("Examples/articles/\($0)").path }

  private func loaded(format: OutputFormat = .json) -> TestShell {
    let test = TestShell(format: format)
    #expect(test.run(["load " + Self.articles.joined(separator: " ")]) == 0)
    return test
  }

  private func rows(_ test: TestShell, _ command: String) throws -> [[String: Any]] {
    #expect(test.run([command]) == 0, "\(command): \(test.output.errors)")
    let line = try #require(test.output.output.split(separator: "\n").last)
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]])
  }

  /// The row of `command` whose `key` is `value`.
  private func row(_ test: TestShell, _ command: String, where key: String, is value: String) throws -> [String: Any]? {
    try rows(test, command).first { $0[key] as? String == value }
  }

  /// The integer `field` of that row in each of the articles `ids`, 0 where it has none.
  private func perArticle(_ test: TestShell, _ command: String, ids: ClosedRange<Int>, where key: String, is value: String, field: String) throws -> [Int] {
    try ids.map { id in try row(test, "\(command) --article \(id)", where: key, is: value)?[field] as? Int ?? 0 }
  }

  @Test func everyRecordNamesItsArticle() throws {
    let test = loaded()
    for command in ["who", "quotes", "timeline", "speakers", "kwic Putin"] {
      let found = try rows(test, command)
      #expect(!found.isEmpty, "\(command)")
      #expect(found.allSatisfy { $0["article"] as? Int == 3 && $0["article_name"] as? String == "putin-kim-pjoengjang" }, "\(command)")
    }
    let record = try #require(try rows(test, "stats --all").first)
    #expect(record["article_name"] as? String == "harbour-deal")
  }

  @Test func articleOptionRunsForAnotherArticleAndKeepsTheCurrentOne() throws {
    let test = loaded()
    let found = try rows(test, "who --article harbour-deal")
    #expect(found.allSatisfy { $0["article_name"] as? String == "harbour-deal" })
    #expect(found.contains { $0["name"] as? String == "Anneke de Vries" })
    #expect(test.shell.session.current?.article.name == "putin-kim-pjoengjang")
  }

  @Test func quotesAllAreEveryArticlesQuotesInOrder() throws {
    let test = loaded()
    var expected: [String] = []
    for id in 1...3 { expected += try rows(test, "quotes --article \(id)").map { "\($0["article"]!) \($0["text"]!)" } }
    let all = try rows(test, "quotes --all").map { "\($0["article"]!) \($0["text"]!)" }
    #expect(all == expected)
    #expect(Set(try rows(test, "quotes --all").compactMap { $0["article_name"] as? String }).count == 3)
  }

  @Test func whoAllGroupsAnEntityOverTheArticles() throws {
    let test = loaded()
    let mentions = try perArticle(test, "who", ids: 1...2, where: "name", is: "Anneke de Vries", field: "count")
    let grouped = try #require(try row(test, "who --all", where: "name", is: "Anneke de Vries"))
    #expect(grouped["articles"] as? Int == 2)
    #expect(grouped["mentions"] as? Int == mentions.reduce(0, +))
    #expect(grouped["article_names"] as? [String] == ["harbour-deal", "harbour-strike"])
  }

  @Test func speakersAllAddUpEachArticlesQuotes() throws {
    let test = loaded()
    let each = try perArticle(test, "speakers", ids: 1...2, where: "speaker", is: "Anneke de Vries", field: "quotes")
    let grouped = try #require(try row(test, "speakers --all", where: "speaker", is: "Anneke de Vries"))
    #expect(grouped["articles"] as? Int == 2)
    #expect(grouped["quotes"] as? Int == each.reduce(0, +))
  }

  @Test func compareTakesMoreThanTwoArticles() throws {
    let test = loaded()
    let found = try rows(test, "compare 1 2 3")
    let people = try #require(found.first { $0["aspect"] as? String == "people" })
    #expect(people["some"] as? [String] == ["Anneke de Vries", "Pieter Jansen"])
    #expect((people["only_3"] as? [String])?.contains("Wladimir Putin") == true)
    #expect((people["all"] as? [String])?.isEmpty == true)
  }

  @Test func timelineAllIsOneChronology() throws {
    let test = loaded()
    let values = try rows(test, "timeline --all --type DATE").compactMap { $0["value"] as? String }
    let dated = values.filter { $0.first?.isNumber ?? false }
    #expect(dated == dated.sorted())
    #expect(values.prefix(dated.count).elementsEqual(dated))
    #expect(dated.contains("2019") && dated.contains("2024-02"))
  }

  @Test func freqAllCountsTheWholeCorpus() throws {
    let test = loaded()
    let each = try perArticle(test, "freq --top 0", ids: 1...2, where: "word", is: "port", field: "count")
    let all = try row(test, "freq --all --top 0", where: "word", is: "port")?["count"] as? Int
    #expect(each.allSatisfy { $0 > 0 })
    #expect(all == each.reduce(0, +))
  }

  @Test func exportToStandardOutputIsOneJSONLinePerArticle() throws {
    let test = loaded(format: .table)
    let before = test.output.output.count
    #expect(test.run(["export - --all"]) == 0)
    let lines = test.output.output.dropFirst(before).split(separator: "\n")
    #expect(lines.count == 3)
    let names = try lines.map { line in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return (object["info"] as? [String: Any])?["name"] as? String
    }
    #expect(names == ["harbour-deal", "harbour-strike", "putin-kim-pjoengjang"])
  }

  @Test func aBigJSONLinesFileLoadsInOrderWithTheLineOfItsFirstError() throws {
    let folder = try Paths.temporaryFolder()
    let good = (1...600).map { #"{"id": "a\#($0)", "text": "Article \#($0) says hello."}"# }
    try good.joined(separator: "\n").write(to: folder.appendingPathComponent("many.jsonl"), atomically: true, encoding: .utf8)
    try (good[..<450] + ["{broken"] + good[450...]).joined(separator: "\n")
      .write(to: folder.appendingPathComponent("bad.jsonl"), atomically: true, encoding: .utf8)
    let test = TestShell(format: .json)
    #expect(test.run(["load \(folder.path)/many.jsonl"]) == 0)
    #expect(test.shell.session.articles.map(\.article.name) == (1...600).map { "a\($0)" })
    #expect(test.run(["load \(folder.path)/bad.jsonl"]) == 1)
    #expect(test.output.errors.contains("malformed JSON on line 451"))
  }

  @Test func allAndArticleTogetherIsAUsageError() {
    let test = loaded(format: .table)
    #expect(test.run(["who --all --article 1"]) == 1)
    #expect(test.output.errors.contains("--all and --article cannot be used together"))
  }

  @Test func theTableOfAllShowsTheArticleColumn() {
    let test = loaded(format: .table)
    #expect(test.run(["quotes --all"]) == 0)
    let header = test.output.output.split(separator: "\n").last { $0.hasPrefix("article") }
    #expect(header?.contains("speaker") == true)
    #expect(test.output.output.contains("harbour-strike"))
  }
}
