import LedeLanguages
import Testing

@testable import LedeCore

/// The candidates the learned quote decisions choose from, one construction per test, in
/// sentences written for it (German and English): cues, reported words, proposed speakers.
@Suite struct QuoteCandidateTests {
  @Test(arguments: [
    ("Nach ersten Erkenntnissen der Polizei war der Fahrer betrunken.", Language.german, "nach ersten erkenntnissen"),
    ("Nach Polizeiangaben wurden drei Menschen verletzt.", .german, "nach polizeiangaben"),
    ("Der Vorwurf, dass die Stadt gelogen habe, wiegt schwer.", .german, "vorwurf"),
    ("The claim that the mayor lied was false.", .english, "claim"),
    ("Russischen Medienberichten zufolge kämpfe Russland.", .german, "zufolge"),
  ])
  func cuesWithoutASpeechVerb(_ text: String, _ language: Language, _ cue: String) throws {
    #expect(try QuoteSample.cues(text, language).contains(cue))
  }

  /// `wiesen daraufhin` for `wiesen darauf hin`: the particle written as one with the word
  /// before it (`particle-joining-prefixes` of German `grammar.tsv`); a word that only ends like
  /// it is no particle.
  @Test func aParticleMayBeJoinedToTheWordBeforeIt() throws {
    #expect(try !QuoteSample.cues("Die Forscher wiesen daraufhin, dass das Eis schmelze.", .german).isEmpty)
    #expect(try QuoteSample.cues("Die Forscher wiesen den Anhin, dass das Eis schmelze.", .german).isEmpty)
  }

  @Test(arguments: [
    ("Der Plan sei gescheitert, so Müller.", Language.german, "before-comma", ["Der Plan sei gescheitert"]),
    ("Die Stadt habe laut Polizei den Plan verteidigt.", .german, "around", ["Die Stadt habe", "den Plan verteidigt"]),
    ("Nach Angaben der Polizei wurden drei Menschen verletzt.", .german, "after-cue", ["wurden drei Menschen verletzt"]),
    ("Der Minister kündigte an, die Steuern zu senken.", .german, "after-comma", ["die Steuern zu senken"]),
    ("Der Plan, sagte der Bürgermeister, sei viel zu teuer.", .german, "around-commas", ["Der Plan", "sei viel zu teuer"]),
    ("The mayor said that the budget was balanced.", .english, "after-complementizer", ["the budget was balanced"]),
    ("The senator urged Congress to pass the bill quickly.", .english, "infinitive", ["to pass the bill quickly"]),
    ("Wie das Ministerium am Montag mitteilte, wird der Plan teurer.", .german, "after-comma", ["wird der Plan teurer"]),
    ("Die Strecke sei den ganzen Tag gesperrt.", .german, "free-sentence", ["Die Strecke sei den ganzen Tag gesperrt"]),
    ("Dies teilte das Ministerium am Montag mit.", .german, "prefield-word", ["Dies"]),
  ])
  func reportedWordsOfEachConstruction(_ text: String, _ language: Language, _ construction: String, _ parts: [String]) throws {
    let candidates = try QuoteSample.contents(text, language)
    #expect(candidates.contains { $0.construction == construction && $0.parts == parts }, "\(candidates)")
  }

  /// A report around a frame has no part of one word: the word left beside the frame (`Sie`
  /// before `sicherte … zu`, `Erst` before `nach Angaben …`) is no report of its own, and the
  /// candidate is the other part alone.
  @Test(arguments: [
    ("Sie sicherte zu, die Stadt werde sparen.", Language.german, "die Stadt werde sparen"),
    ("Erst nach Angaben der Polizei kam der Zug an.", .german, "kam der Zug an"),
  ])
  func noOnePartOfOneWordBesideAFrame(_ text: String, _ language: Language, _ rest: String) throws {
    let candidates = try QuoteSample.contents(text, language)
    #expect(candidates.contains { $0.parts == [rest] }, "\(candidates)")
    #expect(!candidates.contains { $0.parts.count > 1 }, "\(candidates)")
  }

