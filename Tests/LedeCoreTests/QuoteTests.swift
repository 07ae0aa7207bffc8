import LedeCore
import LedeLanguages
import Testing

/// Quote finding and speaker attribution, one phenomenon per test, in sentences written for it.
@Suite struct QuoteTests {
  func found(_ text: String, _ language: Language) throws -> [Quote] {
    let article = try Sample.article(text, language: language)
    return quotes(in: article, using: LanguageResources.catalog[language])
  }

  /// The first quote of `kind` in `text`, or a test failure.
  func first(_ kind: Quote.Kind, in text: String, _ language: Language) throws -> Quote {
    try #require(try found(text, language).first { $0.kind == kind }, "no \(kind) quote in: \(text)")
  }

  @Test(arguments: [
    ("Die Bürgermeisterin Anna Berger eröffnete die Sitzung. „Wir bauen die Brücke neu“, sagte Berger.", "Anna Berger", "sagte"),
    ("Der Trainer Paul Weiss war zufrieden. \"Das Team hat gekämpft\", sagte Weiss am Abend.", "Paul Weiss", "sagte"),
    ("„Die Preise steigen weiter\", erklärte Ökonomin Lena Hart vom Institut in Köln.", "Lena Hart", "erklärte"),
    ("Minister Jan Roth lobte den Plan. „Das ist ein guter Tag“, sagte er.", "Jan Roth", "sagte"),
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
    ("“We will vote against the merger.” — Commissioner Geoffrey Starks", "Geoffrey Starks"),
    ("“Prices keep rising. Rents too.” ― Nora Quill “Nobody listens.” ― Ben Ode", "Nora Quill"),
    ("And from Chairwoman Maria Lopez:\n\n“The rules protect every consumer in this country.”", "Maria Lopez"),
    ("Senator Ruth Blake left early. “I am tired of waiting,” she sighed.", "Ruth Blake"),
  ])
  func englishDirectQuotes(_ text: String, speaker: String) throws {
    let quote = try first(.direct, in: text, .english)
    #expect(quote.speaker == speaker)
  }

  @Test(arguments: [
    "The director returns with her documentary “13th.” It opens this week.",
    "The plan revived the party's 1994 “Contract with America.” Few remembered it.",
    "The campaign ended. ‘All Bets Are Off.’ That was the headline.",
  ])
  func titlesWithNumbersFunctionWordsOrFinalMarksAreScareQuotes(_ text: String) throws {
    let quotes = try found(text, .english)
    #expect(quotes.map(\.kind) == [.scare], "\(quotes.map { ($0.text, $0.kind) })")
  }
  @Test func partialQuoteInTheWritersSentence() throws {
    let quotes = try found("Die Ministerin Eva Sommer bekundete ihre „volle Unterstützung“ für den Plan.", .german)
    let quote = try #require(quotes.first { $0.kind == .partial })
    #expect(quote.text == "volle Unterstützung")
    #expect(quote.speaker == "Eva Sommer")
  }

  @Test func titlesInMarksAreScareQuotes() throws {
    let quotes = try found("The cinema showed “Midnight Express” again on Friday.", .english)
    #expect(quotes.map(\.kind) == [.scare])
  }

  @Test(arguments: [
    "Die Firma (Motto: „Sauber ist besser“) baut eine Halle.",
    "Sie arbeitet für die Organisation „Grüne Hilfe Nord“ in Bremen.",
    "<tweet author=\"someone\" id=\"123\">Text</tweet> was shared widely.",
    "He watched “Fox News Sunday” with his father.",
  ])
  func namesLabelsAndMarkupAreNoQuotes(_ text: String) throws {
    let language: Language = text.contains("Die ") || text.contains("Sie ") ? .german : .english
    #expect(try found(text, language).allSatisfy { $0.kind == .scare })
  }

  @Test func quotesInAHeadlineAreNotCountedTwice() throws {
    let text = "Mayor calls plan ‘A Disaster’\n\nMayor Ann Fox criticised the plan on Monday. “It is a disaster,” Fox said."
    let quotes = try found(text, .english)
    #expect(quotes.filter { $0.kind != .scare }.count == 1)
  }

