import Foundation
import LedeCore
import Testing

@Suite struct LoadingTests {
  /// Offsets annotated in the text an article was read from move to the article's text.
  @Test func anArticleFindsItsTextInTheSourceItWasReadFrom() throws {
    let article = try Sample.article("Kim sagte, die Lage sei ernst. Sie ändere sich schnell.", language: .german)
    #expect(article.offset(in: article.text) == 0)
    #expect(article.offset(in: "Vorspann ä\n" + article.text + "\nNachspann") == 11)
    #expect(article.offset(in: "etwas anderes") == nil)
  }

  @Test func seedHeaderBecomesMetadata() throws {
    let article = try Sample.exampleArticles("putin-kim-pjoengjang.de.txt")[0]
    let metadata = article.metadata
    #expect(metadata.date == CalendarDate(year: 2024, month: 6))
    #expect(metadata.date?.precision == .month)
    #expect(metadata.source == "Thomson Reuters")
    #expect(metadata.authors == ["Ju-min Park", "Josh Smith"])
    #expect(metadata.dateline == "Seoul")
    #expect(metadata.agency == "Reuters")
    #expect(article.language == .german)
    #expect(article.name == "putin-kim-pjoengjang")
    #expect(article.length == 5141)
  }

  @Test(arguments: [
    ("NAIROBI, Kenya (AP) _ Bombs exploded on Friday.", "NAIROBI", "AP"),
    ("BERLIN, 5. Mai (dpa) - Die Regierung tagte am Montag.", "BERLIN", "dpa"),
    ("WASHINGTON — The Senate voted on Friday.", "WASHINGTON", nil),
    ("BOZEN. Die Gemeinde lädt am Donnerstag ein.", "BOZEN", nil),
    ("LANA (fm). Wie im restlichen Land geht es weiter.", "LANA", nil),
    ("LONDON 1996-08-30 Phil Simmons took four wickets.", "LONDON", nil),
  ] as [(String, String, String?)])
  func datelines(_ text: String, place: String, agency: String?) throws {
    let article = try Sample.article("Headline without a stop\n\n" + text + " More follows here.")
    #expect(article.metadata.dateline == place)
    #expect(article.metadata.agency == agency)
    #expect(article.segments.contains { $0.kind == .dateline })
  }

  @Test(arguments: [
    "Die Bundesregierung (CDU) - so heißt es - plant Neues.",
    "Kim - der als Autoliebhaber gilt - fuhr los.",
    "Putin und Kim unterzeichneten am Mittwoch ein Abkommen.",
  ])
  func ordinarySentencesAreNoDatelines(_ text: String) throws {
    let article = try Sample.article(text)
    #expect(article.metadata.dateline == nil)
    #expect(!article.segments.contains { $0.kind == .dateline || $0.kind == .headline || $0.kind == .byline })
  }

  @Test func englishBylineAndHeadline() throws {
    let article = try Sample.exampleArticles("harbour-strike.en.txt")[0]
    #expect(article.title == "Dock workers extend strike as talks stall")
    #expect(article.metadata.authors == ["Maria Keller", "Tom Brandt"])
    #expect(article.metadata.agency == "AP")
    #expect(article.language == .english)
  }

  @Test func markdownFrontMatterAndHeadings() throws {
    let article = try Sample.exampleArticles("stadtrat-radwege.de.md")[0]
    #expect(article.metadata.title == "Stadtrat beschließt neue Radwege für die Innenstadt")
    #expect(article.metadata.date == CalendarDate(year: 2024, month: 5, day: 14))
    #expect(article.metadata.authors == ["Lena Vogt", "Jonas Albrecht"])
    #expect(article.sentences.first?.kind == .headline)
    #expect(article.sentences.contains { $0.kind == .subheading && article.text(of: $0.span) == "Baubeginn im Herbst" })
    #expect(!article.text.contains("---"))
  }