  /// A report around a reporting verb is a candidate only where the verb takes the second place
  /// (German `word-order`); where the subject comes first, the words before the verb say who
  /// speaks. Around an attribution phrase it is one in both languages.
  @Test(arguments: [
    ("The operators' association said in a statement that it had offered a raise.", Language.english, false),
    ("The city had, according to the police, defended the plan.", .english, true),
    ("Am Montag sagte der Minister der Zeitung, die Lage sei ernst.", .german, true),
  ])
  func aReportAroundAVerbOnlyWhereTheVerbIsSecond(_ text: String, _ language: Language, _ offered: Bool) throws {
    let candidates = try QuoteSample.contents(text, language)
    #expect(candidates.contains { $0.construction == "around" } == offered, "\(candidates)")
  }

  /// The one word before a reporting verb is a candidate only where the verb takes the second
  /// place (German `word-order`), and only when it opens the sentence.
  @Test(arguments: [
    ("Officials said the bridge was closed.", Language.english),
    ("Am Montag teilte das Ministerium dies mit.", .german),
  ])
  func noOneWordPrefieldOutsideVerbSecondOpenings(_ text: String, _ language: Language) throws {
    #expect(try !QuoteSample.contents(text, language).contains { $0.construction == "prefield-word" })
  }

  @Test(arguments: [
    ("Von der Gewerkschaft wurde angekündigt, dass gestreikt werde.", Language.german, "passive-agent", "Gewerkschaft"),
    ("It was announced by the city council that the bridge would close.", .english, "passive-agent", "city council"),
    ("Polizeiangaben zufolge wurden drei Menschen verletzt.", .german, "phrase-object-before", "Polizeiangaben"),
    ("Laut der Feuerwehr brannte das Lager die ganze Nacht.", .german, "phrase-object-after", "Feuerwehr"),
    ("Nach Angaben des Ministeriums sinken die Steuern.", .german, "report-genitive", "Ministeriums"),
    ("Nach ersten Angaben sinken die Steuern.", .german, "report-noun", "ersten Angaben"),
    ("Im Mai hatte der Präsident Jan Roth zugesichert, dass die Steuern sinken.", .german, "after-auxiliary", "Präsident Jan Roth"),
    ("Anna Berg, who ran the bank, said that nothing had changed.", .english, "opening-apposition", "Anna Berg"),
    ("Das sagte Anna Berg, die angab, dass sie bleiben werde.", .german, "relative-antecedent", "Anna Berg"),
    ("Nordkorea werfen sie vor, Raketen zu liefern.", .german, "pronoun-after-verb", "sie"),
    ("Die Stadt müsse sparen, sagte der Kämmerer Otto Lenz.", .german, "after-verb", "Kämmerer Otto Lenz"),
    ("The bridge will stay closed until May, officials warned.", .english, "english-subject", "officials"),
  ])
  func speakersEachConstructionProposes(_ text: String, _ language: Language, _ construction: String, _ words: String) throws {
    let proposals = try QuoteSample.proposals(text, language)
    #expect(proposals.contains { $0.construction == construction && $0.words == words }, "\(proposals)")
  }

  @Test func aDashOrAColonLeadInProposesTheSpeakerOfMarks() throws {
    let dash = try QuoteSample.extractor("“We will vote against the merger.” — Commissioner Geoffrey Starks", .english)
    let sentence = dash.sentences[0]
    let sources = MarkSources(context: dash.context, cueSources: dash.cueSources)
    let close = sentence.texts.firstIndex(of: "”")!
    let proposed = sources.proposals(open: 0, close: close, in: sentence).map(\.construction)
    #expect(proposed.contains("dash-after"))
  }

  @Test func wordsAreNamedAsPronounEntityOrUnnamedSource() throws {
    let extractor = try QuoteSample.extractor("Minister Jan Roth kam. Er sagte, der Sprecher der Polizei habe gelogen.", .german)
    let naming = SourceNaming(context: extractor.context, cueSources: extractor.cueSources)
    let second = extractor.sentences[1]
    #expect(naming.name(0..<1, inSentence: 1).identity == .pronoun("er"))
    let first = extractor.sentences[0]
    let roth = try #require(first.texts.firstIndex(of: "Jan"))
    guard case .entity(let index) = naming.name(roth..<(roth + 2), inSentence: 0).identity else {
      Issue.record("Jan Roth is no entity")
      return
    }
    #expect(extractor.speakers.entities[index].name == "Jan Roth")
    let spokesman = try #require(second.texts.firstIndex(of: "Sprecher"))
    #expect(naming.name(spokesman..<(spokesman + 1), inSentence: 1).kind == "description")
  }

