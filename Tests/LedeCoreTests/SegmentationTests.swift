import LedeCore
import Testing

@Suite struct SegmentationTests {
  @Test(arguments: [
    ("Das kostet ca. 5 Euro, z. B. bei Dr. Müller. Danach ging er.", 2),
    ("Am 19. Juni traf er Kim. Am 3. Oktober reiste er ab.", 2),
    ("Er kam im 2. Weltkrieg nach Berlin, bzw. nach Potsdam. Dann blieb er.", 2),
    ("Das Treffen war im Jahr 2024. Danach kam nichts.", 2),
    ("Die Firma kaufte Äpfel, Birnen usw. Der Handel lief gut.", 2),
    ("Sie verlangte 5 Mio. Euro und bekam Nr. 7.", 1),
    ("„Kommst du?“, fragte er. „Ja“, sagte sie.", 2),
    ("„Wirklich?“ fragte er leise.", 1),
    ("Der Preis stieg um 3,5 Prozent auf 1.700 Euro am 19.06.2024 um 20:30 Uhr.", 1),
  ])
  func germanSentences(_ text: String, count: Int) throws {
    #expect(try Sample.sentences(text, language: .german).count == count)
  }

  @Test(arguments: [
    ("Mr. Smith met Dr. Jones in St. Louis on Jan. 5. They talked for hours.", 2),
    ("He works for Acme Inc. The company is in Ohio.", 2),
    ("She moved to the U.S. in 1990 and stayed.", 1),
    ("\"Really?\" he asked. \"Yes,\" she said.", 2),
    ("\"We won't back down,\" Biden said. The crowd cheered.", 2),
    ("It was 5 p.m. when the vote ended. Nobody left early.", 2),
    ("Prices rose 3.5 percent... Analysts were surprised.", 2),
    ("“How many times must we see this?” Hillary Clinton said. Nobody answered.", 2),
    ("\"Really?\" Trump asked.", 1),
  ])
  func englishSentences(_ text: String, count: Int) throws {
    #expect(try Sample.sentences(text, language: .english).count == count)
  }

  @Test func closingQuoteStaysWithItsSentence() throws {
    let sentences = try Sample.sentences(
      "Kim sagte: \"Die Lage wird komplizierter. Wir handeln.\" Dann ging er.", language: .german)
    #expect(sentences == ["Kim sagte: \"Die Lage wird komplizierter.", "Wir handeln.\"", "Dann ging er."])
  }

  @Test func dashAttributionDoesNotSplit() throws {
    let sentences = try Sample.sentences("\"We will vote no.\" — Commissioner Geoffrey Starks", language: .english)
    #expect(sentences.count == 1)
  }

  @Test func seedArticleSegments() throws {
    let article = try Sample.exampleArticles("putin-kim-pjoengjang.de.txt")[0]
    let kinds = article.segments.prefix(3).map(\.kind)
    #expect(kinds == [.metadata, .byline, .dateline])
    #expect(article.sentences.count == 31)
    #expect(article.wordCount == 645)
    let subheading = try #require(article.sentences.first { $0.kind == .subheading })
    #expect(article.text(of: subheading.span) == "NORDKOREA SIEHT BEZIEHUNGEN ZU RUSSLAND VOR NEUER PHASE")
    let first = try #require(article.sentences.first)
    #expect(article.text(of: first.span).hasPrefix("Bei seinem ersten Besuch in Nordkorea seit 24 Jahren"))
    #expect(article.sentences.contains { article.text(of: $0.span) == "Moskau und Pjöngjang weisen das zurück." })
  }

  @Test func offsetsCountUnicodeScalars() throws {
    let text = "Grüße aus Pjöngjang 🇰🇵. Zweiter Satz."
    let article = try Sample.article(text, language: .german)
    let second = try #require(article.sentences.last)
    #expect(second.span.start == Array(text.unicodeScalars).count - "Zweiter Satz.".count)
    #expect(article.text(of: second.span) == "Zweiter Satz.")
  }

  @Test func tokensKeepCompoundsAbbreviationsAndNumbers() throws {
    let article = try Sample.article("Der Kim-Il-Sung-Platz, z. B. in den U.S. am 19.06.2024 für 1.700 €.", language: .german)
    let tokens = article.tokens.map { "\(article.text(of: $0.span))/\($0.kind)" }
    #expect(tokens.contains("Kim-Il-Sung-Platz/word"))
    #expect(tokens.contains("z./abbreviation"))
    #expect(tokens.contains("U.S./abbreviation"))
    #expect(tokens.contains("19.06.2024/number"))
    #expect(tokens.contains("1.700/number"))
    #expect(tokens.contains("€/symbol"))
    #expect(tokens.last == "./punctuation")
  }

  @Test func hardWrappedParagraphIsOneParagraph() throws {
    let wrapped = """
      The council met on Tuesday to discuss the budget for the coming year, and
      after a long debate the members agreed to postpone the vote until the next
      meeting in March.
      """
    let article = try Sample.article(wrapped, language: .english)
    #expect(article.paragraphs.count == 1)
    #expect(article.sentences.count == 1)
  }

  @Test func linesWithoutBlankLinesAreParagraphs() throws {
    let article = try Sample.article("Erste Zeile ist kurz.\nZweite Zeile auch.\nDritte.", language: .german)
    #expect(article.paragraphs.count == 3)
  }

  @Test func dumpShowsSegmentsAndTokens() throws {
    let article = try Sample.article("Kim kam.", language: .german)
    #expect(article.dump() == "sentence @0-8 Kim kam.\n  word @0-3 Kim\n  word @4-7 kam\n  punctuation @7-8 .")
  }
}
