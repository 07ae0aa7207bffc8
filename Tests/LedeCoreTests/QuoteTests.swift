import LedeCore
import LedeLanguages
import Testing

/// Quotes as `quotes` finds them with the shipped models, in sentences written for the test:
/// clear cases a model that generalises gets right, and what every result must satisfy.
@Suite struct QuoteTests {
  func first(_ kind: Quote.Kind, in text: String, _ language: Language) throws -> Quote {
    try #require(try QuoteSample.quotes(text, language).first { $0.kind == kind }, "no \(kind) quote in: \(text)")
  }

  @Test(arguments: [
    ("Die Bürgermeisterin Anna Berger eröffnete die Sitzung. „Wir bauen die Brücke neu“, sagte Berger.", "Anna Berger", "sagte"),
    ("„Die Preise steigen weiter\", erklärte die Ökonomin Lena Hart am Montag in Köln.", "Lena Hart", "erklärte"),
  ])
  func germanDirectQuotes(_ text: String, speaker: String, cue: String) throws {
    let quote = try first(.direct, in: text, .german)
    #expect(quote.speaker == speaker)
    #expect(quote.cue == cue)
    #expect(!quote.text.contains("„") && !quote.text.contains("\""))
  }

  @Test(arguments: [
    ("Mayor Dana Whitfield spoke first. “We had to choose,” Whitfield said.", "Dana Whitfield"),
    ("\"Nobody likes potholes,\" said council member Eric Haynes.", "Eric Haynes"),
  ])
  func englishDirectQuotes(_ text: String, speaker: String) throws {
    #expect(try first(.direct, in: text, .english).speaker == speaker)
  }

  @Test(arguments: [
    ("Der Bürgermeister Karl Hahn erklärte am Montag, dass die Stadt sparen müsse.", Language.german, "Karl Hahn"),
    ("Tom Reyes, the police chief, said on Monday that two people had been arrested.", .english, "Tom Reyes"),
  ])
  func indirectSpeechWithItsSpeaker(_ text: String, _ language: Language, _ speaker: String) throws {
    #expect(try first(.indirect, in: text, language).speaker == speaker)
  }

  /// A quote that opens after a bracket or dash, its first word a preposition, stopped `quotes`
  /// with a range error while looking for the sentence's first person.
  @Test(arguments: [
    ("The minister came.\n\n(“In Berlin all is well,” said Peter Miller on Monday.)", Language.english),
    ("Der Minister kam.\n\n– („In Berlin wird alles gut“, sagte Peter Müller am Montag.)", .german),
  ])
  func aQuoteAfterABracketThatOpensWithAPreposition(_ text: String, _ language: Language) throws {
    let quote = try first(.direct, in: text, language)
    #expect(quote.text.hasPrefix("In Berlin"))
  }

  /// `"A", sagte X, "B"` and `A laut X B` are two parts with one speaker, each without the frame.
  @Test func interruptedQuotesAreParts() throws {
    let marks = try QuoteSample.quotes("„Wir bleiben“, sagte Jan Roth, „und wir kämpfen weiter.“", .german).filter { $0.kind != .scare }
    #expect(marks.count == 2)
    #expect(Set(marks.map(\.speaker)).count == 1)
    #expect(!marks.contains { $0.text.contains("sagte") })
    let reported = try QuoteSample.quotes("Die Stadt habe laut Polizei den alten Plan verteidigt.", .german).filter { $0.kind == .indirect }
    #expect(!reported.contains { $0.text.contains("laut") })
    let report = try QuoteSample.quotes("Nach Angaben der Polizei wurden drei Menschen verletzt.", .german).filter { $0.kind == .indirect }
    #expect(!report.isEmpty && !report.contains { $0.text.contains("Angaben") })
  }

  @Test func aSpeakerIsANameOrNobodyNeverEmpty() throws {
    for name in ["putin-kim-pjoengjang.de.txt", "harbour-deal.en.txt"] {
      let article = try #require(try Sample.exampleArticles(name).first)
      let found = quotes(
        in: article, using: LanguageResources.catalog[article.language], entities: try QuoteSample.entities(of: article),
        models: try QuoteSample.models(article.language))
      #expect(!found.isEmpty)
      #expect(!found.contains { $0.speaker?.trimmingCharacters(in: .whitespaces).isEmpty ?? false })
      #expect(found.allSatisfy { $0.kind != .scare || $0.speaker == nil })
    }
  }

  @Test func theExplanationComesFromTheModel() throws {
    let quote = try first(.indirect, in: "Minister Jan Roth kam spät. Er sagte, der Haushalt sei knapp.", .german)
    #expect(quote.speaker == "Jan Roth")
    #expect(quote.explanation.speakerMention == "Er")
    let best = try #require(quote.explanation.candidates.first)
    #expect(best.name == quote.speaker)
    #expect(quote.explanation.candidates.map(\.score) == quote.explanation.candidates.map(\.score).sorted(by: >))
    #expect(!quote.explanation.speakerReasons.isEmpty)
    #expect(quote.explanation.content != nil)
  }

  @Test func titlesAndNamesInMarksAreScareQuotes() throws {
    let quotes = try QuoteSample.quotes("The cinema showed “Midnight Express” again on Friday.", .english)
    #expect(quotes.first { $0.text == "Midnight Express" }?.kind == .scare)
  }

  @Test func articleWithoutQuotes() throws {
    #expect(try QuoteSample.quotes("Der Zug fuhr pünktlich ab. Es regnete.", .german).isEmpty)
  }

  @Test func largeParagraphIsHandled() throws {
    let sentence = "Der Rat tagte lange und beschloss am Ende nichts Neues für die Stadt. "
    let text = String(repeating: sentence, count: 200_000 / sentence.count)
    #expect(try QuoteSample.quotes(text, .german).isEmpty)
  }

  /// Of a speaker's many mentions in one sentence, the first and the nearest count as evidence
  /// (a bound for sentences naming someone hundreds of times): the nearest names the speaker.
  @Test func theNearestOfManyMentionsNamesTheSpeaker() throws {
    let text = "Anna Berg met reporters. " + Array(repeating: "Anna Berg waved,", count: 50).joined(separator: " ")
      + " and Anna Berg said that the budget was balanced."
    let quote = try #require(try QuoteSample.quotes(text, .english).first)
    #expect(quote.speaker == "Anna Berg")
    let mention = try #require(quote.explanation.speakerMentionSpan)
    let cue = try #require(text.range(of: " said that"))
    #expect(mention.end == cue.lowerBound.utf16Offset(in: text))
  }
}