  /// Words named again with the same context are given the name they were given first, and
  /// other words their own.
  @Test func aMemoGivesEachWordsTheirOwnName() throws {
    let extractor = try QuoteSample.extractor("Minister Jan Roth kam. Er sagte, der Sprecher der Polizei habe gelogen.", .german)
    let naming = SourceNaming(context: extractor.context, cueSources: extractor.cueSources)
    let second = extractor.sentences[1]
    let spokesman = try #require(second.texts.firstIndex(of: "Sprecher"))
    var memo = SourceNaming.Memo()
    for _ in 0..<2 {
      #expect(memo.name(0..<1, inSentence: 1, by: naming).identity == .pronoun("er"))
      #expect(memo.name(spokesman..<(spokesman + 1), inSentence: 1, by: naming).identity == naming.name(spokesman..<(spokesman + 1), inSentence: 1).identity)
      #expect(memo.name(spokesman..<(spokesman + 1), inSentence: 1, by: naming).kind == "description")
    }
    memo.forget()
    #expect(memo.name(0..<1, inSentence: 1, by: naming).kind == "pronoun")
  }

  @Test func anAgentlessPassiveWeighsForNobody() throws {
    let extractor = try QuoteSample.extractor("Der Plan wurde scharf kritisiert, weil er zu teuer sei.", .german)
    let query = SpeakerCandidates.Query(
      span: extractor.sentences[0].segment.span, kind: .indirect, sentence: 0, cues: extractor.cues[0].map { ($0, 0) }, marks: nil)
    let candidates = extractor.speakerCandidates.candidates(for: query, after: Discourse()) { _, options in options.map { _ in 0 } }
    let features = extractor.speakerFeatures.features(of: candidates, for: query)
    let nobody = try #require(candidates.firstIndex { $0.type == "none" })
    #expect(features[nobody].features.contains("none|passive=true"))
    // Every feature is weighed once alone and once with the layout of quote and cue, which
    // names the language (models learn from other languages' articles too).
    #expect(extractor.speakerFeatures.layout(of: query) == "L:de|ind|same")
    let choice = QuoteChoice.Candidate(features: features[nobody].features, proposal: .speaker(nil, mention: nil), conjunction: "L:ind|same")
    let conjoined = FeatureHash.of("none|passive=true", conjoinedWith: FeatureHash.state(of: "L:ind|same"))
    #expect(choice.weighed.contains { $0.name == "L:ind|same|none|passive=true" && $0.hash == conjoined })
    #expect(choice.hashes.contains(conjoined) && choice.hashes.contains(FeatureHash.of("none|passive=true")))
  }

  /// A candidate weighs in how many other sentences a cue has it say something: Anna Berg speaks
  /// in the first, so a report without a cue two sentences on sees her there, Peter Roth never
  /// speaks; in her own cue's sentence that cue does not count.
  @Test func aCandidateWeighsWhereElseACueHasItSpeak() throws {
    let extractor = try QuoteSample.extractor(
      "Anna Berg sagte, die Stadt müsse sparen. Peter Roth hörte zu. Die Brücke werde zu teuer.", .german)
    func cued(_ name: String, inSentence number: Int) throws -> [String] {
      let query = SpeakerCandidates.Query(
        span: extractor.sentences[number].segment.span, kind: .indirect, sentence: number,
        cues: extractor.cues[number].map { ($0, number) }, marks: nil)
      let candidates = extractor.speakerCandidates.candidates(for: query, after: Discourse()) { _, options in options.map { _ in 0 } }
      let index = try #require(candidates.firstIndex { $0.name == name })
      let features = extractor.speakerFeatures.features(of: candidates, for: query)[index].features
      return features.map(\.description).filter { $0.hasPrefix("cued-elsewhere=") && !$0.contains("|") }
    }
    #expect(try cued("Anna Berg", inSentence: 2) == ["cued-elsewhere=1"])
    #expect(try cued("Peter Roth", inSentence: 2) == ["cued-elsewhere=0"])
    #expect(try cued("Anna Berg", inSentence: 0) == ["cued-elsewhere=0"])
  }