  @Test(arguments: [
    ("Der Bürgermeister Karl Hahn sprach vor dem Rat. Er erklärte, dass die Stadt sparen müsse.", "Karl Hahn", "erklärte"),
    ("Die Stadt müsse sparen, sagte der Kämmerer Otto Lenz.", "Otto Lenz", "sagte"),
    ("Der Plan sei gescheitert, so Müller.", "Müller", "so"),
    ("Polizeiangaben zufolge wurden drei Menschen verletzt.", "Polizeiangaben", "zufolge"),
    ("Laut der Feuerwehr brannte das Lager die ganze Nacht.", "Feuerwehr", "Laut"),
    ("Die Gespräche seien gut verlaufen, hieß es in einer Mitteilung der Regierung.", "Regierung", "hieß"),
    ("In einem Papier des Ministeriums für Verkehr heißt es, die Brücke sei sicher.", "Ministerium", "heißt"),
    ("Die Stadt habe versagt, so die Vorwürfe der Sprecherin Eva Rahn.", "Eva Rahn", "so"),
  ])
  func germanIndirectSpeech(_ text: String, speaker: String, cue: String) throws {
    let quote = try first(.indirect, in: text, .german)
    #expect(quote.speaker == speaker)
    #expect(quote.cue == cue)
  }

  @Test(arguments: [
    ("The federal prosecutors in April charged that the two men had lied.", "federal prosecutors"),
    ("The city of Springfield is demanding that the company stop the ads.", "Springfield"),
    ("After campaign aides insisted that the senator would run, the party relaxed.", "campaign aides"),
    ("The bridge was safe, in the view of the engineers, officials said.", "officials"),
  ])
  func englishSubjectsBeforeTheVerb(_ text: String, speaker: String) throws {
    #expect(try found(text, .english).first { $0.kind == .indirect }?.speaker == speaker)
  }

  @Test func aTranscriptLabelNamesTheSpeaker() throws {
    let quotes = try found(
      "Partial transcript as follows:\n\n\"HOST: Why did the council vote no?\"\n\n\"MAYOR LEE: We had no money left.\"", .english)
    #expect(quotes.map(\.speaker) == ["HOST", "LEE"])  // the role word is no part of the name
  }

  @Test func whatWasSaidIsNoSpeaker() throws {
    let german = try first(.indirect, in: "Der Verband hatte beim Treffen nie die Auffassung vertreten, der Plan sei zu teuer.", .german)
    #expect(german.speaker != "Auffassung")
    let impersonal = try first(.indirect, in: "Beim Gespräch am Abend hieß es, die Lage sei ruhig.", .german)
    #expect(impersonal.speaker == nil)
  }

  @Test func reportativeModalIsHearsay() throws {
    let quotes = try found("Die Polizei sucht einen Mann. Er soll das Geld aus der Kasse genommen haben.", .german)
    #expect(quotes.contains { $0.kind == .indirect && $0.text.hasPrefix("Er soll") })
    #expect(try found("Die neue Brücke soll im Mai fertig sein.", .german).isEmpty)
  }

  @Test(arguments: [
    ("Wie die Polizei mitteilte, wurde der Mann am Abend festgenommen.", Language.german, "wurde der Mann am Abend festgenommen", "Polizei"),
    ("As the ministry said, the plan will cost far more than expected.", Language.english, "the plan will cost far more than expected", "ministry"),
  ])
  func anOpeningClauseAttributesTheMainClause(_ text: String, _ language: Language, _ reported: String, _ speaker: String) throws {
    let quote = try first(.indirect, in: text, language)
    #expect(quote.text == reported)
    #expect(quote.speaker == speaker)
  }