  /// Quoted front matter values are YAML scalars: escapes in double quotes, `''` in single quotes.
  @Test(arguments: [
    (#"title: "Say \"hi\" \\ now\tand \u00e9t\u00E9""#, "Say \"hi\" \\ now\tand été"),
    ("title: 'It''s \\n here'", "It's \\n here"),
    (#"title: "broken \q and \u12""#, #"broken \q and \u12"#),
    ("title: plain \\n text", "plain \\n text"),
  ])
  func frontMatterValuesAreYAMLScalars(line: String, title: String) throws {
    let article = try Sample.article("---\n\(line)\n---\nDer Text.\n", format: .markdown, fileName: "a.md")
    #expect(article.metadata.title == title)
  }

  /// Nesting past libxml2's usual limit of 256 levels keeps its text, and nesting 100,000 deep
  /// neither exhausts the stack nor loses what follows.
  @Test func deeplyNestedHTMLKeepsAllItsText() throws {
    let depth = 100_000
    let html = "<html><body><p>Am Anfang.</p>" + String(repeating: "<div>", count: depth) + "<p>Kim sagte etwas.</p>"
      + String(repeating: "</div>", count: depth) + "<p>Danach kam Putin.</p></body></html>"
    let article = try Sample.article(html, format: .html, fileName: "deep.html")
    #expect(article.text == "Am Anfang.\n\nKim sagte etwas.\n\nDanach kam Putin.")
  }

  @Test func htmlKeepsArticleTextOnly() throws {
    let article = try Sample.exampleArticles("council-budget.en.html")[0]
    #expect(article.metadata.title == "Council approves budget with cuts to road repairs")
    #expect(article.metadata.date == CalendarDate(year: 2024, month: 3, day: 7))
    #expect(article.metadata.authors == ["Sam Okafor"])
    #expect(article.metadata.source == "The Riverside Courier")
    #expect(article.languageSource == .declared)
    for unwanted in ["analytics", "font-family", "Subscribe", "Related", "Home", "©"] {
      #expect(!article.text.contains(unwanted), "\(unwanted) leaked into the text")
    }
    #expect(article.text.contains("“Nobody on this council likes potholes,” Mayor Dana Whitfield said."))
    #expect(article.sentences.first?.kind == .headline)
  }

  @Test func jsonAndJSONLines() throws {
    let object = try Sample.exampleArticles("wetterdienst.de.json")
    #expect(object.count == 1)
    #expect(object[0].name == "unwetter-warnung")
    #expect(object[0].metadata.authors == ["Katrin Maier"])
    let lines = try Sample.exampleArticles("briefs.en.jsonl")
    #expect(lines.map(\.name) == ["museum-reopens", "bridge-closed"])
    #expect(lines[1].origin == "briefs.en.jsonl#2")
  }

  /// Blank lines (spaces, a carriage return, a no-break space) are skipped and the others keep
  /// their line numbers; ids become names the same way whether they are ASCII or not.
  @Test func jsonLinesSkipBlankLinesAndNameByID() throws {
    let source = "{\"id\": \"Erster Bericht!\", \"text\": \"Eins.\"}\r\n  \n\u{A0}\n{\"id\": \"Grüße aus Köln\", \"text\": \"Zwei.\"}\n\n{\"text\": \"Drei.\"}\n"
    let articles = try Sample.articles(Array(source.utf8), format: .jsonLines)
    #expect(articles.map(\.name) == ["erster-bericht", "grüße-aus-köln", "sample-3"])
    #expect(articles.map(\.text) == ["Eins.", "Zwei.", "Drei."])
    do {
      _ = try Sample.articles(Array("{\"text\": \"a\"}\n\u{A0}\n\n{\"text\": \n".utf8), format: .jsonLines)
      Issue.record("a bad line was read")
    } catch LedeError.malformedJSON(let line, _) {
      #expect(line == 4)
    }
  }

  @Test func malformedJSONNamesTheLine() throws {
    #expect(throws: LedeError.malformedJSON(line: 3, detail: "invalid value")) {
      try Sample.articles(Array("{\"text\": \"a\",\n \"b\": [1,\n}".utf8), format: .json)
    }
    #expect(throws: LedeError.self) {
      try Sample.articles(Array("{\"text\": \"fine\"}\n{\"text\": \n".utf8), format: .jsonLines)
    }
    do {
      _ = try Sample.articles(Array("{\"text\": \"fine\"}\n{\"text\": \n".utf8), format: .jsonLines)
    } catch LedeError.malformedJSON(let line, _) {
      #expect(line == 2)
    }
    #expect(throws: LedeError.missingTextField(line: 1)) {
      try Sample.articles(Array("{\"title\": \"no text\"}".utf8), format: .jsonLines)
    }
  }

  @Test func badInputIsRefused() throws {
    #expect(throws: LedeError.emptyFile) { try Sample.articles([], format: .text) }
    #expect(throws: LedeError.emptyFile) { try Sample.articles(Array(" \n\t\n".utf8), format: .text) }
    #expect(throws: LedeError.binaryContent) { try Sample.articles([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2], format: .text) }
    #expect(throws: LedeError.noTextInHTML) {
      try Sample.articles(Array("<html><body><script>x()</script><nav>Home</nav></body></html>".utf8), format: .html)
    }
  }

  @Test func encodingsAreDecoded() throws {
    let text = "Straße in Köln.\r\nZweite Zeile.\r"
    let bom = try Sample.articles([0xEF, 0xBB, 0xBF] + Array(text.utf8), format: .text)[0]
    #expect(bom.encoding == .utf8WithBOM)
    #expect(bom.text == "Straße in Köln.\nZweite Zeile.\n")
    let utf16 = try Sample.articles([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, format: .text)[0]
    #expect(utf16.encoding == .utf16LittleEndian)
    #expect(utf16.text == bom.text)
    let latin = try Sample.articles([0x53, 0x74, 0x72, 0x61, 0xDF, 0x65, 0x20, 0x80], format: .text)[0]
    #expect(latin.encoding == .windows1252)
    #expect(latin.text == "Straße €")
    #expect(latin.warnings == ["not valid UTF-8; read as Windows-1252"])
  }

  @Test func overridesWin() throws {
    let article = try Sample.article("date 2024-06 Quelle: Reuters\n\nThe text is English.", language: .german, date: CalendarDate(year: 2024, month: 6, day: 19))
    #expect(article.language == .german)
    #expect(article.languageSource == .requested)
    #expect(article.metadata.date?.description == "2024-06-19")
  }

  @Test(arguments: [
    ("2024-06-19", "2024-06-19"), ("2024-06", "2024-06"), ("2024-06-19T10:00:00Z", "2024-06-19"),
    ("19.06.2024", "2024-06-19"), ("19. Juni 2024", "2024-06-19"), ("June 19, 2024", "2024-06-19"),
    ("Wed, 19 Jun 2024 10:00:00 GMT", "2024-06-19"), ("Juni 2024", "2024-06"),
  ])
  func metadataDates(_ text: String, iso: String) {
    #expect(CalendarDate(metadata: text, months: Sample.reader.catalog.allMonths)?.description == iso)
  }

  @Test(arguments: ["2024-13", "2023-02-29", "yesterday", "31.02.2024"])
  func impossibleDatesAreRejected(_ text: String) {
    #expect(CalendarDate(metadata: text, months: Sample.reader.catalog.allMonths) == nil)
  }

  @Test(arguments: [
    ("putin-kim-pjoengjang.de.txt", "putin-kim-pjoengjang"), ("Report 2024.html", "report-2024"), ("a.b.json", "a-b"),
  ])
  func articleNamesComeFromFileNames(_ file: String, name: String) {
    #expect(ArticleReader.stem(of: file) == name)
  }
}