  /// Where the language's grammar asks for it (`speaker-context-words`: English), each piece of
  /// evidence with a mention weighs the words right before and after it: the agent of `was
  /// criticised by`, the start of the sentence before a subject, the verb after it; German
  /// evidence has no such features.
  @Test(arguments: [
    ("The plan was criticised by Anna Berg, who said it would cost too much.", Language.english, ["w-1=by|k=name", "w+1=,"]),
    ("Anna Berg said the city must save money.", .english, ["w-1=^|k=name", "w+1=said"]),
    ("Anna Berg sagte, die Stadt müsse sparen.", .german, []),
  ])
  func evidenceWeighsTheWordsBesideAMentionWhereTheGrammarAsks(text: String, language: Language, expected: [String]) throws {
    let extractor = try QuoteSample.extractor(text, language)
    let query = SpeakerCandidates.Query(
      span: extractor.sentences[0].segment.span, kind: .indirect, sentence: 0, cues: extractor.cues[0].map { ($0, 0) }, marks: nil)
    let candidates = extractor.speakerCandidates.candidates(for: query, after: Discourse()) { _, options in options.map { _ in 0 } }
    let index = try #require(candidates.firstIndex { $0.name == "Anna Berg" })
    let evidence = extractor.speakerFeatures.features(of: candidates, for: query)[index].evidence
    let named = evidence.features.map(\.description)
    let after = named.compactMap { feature in feature.range(of: "|w+1=").map { "w+1=" + feature[$0.upperBound...] } }
    #expect(Set(named.filter { $0.hasPrefix("w-1=") } + after) == Set(expected))
  }

  /// The antecedents of `Er`: the people named before it, each once, with its agreement in
  /// gender and its rank among those that agree; who spoke just before comes first.
  @Test func aPronounsAntecedentsAreThePeopleBeforeIt() throws {
    let extractor = try QuoteSample.extractor(
      "Die Ministerin Anna Berg traf am Montag den Bürgermeister Peter Roth. Er sagte, die Stadt müsse sparen.", .german)
    let antecedents = Antecedents(context: extractor.context)
    let found = antecedents.candidates(of: "er", at: 0, inSentence: 1, after: Discourse())
    let roth = try #require(found.first { $0.name == "Peter Roth" })
    let berg = try #require(found.first { $0.name == "Anna Berg" })
    #expect(roth.features.contains("agree=yes") && roth.features.contains("named|ar0") && roth.features.contains("named|d1"))
    #expect(berg.features.contains("agree=no") && !berg.features.contains { $0.description.hasPrefix("named|ar") })
    var discourse = Discourse()
    discourse.note(Discourse.Spoken(key: "p:sprecher", name: "Sprecher", type: "phrase", sentence: 0, paragraph: 0, kind: .indirect))
    let afterSpeech = antecedents.candidates(of: "er", at: 0, inSentence: 1, after: discourse)
    #expect(afterSpeech.first?.name == "Sprecher")
    #expect(afterSpeech.first?.features.contains("spoke|r0") ?? false)
    #expect(afterSpeech.first?.reason == "spoke just before")
  }