  /// A name between commas before the verb is an apposition: the clause after the verb is reported.
  @Test(arguments: [
    ("The city's budget director, Dana Whitfield, said she could not comment on the audit yet.", Language.english,
     "she could not comment on the audit yet", "Dana Whitfield"),
    ("The plan was too expensive, the mayor, Ken Ito, said.", .english, "The plan was too expensive", "Ken Ito"),
    ("Der Sprecher der Stadt, Hans Keller, hatte laut Polizei den Plan verteidigt.", .german,
     "Der Sprecher der Stadt, Hans Keller, hatte laut Polizei den Plan verteidigt", "Polizei"),
  ])
  func anAppositionBeforeTheVerbIsNoReportedClause(_ text: String, _ language: Language, _ reported: String, _ speaker: String) throws {
    let quote = try first(.indirect, in: text, language)
    #expect(quote.text == reported)
    #expect(quote.speaker == speaker)
  }

  /// A cue and its source between commas report the whole sentence around them.
  @Test(arguments: [
    ("The plan, the mayor said, was far too expensive for the city.", Language.english, "mayor"),
    ("In the end, said Anna Berg, the council will have to decide.", .english, "Anna Berg"),
    ("Der Plan, sagte der Bürgermeister, sei viel zu teuer für die Stadt.", .german, "Bürgermeister"),
  ])
  func aParentheticalCueReportsTheSentenceAroundIt(_ text: String, _ language: Language, _ speaker: String) throws {
    let quote = try first(.indirect, in: text, language)
    #expect(quote.text == String(text.dropLast()))
    #expect(quote.speaker == speaker)
  }

  /// A German comma after the verb opens the reported clause even when a `dass` follows inside
  /// it, and an organisation noun in the genitive names the speaker in the nominative.
  @Test func aGermanClauseStartsAtTheCommaAfterTheVerb() throws {
    let quote = try first(
      .indirect, in: "In einem Papier des Bundesministeriums heißt es, die Prüfung habe ergeben, dass die Regeln wirkten.", .german)
    #expect(quote.text == "die Prüfung habe ergeben, dass die Regeln wirkten")
    #expect(quote.speaker == "Bundesministerium")
  }

  @Test func konjunktivReportsSpeech() throws {
    let quotes = try found("Die Sprecherin Mia Kron sagte, der Zug komme später. Die Strecke sei gesperrt.", .german)
    #expect(quotes.count == 2)
    #expect(quotes.allSatisfy { $0.kind == .indirect && $0.speaker == "Mia Kron" })
    // A noun spelt like a subjunctive (`die Liege`, `liege`) reports nothing.
    #expect(try found("Die Liege stand den ganzen Sommer im Garten.", .german).isEmpty)
  }

  @Test(arguments: [
    ("The mayor, Dana Whitfield, said that the budget was balanced.", "said"),
    ("According to the fire department, the warehouse burned all night.", "According to"),
    ("Police Chief Tom Reyes told reporters that two people were arrested.", "told"),
    ("The bridge will stay closed until May, officials warned.", "warned"),
    ("The inspector noted that the bridge had not been repaired in years.", "noted"),
  ])
  func englishIndirectSpeech(_ text: String, cue: String) throws {
    let quote = try first(.indirect, in: text, .english)
    #expect(quote.cue == cue)
    #expect(quote.speaker != nil)
  }

  /// The first quote of a kind has the speaker a construction gives it: a noun with a name in
  /// marks is that name, the agent of a passive speaks, `darin` points to the document before.
  @Test(arguments: [
    ("Walfang.\n\nLaut der Website „icelandreview.com“ wird das Schiff bald auslaufen.", Language.german, Quote.Kind.indirect, "icelandreview.com"),
    ("Von der Gewerkschaft „Verdi“ wurde angekündigt, dass im Mai gestreikt werde.", .german, .indirect, "Verdi"),
    ("It was announced by the city council that the bridge would close in May.", .english, .indirect, "city council"),
    ("Das Bauamt gab am Dienstag eine Stellungnahme ab. Darin steht unter anderem: „Wir bedauern den Fehler sehr.“", .german, .direct, "Stellungnahme"),
  ])
  func speakersOfConstructions(_ text: String, language: Language, kind: Quote.Kind, speaker: String) throws {
    #expect(try found(text, language).first { $0.kind == kind }?.speaker == speaker)
  }

