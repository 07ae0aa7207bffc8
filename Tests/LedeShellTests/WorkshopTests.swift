import Foundation
import LedeCore
import LedeLanguages
@testable import LedeShell
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The workshop commands: show, the pager, export's report, the tutorial, argument errors.
@Suite struct WorkshopTests {
  /// A shell with the seed article loaded (day of publication given).
  static func seedShell(format: OutputFormat = .table) -> TestShell {
    let test = TestShell(format: format)
    test.run(["load \(Paths.seed) --date 2024-06-19"])
    return test
  }

  /// One definition of a word: `info`, `stats` and the counts of `freq --all-words` agree for
  /// every example article (header lines, numbers and marks are no words).
  @Test(arguments: ["putin-kim-pjoengjang.de.txt", "harbour-strike.en.txt", "stadtrat-radwege.de.md", "council-budget.en.html", "wetterdienst.de.json"])
  func everyWordCountAgrees(_ name: String) throws {
    let test = TestShell(format: .json)
    test.run(["load \(Paths.root.path)/Examples/articles/\(name)", "info"])
    let words = try #require(test.lastJSONObject()?["words"] as? Int)
    test.run(["stats"])
    #expect(test.lastJSONObject()?["words"] as? Int == words)
    test.run(["freq --all-words --top 100000"])
    let rows = try #require(test.output.output.split(separator: "\n").last.flatMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [[String: Any]]
    })
    #expect(rows.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == words)
  }

  @Test func showMarksSpansWithBracketsWithoutColour() {
    let test = Self.seedShell()
    test.run(["show 2"])
    let text = test.output.output
    #expect(text.contains("[Putin]PER und [Kim]PER unterzeichneten am {Mittwoch|2024-06-19} in [Pjöngjang]LOC"))
    #expect(text.contains("   2  [Putin]PER"))
    #expect(!text.contains("\u{1B}["))
  }

  @Test func showWrapsToTheWidthAndKeepsColoursAcrossLines() {
    let test = Self.seedShell()
    let analysis = try! test.shell.session.analysis()
    let sentence = AnnotatedText(analysis, range: 2...2)
    let plain = AnnotatedTextWriter(style: .plain, width: 40).write(sentence)
    #expect(plain.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
    let lines = plain.split(separator: "\n").drop { !$0.hasPrefix("   3  ") }
    #expect(lines.count > 3)
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      ") })
    let colored = AnnotatedTextWriter(style: .colors, width: 40).write(sentence)
    // Every line ends with a reset, and a line inside a quote starts in italics again.
    #expect(colored.split(separator: "\n").dropFirst().allSatisfy { $0.hasSuffix("\u{1B}[0m") })
    #expect(colored.contains("\n      \u{1B}[0;3m"))
  }

  @Test func showRejectsSentencesThatDoNotExist() {
    let test = Self.seedShell()
    #expect(test.run(["show 99"]) != 0)
    #expect(test.output.errors.contains("the article has 31 sentences, not 99"))
    #expect(test.run(["show 5-2"]) != 0)
    #expect(test.run(["show x"]) != 0)
  }

  @Test func thePagerIsUsedOnlyForLongOutputOnATerminal() {
    let test = Self.seedShell()
    final class Calls: @unchecked Sendable { var count = 0 }
    let calls = Calls()
    test.shell.environment.height = { 20 }
    test.shell.environment.pager = { _ in
      calls.count += 1
      return true
    }
    test.shell.environment.outputIsTerminal = false
    test.run(["show"])
    #expect(calls.count == 0)
    #expect(test.output.output.contains("Bei seinem ersten Besuch"))
    test.shell.environment.outputIsTerminal = true
    test.run(["show 1"])
    #expect(calls.count == 0)
    test.run(["show"])
    #expect(calls.count == 1)
    test.run(["set pager off", "show"])
    #expect(calls.count == 1)
  }

  @Test func thePagerIsPAGERElseLess() {
    #expect(Pager.command(environment: ["PAGER": "more"]) == "more")
    #expect(Pager.command(environment: ["PAGER": " "]) == "less -R")
    #expect(Pager.command(environment: [:]) == "less -R")
  }

  @Test func theReportIsWellFormedWithEverySection() throws {
    let folder = try Paths.temporaryFolder()
    let path = folder.appendingPathComponent("report.html").path
    let test = Self.seedShell()
    #expect(test.run(["export \(path)"]) == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    final class Sections: NSObject, XMLParserDelegate {
      var ids: [String] = []
      var svgs = 0
      func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "section", let id = attributes["id"] { ids.append(id) }
        if name == "svg" { svgs += 1 }
      }
    }
    let sections = Sections()
    let parser = XMLParser(data: data)
    parser.delegate = sections
    #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
    #expect(sections.ids == ["text", "names", "quotes", "timeline", "network"])
    #expect(sections.svgs == 2)
    let html = String(decoding: data, as: UTF8.self)
    #expect(!html.contains("http://") || !html.contains("<script"))
    #expect(!html.contains("<link") && !html.contains("src=\"http"))
    #expect(html.contains("<span class=\"person\">Wladimir Putin</span>"))
    #expect(html.contains("<span class=\"person\" title=\"Wladimir Putin\">Putins</span>"))
  }

  @Test func exportWritesJSONAndCSVAndNamesBadFiles() throws {
    let folder = try Paths.temporaryFolder()
    let test = Self.seedShell()
    #expect(test.run(["export \(folder.path)/a.json", "export \(folder.path)/a.csv"]) == 0)
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("a.json"))) as? [String: Any]
    let articles = json?["articles"] as? [[String: Any]]
    #expect(articles?.count == 1)
    #expect(Set(articles?.first?.keys.map { $0 } ?? []) == ["info", "who", "quotes", "timeline", "stats"])
    let csv = try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8)
    #expect(csv.hasPrefix("article,kind,text,label,detail,start,end\n"))
    #expect(csv.contains("putin-kim-pjoengjang,time,Mittwoch,2024-06-19,DATE,407,415"))
    #expect(test.run(["export \(folder.path)/a.pdf"]) != 0)
    #expect(test.output.errors.contains("cannot tell the format of"))
    #expect(test.run(["export /no/such/folder/a.html"]) != 0)
    #expect(test.output.errors.contains("/no/such/folder/a.html:"))
  }

  /// The tutorial's article ships with the data, the same as the example in Examples/.
  @Test func theShippedSeedIsTheExample() throws {
    let shipped = try Data(contentsOf: try LanguageResources.seedArticle())
    #expect(shipped == (try Data(contentsOf: URL(fileURLWithPath: Paths.seed))))
  }

  @Test(arguments: ["en", "de"])
  func everyTutorialStepRuns(language: String) throws {
    let folder = try Paths.temporaryFolder()
    let test = TestShell()
    let steps = Tutorial(markdown: try String(contentsOf: Paths.root.appendingPathComponent("Sources/LedeLanguages/Resources/\(language)/tutorial.md"), encoding: .utf8)).steps
    #expect(steps.count >= 6)
    for (number, step) in steps.enumerated() {
      #expect(test.run(["tutorial \(number + 1) --lang \(language)"]) == 0)
      #expect(step.question != nil && step.lookFor != nil, "step \(number + 1) lacks a question")
      for command in step.commands {
        // Paths as from the lede folder; exports into a folder of the test's own.
        let line = command.replacingOccurrences(of: "{seed}", with: try TutorialCommand.seedPath())
          .replacingOccurrences(of: "Examples/", with: Paths.root.path + "/Examples/")
          .replacingOccurrences(of: "export ", with: "export \(folder.path)/")
        #expect(test.run([line]) == 0, "\(language) step \(number + 1): \(command): \(test.output.errors)")
      }
    }
    #expect(test.output.output.contains(language == "de" ? "Schritt 9 von 9" : "Step 9 of 9"))
    // After the last step, the next one starts again; a step that does not exist is an error.
    #expect(test.run(["tutorial"]) == 0)
    #expect(test.run(["tutorial 99"]) != 0)
    #expect(test.output.errors.contains("the tutorial has steps 1 to 9"))
  }

  /// The report speaks the article's language (its words from report-labels.tsv) and counts
  /// mentions in the singular too.
  @Test func theReportSpeaksTheArticlesLanguage() throws {
    let folder = try Paths.temporaryFolder()
    let german = folder.appendingPathComponent("de.html").path
    let english = folder.appendingPathComponent("en.html").path
    let test = Self.seedShell()
    #expect(test.run(["export \(german)", "load \(Paths.root.path)/Examples/articles/harbour-strike.en.txt", "export \(english)"]) == 0)
    let de = try String(contentsOfFile: german, encoding: .utf8)
    let en = try String(contentsOfFile: english, encoding: .utf8)
    #expect(de.contains("<h2>Zitate nach Sprecher</h2>") && de.contains("<th>Nennungen</th>") && de.contains("1 Nennung)"))
    #expect(en.contains("<h2>Quotes by speaker</h2>") && en.contains("<th>mentions</th>") && !en.contains("1 mentions"))
    #expect(de.contains("@media print"))
    // Its figures and quote kinds in the article's language too, its date as people read it.
    #expect(de.contains("<dt>Wörter je Satz</dt>") && de.contains("teilweise · ") && !de.contains("partial · "))
    #expect(de.contains("Datum: <b>Mittwoch, 19. Juni 2024</b>") && en.contains("<dt>words per sentence</dt>"))
    let all = folder.appendingPathComponent("all.html").path
    #expect(test.run(["export \(all) --all"]) == 0)
    let index = try String(contentsOfFile: all, encoding: .utf8)
    #expect(index.contains(##"<nav class="index"><h1>2 articles</h1><ol><li><a href="#a1-text">"##))
    #expect(index.contains(##"<a href="#a2-text">Dock workers extend strike as talks stall</a>"##))
    // Within two years the timeline's axis shows months.
    #expect(de.contains(#"class="year">Feb 2024</text>"#) && de.contains(#"class="year">Mär</text>"#))
    // Readable dates beside the TIMEX values.
    #expect(de.contains("<td>2024-06-19</td><td>Mittwoch, 19. Juni 2024</td>"))
  }

  /// `tutorial back` after the end shows the last step; `tutorial` after the end starts again.
  @Test func tutorialGoesBackFromTheEndAndStartsAgain() {
    let test = TestShell()
    #expect(test.run(["tutorial 9", "tutorial"]) == 0)
    #expect(test.shell.session.tutorialStep == 10)
    #expect(test.run(["tutorial back"]) == 0 && test.shell.session.tutorialStep == 9)
    #expect(test.run(["tutorial back"]) == 0 && test.shell.session.tutorialStep == 8)
    #expect(test.run(["tutorial 9", "tutorial", "tutorial"]) == 0 && test.shell.session.tutorialStep == 1)
    #expect(test.run(["tutorial back"]) == 1)
    #expect(test.output.errors.contains("this is the first step"))
  }

  /// Every bundled article, in every format, through every workshop command (a byline between
  /// sentences once stopped `show`).
  @Test func everyExampleArticleGoesThroughEveryTool() throws {
    let folder = try Paths.temporaryFolder()
    let test = TestShell()
    test.run(["load \(Paths.root.path)/Examples/articles"])
    let articles = test.shell.session.articles
    #expect(articles.count >= 8)
    for loaded in articles {
      let commands = [
        "use \(loaded.id)", "show", "kwic /e/", "freq --lemma", "keywords", "stats", "export \(folder.path)/\(loaded.id).html",
      ]
      #expect(test.run(commands) == 0, "\(loaded.article.name): \(test.output.errors)")
    }
    #expect(test.run(["compare 1 2", "export \(folder.path)/all.html --all"]) == 0)
  }

  @Test func wordToolsCheckTheirArguments() {
    let test = Self.seedShell()
    #expect(test.run(["freq --top -1"]) != 0)
    #expect(test.output.errors.contains("--top wants a count of 0 or more"))
    #expect(test.run(["kwic '/(/'"]) != 0)
    #expect(test.output.errors.contains("invalid regular expression"))
    #expect(test.run(["compare 1"]) != 0)
    #expect(test.output.errors.contains("compare needs different articles"))
  }
}