  /// Where the language's grammar asks for it (`antecedent-context-words`: German), a name a
  /// pronoun may stand for is weighed with the words right before and after it (`den
  /// Bürgermeister Peter Roth.`, `^Peter Roth traf`); English antecedents have no such features.
  @Test(arguments: [
    ("Die Ministerin traf den Bürgermeister Peter Roth. Er sagte, die Stadt müsse sparen.", Language.german, "er", ["named|w-1=bürgermeister", "named|w+1=."]),
    ("Peter Roth traf am Montag die Presse. Er sagte, die Stadt müsse sparen.", .german, "er", ["named|w-1=^", "named|w+1=traf"]),
    ("The minister met the mayor, Peter Roth. He said the city must save money.", .english, "he", []),
  ])
  func antecedentsWeighTheWordsBesideANameWhereTheGrammarAsks(text: String, language: Language, pronoun: String, expected: [String]) throws {
    let extractor = try QuoteSample.extractor(text, language)
    let found = Antecedents(context: extractor.context).candidates(of: pronoun, at: 0, inSentence: 1, after: Discourse())
    let roth = try #require(found.first { $0.name == "Peter Roth" })
    #expect(Set(roth.features.map(\.description).filter { $0.hasPrefix("named|w") }) == Set(expected))
  }

  /// A person named beside the words a construction proposes (`der Hauptgeschäftsführer des
  /// Verbandes, Peter Hahn`) is a candidate with that evidence, as well as the words themselves.
  @Test(arguments: [
    ("Der Hauptgeschäftsführer des Brauer-Bundes, Peter Hahn, sagte, der Absatz sei gesunken.", "Absatz"),
    ("Das Bier werde teurer, sagte der Sprecher der Europäischen Kommission, Peter Hahn.", "Bier"),
  ])
  func aPersonNamedBesideTheProposedWordsIsACandidate(_ text: String, _ reported: String) throws {
    let extractor = try QuoteSample.extractor(text, .german)
    let sentence = extractor.sentences[0]
    let word = try #require(sentence.texts.firstIndex(of: reported))
    let query = SpeakerCandidates.Query(
      span: sentence.span(word, word), kind: .indirect, sentence: 0, cues: extractor.cues[0].map { ($0, 0) }, marks: nil)
    let candidates = extractor.speakerCandidates.candidates(for: query, after: Discourse()) { _, options in options.map { _ in 0 } }
    let hahn = try #require(candidates.first { $0.name == "Peter Hahn" })
    #expect(hahn.evidence.contains { $0.origin.hasSuffix(">apposition") })
    // The proposed words themselves stay a candidate, with the construction's evidence.
    let proposed = candidates.filter { $0.name != "Peter Hahn" && $0.evidence.contains { $0.origin != "near" } }
    #expect(!proposed.isEmpty)
  }

  /// A role or organisation noun outside the quote in its sentence or the one before, though no
  /// construction proposes it, is an unnamed source to choose (`Die Staatsanwaltschaft … . Es sei …`);
  /// one two sentences before the quote is not.
  @Test(arguments: [
    ("Die Staatsanwaltschaft gab keine Auskunft. Es sei kein Anschlag gewesen. Die Straße bleibt zu.", Language.german, "Staatsanwaltschaft"),
    ("Die Experten waren sich nicht einig. Der Plan gehe nicht auf. Die Stadt wartet.", .german, "Experten"),
    ("The spokesman spoke on Monday. The bridge would stay closed. The city waits.", .english, "spokesman"),
  ])
  func sourceNounsNearTheQuoteAreCandidates(_ text: String, _ language: Language, _ noun: String) throws {
    let extractor = try QuoteSample.extractor(text, language)
    let candidates = { (number: Int) in
      let query = SpeakerCandidates.Query(
        span: extractor.sentences[number].segment.span, kind: .indirect, sentence: number, cues: [], marks: nil)
      return extractor.speakerCandidates.candidates(for: query, after: Discourse()) { _, options in options.map { _ in 0 } }
    }
    let source = try #require(candidates(1).first { $0.name == noun }, "\(candidates(1).map(\.name))")
    #expect(source.type == "phrase")
    #expect(source.evidence.contains { $0.origin == "near-noun" && $0.distance == 1 })
    #expect(!candidates(2).contains { $0.name == noun })
  }