  @Test func demnachReportsTheSourceOfTheStatementBefore() throws {
    let quotes = try found(
      "Die Ministerin Eva Sommer sagte, es gebe einen Plan. Demnach sollen die drei Behörden mehr Rechte bekommen.", .german)
    #expect(quotes.last { $0.kind == .indirect }?.speaker == "Eva Sommer")
  }

  @Test func theOwnerOfAStatementNounSpeaks() throws {
    let quotes = try found(
      "The video contradicts Dayton police’s earlier claim that the driver had refused to stop. He’s claiming that the tape is fake.",
      .english)
    let indirect = quotes.filter { $0.kind == .indirect }
    #expect(indirect.first?.speaker == "Dayton police")
    #expect(indirect.last?.speaker != "He")
  }

  @Test func anEnglishVerbAfterAWordHasItsObjectAfterIt() throws {
    let quotes = try found(
      "Senator Anna Berg spoke in Flint. She said that Berg once described the Pacific Trade Partnership as “the gold standard” of deals.",
      .english)
    #expect(quotes.first { $0.kind == .partial }?.speaker != "Pacific Trade Partnership")
  }

  @Test func theGenericPronounContinuesTheSourceJustReported() throws {
    let quotes = try found(
      "Offiziell sagt die Stadtverwaltung, man gebe den Bürgern Freiheiten. Aber man betont auch, dass die Gefahr wachse.", .german)
    let indirect = quotes.filter { $0.kind == .indirect }
    #expect(indirect.count == 2)
    #expect(indirect.last?.speaker == indirect.first?.speaker)
    #expect(indirect.last?.speaker != nil)
  }

  @Test func anAgentlessPassiveNamesNoSpeakerAndAControlVerbsObjectSpeaks() throws {
    let passive = try found("Senator Tom Miller spoke in Ohio. He has been harshly criticized for policies that objectors call reckless.", .english)
    #expect(passive.first { $0.kind == .indirect }.map { $0.speaker == nil } ?? true)
    let control = try found(
      "The committee met on Monday. The chairwoman forced Tom Miller, who ran the bank, to admit that no one had been punished.", .english)
    #expect(control.first { $0.kind == .indirect }?.speaker == "Tom Miller")
  }

  @Test func aTranscriptTurnCanStartInsideAParagraph() throws {
    let quotes = try found(
      "Partial transcript as follows:\n\nWALLACE: Why would he do that? PENCE: Well, look, she thinks this is “a silly game.”", .english)
    #expect(quotes.first { $0.kind == .partial && $0.text.contains("silly") }?.speaker == "PENCE")
  }

  @Test func theOuterReportOfNestedOnesNamesTheSource() throws {
    let quotes = try found(
      "The mayor left early, a source said. Anna Berg had told police officials that she did not want an escort, the source added.",
      .english)
    #expect(quotes.last { $0.kind == .indirect }?.speaker == "source")
  }

  @Test func anEnglishSubjectStandsBeforeItsAuxiliaries() throws {
    let quotes = try found(
      "Senator Tom Miller spoke in Ohio. Few people would have described Mr. Miller as a climate evangelist in 2008.", .english)
    #expect(quotes.first { $0.kind == .indirect }?.speaker == "Few people")
  }

  @Test func aTranscriptTurnEndsTheQuoteOfTheTurnBefore() throws {
    let quotes = try found(
      "Partial transcript as follows:\n\n\"WALLACE: Why would he invite her?\n\n\"PENCE: Well, look, she thinks this is “a silly game.”", .english)
    #expect(quotes.first { $0.kind == .partial && $0.text.contains("silly") }?.speaker == "PENCE")
    #expect(!quotes.contains { $0.kind == .direct && $0.text.contains("PENCE") })
  }