  /// The pronoun that names a speaker stands for the antecedent the resolver ranks first.
  @Test func aPronounNamesTheAntecedentChosen() throws {
    let extractor = try QuoteSample.extractor(
      "Die Ministerin Anna Berg traf am Montag den Bürgermeister Peter Roth. Er sagte, die Stadt müsse sparen.", .german)
    let query = SpeakerCandidates.Query(
      span: extractor.sentences[1].segment.span, kind: .indirect, sentence: 1, cues: extractor.cues[1].map { ($0, 1) }, marks: nil)
    for wanted in ["Peter Roth", "Anna Berg"] {
      let candidates = extractor.speakerCandidates.candidates(for: query, after: Discourse()) { _, options in
        options.map { $0.name == wanted ? 1 : 0 }
      }
      let pronoun = candidates.filter { $0.evidence.contains { $0.kind == "pronoun" } }
      #expect(pronoun.map(\.name) == [wanted])
    }
  }

  @Test func markObservationsSeeTitlesAndAddresses() throws {
    let extractor = try QuoteSample.extractor("Laut der Website „icelandreview.com“ wird das Schiff bald auslaufen.", .german)
    let sentence = extractor.sentences[0]
    let open = try #require(sentence.texts.firstIndex(of: "„"))
    let mark = MarkFeatures.Mark(
      text: "icelandreview.com", sentence: sentence, open: open, close: open + 4, spansSentences: false, insideParentheses: false,
      cues: extractor.cues[0], closingCues: 0)
    #expect(extractor.markFeatures.observations(of: mark).contains("web-address"))
  }

  @Test func subjunctiveFormsAreFeaturesOfTheWordsThemselves() throws {
    let extractor = try QuoteSample.extractor("Die Strecke sei gesperrt.", .german)
    let sentence = extractor.sentences[0]
    var known = ContentFeatures.VerbFormNames()
    let slot = ContentFeatures.Slot(
      cue: nil, sentence: sentence, afterReport: true, inHeadline: false,
      forms: extractor.contentFeatures.verbForms(of: sentence, withCue: false, names: &known))
    let candidate = try #require(extractor.contentCandidates.candidates(withoutCueIn: sentence).first)
    let features = extractor.contentFeatures.features(of: candidate, in: slot, marked: 0)
    #expect(features.contains("free|w=sei"))
    #expect(features.contains("c=free-sentence|after-report"))
    // Reading nothing in a sentence in the subjunctive is weighed with its verb forms too.
    #expect(extractor.contentFeatures.featuresOfNothing(in: slot).contains("none|free|w=sei"))
  }

  /// Reading nothing weighs the cue's written form where the grammar asks for it (English:
  /// `say` after `would` reports less often than `said`), its lemma alone elsewhere.
  @Test func readingNothingWeighsTheCuesFormWhereTheGrammarAsks() throws {
    for (text, language, form) in [("He would not say what happened.", Language.english, "none|cw=say"), ("Er wollte nicht sagen, was geschah.", .german, "none|cw=sagen")] {
      let extractor = try QuoteSample.extractor(text, language)
      let sentence = extractor.sentences[0]
      let cue = try #require(extractor.cues[0].first)
      var known = ContentFeatures.VerbFormNames()
      let slot = ContentFeatures.Slot(
        cue: cue, sentence: sentence, afterReport: false, inHeadline: false,
        forms: extractor.contentFeatures.verbForms(of: sentence, withCue: true, names: &known))
      let names = extractor.contentFeatures.featuresOfNothing(in: slot).map(\.description)
      #expect(names.contains(form) == (language == .english))
      #expect(names.contains { $0.hasPrefix("none|l=") })
    }
  }

  /// Verb forms are read by the ending lengths of the language's grammar: English by its last
  /// three and four characters too (`-ing`, `-ring`), German by two alone.
  @Test func verbFormEndingsFollowTheGrammar() throws {
    for (text, language, longEnding) in [("Officials were considering a ban.", Language.english, true), ("Die Behörden erwägten ein Verbot.", .german, false)] {
      let extractor = try QuoteSample.extractor(text, language)
      let sentence = extractor.sentences[0]
      var known = ContentFeatures.VerbFormNames()
      let forms = extractor.contentFeatures.verbForms(of: sentence, withCue: false, names: &known)
      var names: [FeatureName] = []
      forms.candidate.appendFeatures(in: [0..<sentence.count], to: &names)
      let texts = names.map(\.description)
      #expect(texts.contains { $0.hasPrefix("free|e=") })
      #expect(texts.contains("free|e3=ing") == longEnding)
      #expect(texts.contains("free|e4=ring") == longEnding)
      #expect(texts.contains { $0.hasPrefix("free|e3=") } == longEnding)
    }
  }
}

/// Records the content choices offered, choosing nothing each time; words in marks are a quote.
private struct ContentRecorder: QuoteDecider {
  var offered: [[String]] = []
  var features: [[FeatureName]] = []
  let article: Article

  mutating func choose(_ choice: QuoteChoice) -> QuoteDecision {
    if choice.step == .mark {
      let quoted = choice.candidates.firstIndex {
        if case .kind(let kind) = $0.proposal { kind != .scare } else { false }
      }
      return QuoteDecision(index: quoted ?? 0)
    }
    guard choice.step == .content else { return QuoteDecision(index: choice.candidates.count - 1) }
    let options = choice.candidates.compactMap { candidate -> String? in
      guard case .content(let spans) = candidate.proposal, let span = spans.first else { return nil }
      return String(article.text(of: span))
    }
    offered.append(options)
    features.append(choice.candidates.flatMap(\.features))
    return QuoteDecision(index: choice.candidates.count - 1)
  }
}

/// Words in marks inside a report: the corpora annotate the report and the partial quote both.
@Suite struct ReportsAroundMarksTests {
  /// The words a cue may report, for each content decision of `text`.
  private func offered(_ text: String, in language: Language = .german) throws -> ContentRecorder {
    let article = try Sample.article(text, language: language)
    var recorder = ContentRecorder(article: article)
    _ = LedeCore.quotes(
      in: article, using: LanguageResources.catalog[language], entities: try QuoteSample.entities(of: article), decider: &recorder)
    return recorder
  }

  @Test func aReportMostlyInMarksIsOfferedWithItsShareInMarks() throws {
    let recorder = try offered("Monti erklärte, er sei „äußerst erschüttert von dieser unerwarteten Nachricht“.")
    #expect(recorder.offered.joined().contains { $0.hasPrefix("er sei „äußerst erschüttert") })
    #expect(recorder.features.joined().contains { $0.description.hasPrefix("marked=") })
  }

  /// Where the grammar asks for it (English), reading nothing weighs whether the cue's sentence
  /// holds a quote in marks (the cue then mostly attributes it) and whether a cue before it
  /// reported words.
  @Test func readingNothingWeighsTheQuotesBesideTheCue() throws {
    let beside = try offered("\"We will stay,\" the spokeswoman said.", in: .english).features.joined().map(\.description)
    #expect(beside.contains("none|k=verb|marked=true|reported=false"))
    let alone = try offered("The spokeswoman said the workers would stay.", in: .english).features.joined().map(\.description)
    #expect(alone.contains("none|k=verb|marked=false|reported=false"))
    let german = try offered("„Wir bleiben“, sagte die Sprecherin.").features.joined().map(\.description)
    #expect(!german.contains { $0.contains("|marked=true|reported=") })
  }

  @Test func wordsWhollyInMarksAreNoReport() throws {
    let recorder = try offered("Monti erklärte: „Wir sind äußerst erschüttert von dieser Nachricht.“")
    #expect(!recorder.offered.joined().contains { $0.hasPrefix("Wir sind") })
  }
}

/// The word tests the mark and speaker features ask, which read words by their bytes.
@Suite struct QuoteWordTests {
  @Test(arguments: [
    ("All Bets Are Off.", true), ("All bets are off.", false), ("Über  Älles\n13th", true), ("Über älles", false),
    ("", true), ("  Krieg ", true),
  ])
  func everyWordCapitalised(_ text: String, _ expected: Bool) {
    #expect(MarkFeatures.capitalizesEveryWord(text) == expected)
  }

  @Test(arguments: [("Kim Jong Un", "Un"), ("Müller ", "Müller"), ("Anne  Will", "Will"), ("   ", nil), ("", nil)] as [(String, String?)])
  func aNamesLastWord(_ name: String, _ expected: String?) {
    #expect(EntityNames.lastWord(of: name).map(String.init) == expected)
  }
}