  @Test func aLabelInMarksHasNoSpeaker() throws {
    let quotes = try found(
      "Senator Anna Berg spoke for an hour. On the form, in a box labeled “medical problem,” nothing was written.", .english)
    #expect(quotes.first { $0.text.contains("medical") }.map { $0.speaker == nil } ?? true)
  }

  @Test func quotesInsideAnUnclosedMarkAreFound() throws {
    let quotes = try found(
      "\"Anna Berg: We met on Monday. The mayor called the plan “a disgrace” and left.\n\nThe council met again.", .english)
    #expect(quotes.contains { $0.text == "a disgrace" })
  }

  @Test func aSceneBeforeTheSubjectIsNoReport() throws {
    let quotes = try found(
      "During the rally on Monday, the former mayor said the new budget is causing rents to rise across the city.", .english)
    let indirect = try #require(quotes.first { $0.kind == .indirect })
    #expect(indirect.text.hasPrefix("the new budget"))
  }

  @Test func anIngAttributionReportsWhatFollowsIt() throws {
    let quotes = try found(
      "Senator Anna Berg had mocked the complaint, saying anybody who complains about a microphone is not having a good night.",
      .english)
    let indirect = quotes.filter { $0.kind == .indirect }
    #expect(indirect.count == 1)
    #expect(indirect.first?.text.hasPrefix("anybody") ?? false)
  }

  @Test func pronounsMatchTheGenderOfRoleNouns() throws {
    let text = "Der Bürgermeister Karl Hahn traf die Ministerin Eva Sommer. Sie sagte, der Plan sei gut gelungen."
    let quote = try first(.indirect, in: text, .german)
    #expect(quote.speaker == "Eva Sommer")
  }

  @Test func commonNounSpeakersKeepTheirNoun() throws {
    let text = "Many lawmakers say there are also national security concerns. The program has many critics."
    let quote = try first(.indirect, in: text, .english)
    #expect(quote.speaker == "lawmakers")
  }

  @Test func multiParagraphQuoteHasOneClosingMark() throws {
    let text = "Judge Ann Pike read her ruling.\n\n“The law is clear.\n\n“The city must pay the costs,” Pike said."
    let quotes = try found(text, .english).filter { $0.kind == .direct }
    #expect(quotes.count == 1)
    #expect(quotes.first?.text.hasPrefix("The law is clear.") ?? false)
    #expect(quotes.first?.text.hasSuffix("the costs,") ?? false)
  }

  @Test func apostrophesAreNoQuotationMarks() throws {
    let quotes = try found("Kim’s car and the workers' union don't matter here, Bob said nothing.", .english)
    #expect(!quotes.contains { $0.kind != .indirect })
  }

  @Test func unbalancedMarkDoesNotSwallowTheArticle() throws {
    let text = "Der Verein „Grüne Stadt lud ein.\n\nDie Vorsitzende Ina Wolf sagte: „Wir pflanzen hundert Bäume.“"
    let quotes = try found(text, .german)
    let direct = try #require(quotes.first { $0.kind == .direct })
    #expect(direct.text == "Wir pflanzen hundert Bäume.")
    #expect(direct.speaker == "Ina Wolf")
    #expect(!quotes.contains { $0.text.contains("lud ein") && $0.kind != .indirect })
  }

  @Test func articleWithoutQuotes() throws {
    #expect(try found("Der Zug fuhr pünktlich ab. Es regnete.", .german).isEmpty)
  }

  @Test func largeParagraphIsHandled() throws {
    let sentence = "Der Rat tagte lange und beschloss am Ende nichts Neues für die Stadt. "
    let text = String(repeating: sentence, count: 1_000_000 / sentence.count)
    let quotes = try found(text, .german)
    #expect(quotes.isEmpty)
  }

  @Test func explanationNamesRuleCueAndResolution() throws {
    let quotes = try found("Minister Jan Roth kam spät. Er sagte, der Haushalt sei knapp.", .german)
    let quote = try #require(quotes.first)
    #expect(quote.explanation.rule.contains("sagte"))
    #expect(quote.explanation.speakerMention == "Er")
    #expect(quote.speaker == "Jan Roth")
  }
}

/// Quotes with the article's entities, as the shell finds them: speakers named as `who` names them.
@Suite struct QuotesWithEntitiesTests {
  func found(_ text: String, _ language: Language) throws -> [Quote] {
    let article = try Sample.article(text, language: language)
    let tagger = try EntityResources.bundledTagger(for: language).get()
    let report = entities(in: article, using: LanguageResources.catalog[language], tagger: tagger)
    return quotes(in: article, using: LanguageResources.catalog[language], entities: report.entities)
  }

  @Test func aPersonInAnOpeningPhraseIsNotTheSpeaker() throws {
    let quotes = try found("At a fundraiser with singer Anna Berg, Senator Tom Miller called the plan “a disgrace.”", .english)
    let quote = try #require(quotes.first { $0.kind == .partial })
    #expect(quote.speaker == "Tom Miller")
  }

  @Test func aCourtesyTitleIntroducesANameNotARole() throws {
    let quotes = try found(
      "Charlie King backs the plan. Marc Morial spoke first. “We need voters,” Mr. Morial said. “It is about enthusiasm,” Mr. King added.",
      .english)
    #expect(try #require(quotes.last).speaker == "Charlie King")
  }

  @Test func aSurnameAloneIsTheArticlesFigureNotAPassingMention() throws {
    let quotes = try found(
      "Tom Miller spoke in Flint on Monday. Tom Miller praised the crowd, joined by his wife Anna Miller. “It is a crazy system,” Miller said.",
      .english)
    #expect(try #require(quotes.last).speaker == "Tom Miller")
  }

  @Test func aPronounPrefersThePersonKnownToHaveItsGender() throws {
    let quotes = try found(
      "Anna Berg opened the hearing. “We start now,” said Zorvan Quilleth. “It is late,” she said.", .english)
    let last = try #require(quotes.last)
    #expect(last.text == "It is late,")
    #expect(last.speaker == "Anna Berg")
  }

  @Test func aPronounSkipsANameOfUnknownGenderInTheSentenceBefore() throws {
    let quotes = try found(
      """
      Senator Anna Berg arrived late. The hall was full and the crowd was loud. On Monday, Berg compared \
      the plan to one by Zorvan Quilleth. “Why won’t they publish the costs?” she said.
      """, .english)
    #expect(quotes.last { $0.kind == .direct }?.speaker == "Anna Berg")
  }

  @Test func itSpeaksForTheOrganisationJustBefore() throws {
    let quotes = try found(
      "Wells Fargo said on Monday that its profits fell. It added that the bank would close branches in Ohio.", .english)
    let indirect = quotes.filter { $0.kind == .indirect }
    #expect(indirect.count == 2)
    #expect(indirect.last?.speaker == "Wells Fargo")
  }

  @Test func aFragmentBelongsToThePersonTheSentenceIsAbout() throws {
    let quotes = try found("After a long dinner with donors, Senator Maria Lopez called the budget “a disgrace.”", .english)
    #expect(quotes.first { $0.kind == .partial }?.speaker == "Maria Lopez")
  }

  @Test func aFragmentOfSeveralPeopleHasNoSingleSpeaker() throws {
    let quotes = try found("Die Gespräche dauerten lange.\n\nJan Roth und Eva Berger unterzeichneten einen „historischen Vertrag“ in Bonn.", .german)
    #expect(quotes.allSatisfy { $0.speaker == nil })
  }

  @Test func aGenitiveNameOnlyModifiesTheSpeaker() throws {
    let quotes = try found(
      "Kanzler Otto Brandt reiste nach Wien. Brandts wichtigster Berater sagte, das Treffen sei ein Erfolg gewesen.", .german)
    let indirect = try #require(quotes.first { $0.kind == .indirect })
    #expect(indirect.speaker != "Otto Brandt")
  }

  @Test func shortFormsTakeTheFullName() throws {
    let quotes = try found("Ministerin Eva Sommer kam spät. „Wir bleiben dabei“, sagte Sommer.", .german)
    #expect(quotes.first { $0.kind == .direct }?.speaker == "Eva Sommer")
  }

  @Test func theSameAgencyIsTheOneNamedLast() throws {
    let quotes = try found(
      """
      Die Nachrichtenagentur Associated Press berichtete über den Gipfel. Später zitierte die russische \
      Nachrichtenagentur RIA Novosti den Minister Jan Roth mit den Worten: „Wir sind zufrieden.“ Laut der \
      gleichen Nachrichtenagentur sei ein weiteres Treffen geplant.
      """, .german)
    #expect(quotes.last { $0.kind == .indirect }?.speaker == "RIA Novosti")
  }

  @Test func anOrganisationNounIsNoPerson() throws {
    let quotes = try found(
      "Ministerin Eva Sommer sprach in Bonn. Die Arbeitsagenturen würden den Frauen „ein Angebot machen“, hieß es.", .german)
    #expect(quotes.first { $0.kind == .partial }?.speaker != "Eva Sommer")
  }

  @Test func aSubjunctiveAfterAColonBelongsToThePersonOfTheLeadIn() throws {
    let quotes = try found(
      """
      „Das geht zu weit“, so Jan Roth. Auch die Sprecherin der Fraktion, Eva Berger, schloss sich der Kritik \
      an: Die Mittel seien ihrer Meinung nach nicht angemessen.
      """, .german)
    let indirect = try #require(quotes.last { $0.kind == .indirect })
    #expect(indirect.speaker == "Eva Berger")
    #expect(indirect.text.hasPrefix("Die Mittel seien"))
  }

  @Test func eachCueOfASentenceReportsItsOwnClause() throws {
    let quotes = try found(
      "Oft habe der Mann vor der Tür gewartet, so Jan Roth, der auch angab, dass die Frau Schutz gesucht habe.", .german)
    let indirect = quotes.filter { $0.kind == .indirect }
    #expect(indirect.map(\.text) == ["Oft habe der Mann vor der Tür gewartet", "dass die Frau Schutz gesucht habe"])
    #expect(indirect.allSatisfy { $0.speaker == "Jan Roth" })
  }

  @Test func aDescriptionMeansThePersonWithThatRole() throws {
    let quotes = try found(
      """
      Der brasilianische Präsident Paulo Ferreira empfing am Montag den venezolanischen Präsidenten \
      Diego Morales in Brasília. Der venezolanische Staatschef sagte, die Gespräche seien gut verlaufen.
      """, .german)
    let indirect = try #require(quotes.first { $0.kind == .indirect })
    #expect(indirect.speaker == "Diego Morales")
  }

  @Test func aFragmentAfterAnOpeningWordBelongsToThePronounSubject() throws {
    let quotes = try found(
      "Senator Maria Lopez spoke to reporters. Though she called the budget “a disgrace,” she voted for it.", .english)
    #expect(quotes.first { $0.kind == .partial }?.speaker == "Maria Lopez")
  }

  @Test func thePersonBeforeAnAppositionSpeaks() throws {
    let quotes = try found(
      "Critics were loud. “This rule is a mistake,” Laura Finch, the director of the Coal Council in Denver, told The Daily Post.",
      .english)
    #expect(quotes.first { $0.kind == .direct }?.speaker == "Laura Finch")
  }

  @Test func namesInsideAQuotationAreNoAntecedentsForTheNextSpeaker() throws {
    let quotes = try found(
      """
      Mara Lind stood in the crowd. “Here comes Robin Vance,” she said, smiling.

      The band played on for an hour.

      “There he is,” she said.
      """, .english)
    #expect(quotes.last?.speaker == "Mara Lind")
  }

  @Test func aPronounContinuesThePersonQuotedAfterTheLastOneNamed() throws {
    let quotes = try found(
      """
      Helen Ward met Tom Brandt at the station. Ruth Cole arrived an hour later. “We are late,” she said.

      The train left at noon. Nobody waved. The platform emptied.

      “It was worth it,” she said.
      """, .english)
    #expect(quotes.last?.speaker == "Ruth Cole")
  }

  /// Who speaks in reported speech, one construction per case.
  @Test(arguments: [
    // A pronoun before the verb stays the subject before an institution's name.
    ("Die Abgeordnete Jana Weber meldete sich zu Wort. Sie warf dem Bundesministerium vor, die Lage zu verharmlosen.", Language.german, "Jana Weber"),
    // A speech act without a quote is the source of the Konjunktiv sentence after it.
    ("Der Verband äußerte Zweifel an der Darstellung der Firma. Für eine Frist von einem Jahr sei die Lagerung erlaubt.", .german, "Verband"),
    // English subjects before a time, an adverb or across a conjunction.
    ("The bank faced new fines. Northfield Bank just this month announced it would end the bonuses in May.", .english, "Northfield Bank"),
    ("The inquiry went on. Two inspectors on Monday said the contract had been signed in secret.", .english, "Two inspectors"),
    ("The money is gone. Federal and state regulators said the two men moved the funds abroad last year.", .english, "Federal and state regulators"),
    // A relative clause speaks for the name before it.
    ("Die Anwältin Gülsen Celebi kritisierte die Polizei, so Celebi, die auch angab, dass ihre Mandantin oft angerufen habe.", .german, "Gülsen Celebi"),
    ("The plan was opposed by Anna Berg, who said that the costs were far too high.", .english, "Anna Berg"),
    // In a clause with the verb last the subject follows the conjunction.
    ("Die Anwältin Gülsen Celebi vertritt die Frau. Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, geschah nichts.", .german, "Gülsen Celebi"),
    // An apposition whose closing comma is missing still describes the name that opens the sentence.
    ("Unruhen im Norden.\n\nJonas Quell, der Sekretär des Weltverbandes der Fischer sagte am Abend, die Lage sei unklar.", .german, "Jonas Quell"),
    // A definite organisation noun stands for the compound of that kind named before.
    ("Das isländische Fischereiministerium legte die Fangquote fest. Die Quote sei tragfähig, so das Ministerium.", .german, "Fischereiministerium"),
    // A role of an organisation the text names is someone new, not the person named last.
    ("Ministerin Eva Sommer sprach in Bonn. Sprecher des Innenministeriums und andere Mitarbeiter beeilten sich, gegenüber Journalisten zu erklären, die Pläne seien noch nicht fertig.", .german, "Sprecher des Innenministeriums"),
  ])
  func theSpeakerOfReportedSpeech(_ text: String, _ language: Language, _ speaker: String) throws {
    #expect(try found(text, language).first { $0.kind == .indirect }?.speaker == speaker)
  }

  @Test func aPronounOpeningTheSentenceIsItsSubject() throws {
    let quotes = try found(
      "Die Abgeordnete Jana Weber kritisierte den Plan. Sie warf der Regierung vor, die Lage zu verharmlosen.", .german)
    #expect(quotes.first { $0.kind == .indirect }?.speaker == "Jana Weber")
  }

  @Test func aRoleNounAloneMeansThePersonWithThatRole() throws {
    let quotes = try found(
      """
      Petra Kuhn, Anwältin der Familie, sprach mit Reportern. Richterin Alex Lind vertagte den Prozess. \
      Nach Aussagen der Anwältin war der Mann nicht gewalttätig.
      """, .german)
    #expect(quotes.first { $0.kind == .indirect }?.speaker == "Petra Kuhn")
  }

  @Test func aParticiplesSubjectStandsBeforeTheAuxiliaryWithItsArticle() throws {
    let quotes = try found(
      "Die Debatte dauerte lange.\n\nDie Wahlkommission hatte den Standpunkt vertreten, das Gericht sei nicht zuständig. Die Anwältin vertritt die Familie.",
      .german)
    #expect(quotes.count == 1)
    #expect(quotes.first?.speaker == "Wahlkommission")
  }
}
