/// How `QuoteExtractor` finds the speaker a cue names: the noun phrase on the side German or
/// English word order puts the subject, through appositions, parentheses, auxiliaries,
/// participles and `zitieren`; descriptions and pronouns resolved to the person meant.
extension QuoteExtractor {
  /// The speaker a cue names: the noun phrase next to it, on the side the word order puts it.
  func speaker(for cue: SpeechCues.Cue, in sentence: SentenceWords) -> Speakers.Resolved? {
    if case .phrase(let placement) = cue.kind {
      // `Demnach sollen …`: the source of the report before.
      if placement == .previous { return speakerReported(before: sentence, within: 2) }
      let phrase = placement == .after
        ? speakers.phrase(before: cue.first, in: sentence)
        : speakers.phrase(after: cue.last + 1, in: sentence) ?? commonNounSource(after: cue.last + 1, in: sentence)
      return phrase.map { resolveDescription($0, in: sentence) }
    }
    let verb = cue.first
    // `Aber man betont auch, dass …`: the source just reported, if any.
    if [verb - 1, verb + 1].contains(where: { sentence.isWord($0) && data.word(sentence.lowered[$0], isA: .genericPronoun) }) {
      return speakerReported(before: sentence, within: 1)
    }
    // `The campaign … It says …`: a thing pronoun as the subject is the organisation that spoke or
    // opened a sentence just before.
    if verb > 0, data.word(sentence.lowered[verb - 1], isA: .thingPronoun), let thing = thingBefore(sentence) {
      return Speakers.Resolved(name: thing, mention: sentence.texts[verb - 1], resolution: "'\(sentence.texts[verb - 1])' → \(thing), the organisation just before")
    }
    // `Tulsa police’s earlier claim that …`: the owner of a speech noun is its speaker.
    if let owner = possessive(before: verb, in: sentence) {
      return owner
    }
    // `zitierte die Agentur RIA Putin`, `zitiert dazu Néstor Kirchner`: the person quoted is the speaker.
    if case .verb(let speech) = cue.kind, data.word(speech.lemma, isA: .quotingVerb),
      let person = firstCapitalizedRun(in: sentence, from: verb + 1)
    {
      return resolveDescription(person, in: sentence)
    }
    // `so Celebi, die auch angab, dass …`, `Anna Berg, who said that …`: the speaker of a relative
    // clause is the name before it (a relative pronoun is followed by no noun: `die Regierung` is not one).
    if let comma = (0..<verb).last(where: { sentence.isPunctuation($0, ",") }), comma >= 1, comma + 1 < verb,
      data.word(sentence.lowered[comma + 1], isA: .relativePronoun),
      comma + 2 == verb || !sentence.isCapitalized(comma + 2),
      let antecedent = speakers.phrase(before: comma, in: sentence)
    {
      return resolveDescription(antecedent, in: sentence)
    }
    // `Arni Finnsson, ein Vertreter der Organisation, kommentierte …`, `Kristina Schröder (CDU)
    // sagte …`: after an apposition or a parenthesis the subject is the name that opens the sentence.
    // (`Bruckschen, hatte … vertreten`: the auxiliary stands where the verb would.)
    let finite = (0..<verb).last { data.word(sentence.lowered[$0], isA: .perfectAuxiliary) }
      .flatMap { auxiliary in (auxiliary..<verb).contains { !sentence.isWord($0) } ? nil : auxiliary } ?? verb
    if finite > 1, sentence.isPunctuation(finite - 1, ",") || sentence.isPunctuation(finite - 1, ")"),
      let opening = speakers.phrase(after: 0, in: sentence), opening.lowerBound == 0, opening.upperBound < finite,
      sentence.isPunctuation(opening.upperBound, ",") || sentence.isPunctuation(opening.upperBound, "("),
      opening.contains(where: { sentence.isCapitalized($0) })
    {
      return resolveDescription(opening, in: sentence)
    }
    // `Dolkun Isa, der Sekretär des Weltkongresses sagte …`: an apposition whose closing comma
    // is missing still describes the name that opens the sentence.
    if let opening = speakers.phrase(after: 0, in: sentence), opening.lowerBound == 0, opening.upperBound + 3 <= verb,
      sentence.isPunctuation(opening.upperBound, ","), data.word(sentence.lowered[opening.upperBound + 1], isA: .article),
      opening.contains(where: { sentence.isCapitalized($0) }), !data.word(sentence.lowered[0], isA: .preposition),
      case let apposition = (opening.upperBound + 2)..<verb, apposition.count <= 8,
      apposition.allSatisfy({ sentence.isWord($0) }), apposition.contains(where: { data.roleLemma(sentence.lowered[$0]) != nil })
    {
      return resolveDescription(opening, in: sentence)
    }
    // `Reid mocked Romney, claiming that …`, `forced him to admit that …`, `beeilten sich, … zu
    // erklären`: an `-ing` form or an infinitive has the subject of its sentence.
    let afterInfinitiveMarker = verb > 0 && data.word(sentence.lowered[verb - 1], isA: .infinitiveMarker)
    // `The senator forced Stumpf, who …, to admit that …`: the object of the control verb speaks.
    if afterInfinitiveMarker, let control = (0..<(verb - 1)).last(where: { data.word(sentence.lowered[$0], isA: .objectControl) }),
      let object = speakers.phrase(after: control + 1, in: sentence), object.upperBound < verb
    {
      return resolveDescription(object, in: sentence)
    }
    let progressive = data.words(.progressiveEnding).contains { sentence.lowered[verb].hasSuffix($0) }
    if progressive || afterInfinitiveMarker,
      let subject = speakers.phrase(after: 0, in: sentence), subject.upperBound <= verb,
      !data.word(sentence.lowered[subject.lowerBound], isA: .preposition)  // `On September 27 they …`
    {
      return resolveDescription(subject, in: sentence)
    }
    // `Nordkorea werfen sie vor`: in German a pronoun right after the verb is its subject
    // (in English it opens the reported clause: `Clinton says she was awake`).
    if data.language == .german, verb + 1 < sentence.count, data.speakerPronouns.contains(sentence.lowered[verb + 1]) {
      return resolvePronoun((verb + 1)..<(verb + 2), in: sentence)
    }
    // `Von der Bewegung „Occupy“ wurden Proteste angekündigt`, `was announced by the ministry`:
    // the agent of a passive speaks.
    if let agent = passiveAgent(of: verb, in: sentence) {
      return agent
    }
    // `He has been harshly criticized for …`, `Der Plan wurde scharf kritisiert`: without an agent
    // the subject of a passive is what was talked about, and nobody is named as speaking.
    if (max(0, verb - 2)..<verb).contains(where: { data.word(sentence.lowered[$0], isA: .passiveAuxiliary) }) {
      return nil
    }
    // `hatte der Präsident … zugesichert`: a participle's subject follows the auxiliary.
    if let auxiliary = (0..<verb).last(where: { data.word(sentence.lowered[$0], isA: .perfectAuxiliary) }),
      auxiliary > 0, !(auxiliary + 1..<verb).contains(where: { sentence.isPunctuation($0, ",") })
    {
      if let subject = speakers.phrase(before: auxiliary, in: sentence),
        subject.lowerBound == 0 || !sentence.isWord(subject.lowerBound - 1)
          || (subject.lowerBound == 1 && data.word(sentence.lowered[0], isA: .article))  // `Die Kommission hatte …`
      {
        return resolveDescription(subject, in: sentence)
      }
      // (German puts the subject after the auxiliary; English only in questions: `Few people
      // would have described Mr. Obama as …` has its subject before.)
      if data.language == .german, let phrase = speakers.phrase(after: auxiliary + 1, in: sentence) {
        return resolveDescription(phrase, in: sentence)
      }
    }
    // `In einem Papier des Ministeriums heißt es, …` names the source before `heißt es`;
    // `…, hieß es in einem Beitrag der Agentur KCNA` after it.
    if sentence.lowered.indices.contains(verb + 1), data.word(sentence.lowered[verb + 1], isA: .impersonalPronoun),
      case .verb(let speech) = cue.kind, data.word(speech.lemma, isA: .impersonalVerb)
    {
      let reportsAfter = verb + 2 < sentence.count && sentence.isPunctuation(verb + 2, ",")
      var end = reportsAfter ? verb : sentence.count
      let start = reportsAfter ? 0 : verb + 2
      while let source = lastCapitalizedRun(sentence, before: end), source.lowerBound >= start {
        if speakers.namesSource(source, in: sentence) { return resolveDescription(source, in: sentence) }
        end = source.lowerBound
      }
      return nil
    }
    let afterPhrase = speakers.phrase(after: verb + 1, in: sentence)
    let clauseStart = (0..<verb).last(where: { !sentence.isWord($0) }).map { $0 + 1 } ?? 0
    // `Beck und Wieland sprachen von … und forderten`: a verb after `und` shares the subject
    // that opens the sentence.
    if verb > 0, data.word(sentence.lowered[verb - 1], isA: .conjunction),
      let opening = speakers.phrase(after: clauseStart, in: sentence), opening.lowerBound <= clauseStart + 1
    {
      return resolveDescription(opening, in: sentence)
    }
    // `Wie das Ministerium heute mitteilte, …`, `As the ministry said, …`: the subject follows
    // the opener of the clause the verb closes.
    if let opener = ReportedSpeech.attributionOpener(before: verb, in: sentence, data: data), opener + 1 < verb,
      let subject = speakers.phrase(after: opener + 1, in: sentence), subject.upperBound <= verb
    {
      return resolveDescription(subject, in: sentence)
    }
    // `Nachdem die Anwältin dem Richter mitgeteilt hatte, dass …`: in a clause with the verb last,
    // the subject follows the conjunction (the phrase before the verb is its object).
    var clauseEnd = verb + 1
    while clauseEnd < sentence.count, clauseEnd - verb <= 2, data.word(sentence.lowered[clauseEnd], isA: .perfectAuxiliary) { clauseEnd += 1 }
    if clauseEnd == sentence.count || !sentence.isWord(clauseEnd),
      let opener = (clauseStart..<verb).first(where: { data.word(sentence.lowered[$0], isA: .subordinator) }), opener + 1 < verb,
      let subject = speakers.phrase(after: opener + 1, in: sentence), subject.upperBound <= verb
    {
      return resolveDescription(subject, in: sentence)
    }
    var beforePhrase = speakers.phrase(before: verb, in: sentence)
    // `Rep. Gwen Moore (D-Wis.) said`: the name before the parenthesis.
    if verb > 1, sentence.isPunctuation(verb - 1, ")"),
      let open = (0..<(verb - 1)).last(where: { sentence.isPunctuation($0, "(") }), open > 0
    {
      beforePhrase = speakers.phrase(before: open, in: sentence) ?? beforePhrase
      if let phrase = beforePhrase { return resolveDescription(phrase, in: sentence) }
    }
    if data.language == .english && verb > 0 && sentence.isWord(verb - 1) {
      beforePhrase = englishSubject(before: verb, from: clauseStart, in: sentence) ?? beforePhrase
    }
    // `John Sifton von Human Rights Watch sagte`: the person before `von`/`of` is the speaker.
    if let phrase = beforePhrase, phrase.lowerBound >= 2,
      data.word(sentence.lowered[phrase.lowerBound - 1], isA: .sourcePreposition),
      let person = speakers.phrase(before: phrase.lowerBound - 1, in: sentence)
    {
      beforePhrase = person
    }
    let inverted: Bool
    if verb == 0 || !sentence.isWord(verb - 1) || beforePhrase == nil {
      inverted = true
    } else if data.language == .german {
      // German puts the verb second: unless the subject opens the clause, it follows the verb.
      // A lone word before the verb and an article after it (`Unterdessen verlangen die Grünen`)
      // put the subject after the verb.
      let opensClause = beforePhrase.map { $0.lowerBound <= clauseStart + 1 && startsAClause($0.lowerBound, in: sentence) } ?? false
      let loneFirstWord = beforePhrase.map {
        $0.count == 1 && $0.lowerBound == clauseStart && !speakers.capitalizedInside.contains(sentence.texts[$0.lowerBound])
          && !data.speakerPronouns.contains(sentence.lowered[$0.lowerBound])  // `Sie warf der Regierung vor`
      } ?? false
      let articleAfter = verb + 1 < sentence.count && data.word(sentence.lowered[verb + 1], isA: .article)
      // `Dabei sagte Li Fei`: an opening word that names nothing (and is no pronoun: `Sie warf
      // der Bundesregierung vor`), and a name after the verb.
      let nameOnlyAfter = beforePhrase.map { !speakers.namesEntity($0, in: sentence) && !data.speakerPronouns.contains(sentence.lowered[$0.lowerBound]) } ?? true
        && afterPhrase.map { speakers.namesEntity($0, in: sentence) } ?? false && (beforePhrase?.count ?? 0) == 1
      inverted = !opensClause || (loneFirstWord && articleAfter && afterPhrase != nil) || nameOnlyAfter
    } else {
      inverted = false
    }
    // `“…” Malkia Cyril, the director of the center, told The Post`: after an apposition the
    // person before it speaks (names inside the quote do not count).
    if data.language == .english, verb > 1, sentence.isPunctuation(verb - 1, ","),
      case let afterQuote = ((0..<verb).last { sentence.texts[$0].unicodeScalars.first.map(CharacterClass.isQuote) ?? false } ?? -1) + 1,
      let person = speakers.firstPerson(before: verb, from: afterQuote, in: sentence)
    {
      return Speakers.Resolved(name: person.name, mention: person.mention, resolution: "the person an apposition before the verb describes")
    }
    // English puts a subject after its verb only in an attribution after a quote or comma (`…,”
    // said Smith`): after a word the phrase that follows is the object (`Clinton once described
    // the partnership as …`).
    let objectFollows = data.language == .english && verb > 0 && sentence.isWord(verb - 1)
    // `The mayor, Dana Whitfield, said she …`: an English pronoun after the verb with words after
    // it is the subject of the reported clause, not the speaker.
    let opensReportedClause = data.language == .english && afterPhrase.map {
      data.speakerPronouns.contains(sentence.lowered[$0.lowerBound]) && $0.upperBound < sentence.count && sentence.isWord($0.upperBound)
    } ?? false
    let after = opensReportedClause ? nil : afterPhrase
    let chosen = inverted ? (objectFollows ? beforePhrase : after ?? beforePhrase) : beforePhrase ?? (objectFollows ? nil : after)
    if let chosen {
      let resolved = resolveDescription(chosen, in: sentence)
      // `Scott Pruitt, the attorney general of Oklahoma, said`: a place next to the verb ends an
      // apposition; the person it describes speaks.
      if speakers.isPlace(resolved.name), let person = speakers.firstPerson(before: verb, in: sentence) {
        return Speakers.Resolved(name: person.name, mention: person.mention, resolution: "the person an apposition describes")
      }
      return resolved
    }
    // `Smith, the mayor, said` and `The mayor, Dana Whitfield, said`: the name in or before the apposition.
    if verb > 0, sentence.isPunctuation(verb - 1, ","),
      let comma = (0..<(verb - 1)).last(where: { sentence.isPunctuation($0, ",") })
    {
      let apposition = (comma + 1)..<(verb - 1)
      if !apposition.isEmpty, apposition.allSatisfy({ sentence.isCapitalized($0) }) {
        return resolveDescription(apposition, in: sentence)
      }
      if let phrase = speakers.phrase(before: comma, in: sentence) { return resolveDescription(phrase, in: sentence) }
    }
    return nil
  }

  /// The English subject before a verb: the noun phrase back to the clause start, common
  /// nouns included (`a Homeland Security Department official said`, `the source added`).
  func englishSubject(before verb: Int, from clauseStart: Int, in sentence: SentenceWords) -> Range<Int>? {
    // `The city is demanding`, `Trump has called for`, `Wells Fargo just this month announced`,
    // `officials on Monday said`: the subject stands before auxiliaries, adverbs and a time.
    var verb = verb
    while verb > clauseStart + 1 {
      let word = sentence.lowered[verb - 1]
      if data.word(word, isA: .auxiliary) || isTimeWord(word) {
        verb -= 1
      } else if data.word(word, isA: .preposition), verb < sentence.count, isTimeWord(sentence.lowered[verb]) {
        verb -= 1
      } else {
        break
      }
    }
    var first = verb
    var end = verb
    while first > clauseStart, sentence.isWord(first - 1), end - first < 6 {
      let word = sentence.lowered[first - 1]
      if data.word(word, isA: .article) { break }
      // `federal prosecutors in April charged`: a date between subject and verb.
      if data.word(word, isA: .preposition), first + 1 == end, isDate(first, in: sentence), first - 1 > clauseStart,
        sentence.isWord(first - 2), !data.ruleFunctionWords.contains(sentence.lowered[first - 2])
      {
        end = first - 1
        first -= 1
        continue
      }
      // `The city of Phoenix is demanding`
      if data.word(word, isA: .genitiveMarker), first < end {
        first -= 1
        continue
      }
      // `After campaign aides insisted`: a clause opened by a preposition or conjunction.
      if first - 1 == clauseStart, first < end, data.word(word, isA: .preposition, .conjunction) { break }
      // `Federal and state officials said`: coordinated words of one subject.
      if data.word(word, isA: .conjunction), first < end, first - 1 > clauseStart, sentence.isWord(first - 2),
        !data.ruleFunctionWords.contains(sentence.lowered[first - 2])
      {
        first -= 1
        continue
      }
      if data.ruleFunctionWords.contains(word) && !data.speakerPronouns.contains(word) { return nil }
      first -= 1
    }
    return first < end ? first..<end : nil
  }

  /// Whether a lower-cased word names a day, month or period, or points to one (`monday`,
  /// `month`, `this`, `yesterday`): the words of a time between subject and verb.
  private func isTimeWord(_ word: String) -> Bool {
    data.timeLexicon.entries[word]?.contains { [.weekday, .month, .unit, .relative, .dayOffset].contains($0.wordClass) } ?? false
  }

  /// Whether the token at `index` is a month name or a year.
  private func isDate(_ index: Int, in sentence: SentenceWords) -> Bool {
    data.months[sentence.lowered[index]] != nil || (sentence.tokens[index].kind == .number && sentence.texts[index].count == 4)
  }

  /// A source named by common nouns after `laut`/`according to` (`the fire department`): the
  /// words up to the next comma, without the article.
  func commonNounSource(after index: Int, in sentence: SentenceWords) -> Range<Int>? {
    var start = index
    while start < sentence.count && data.word(sentence.lowered[start], isA: .article) { start += 1 }
    var end = start
    while end < sentence.count, sentence.isWord(end), end - start < 5,
      !data.ruleFunctionWords.contains(sentence.lowered[end]) || data.word(sentence.lowered[end], isA: .sourcePreposition, .article)
    {
      end += 1
    }
    return end > start ? start..<end : nil
  }

  /// A pronoun: the speaker of the quote just before (within two sentences), else the last person quoted.
  func resolvePronoun(_ range: Range<Int>, in sentence: SentenceWords) -> Speakers.Resolved {
    let mention = sentence.texts[range].joined(separator: " ")
    let here = sentenceNumbers[sentence.segment.span.start] ?? 0
    let spoke = previous.flatMap { previous in previous.speaker.map { (name: $0.name, sentence: previous.sentence) } }
    let gender = data.genders[sentence.lowered[range.lowerBound]]
    var candidates = [spoke, lastSubject].compactMap { $0 }.filter {
      here - $0.sentence <= 2 && speakers.fits($0.name, gender) && !(gender != nil && speakers.isNoPerson($0.name))
    }
    if let gender, candidates.contains(where: { speakers.gender(of: $0.name) == gender }) {
      candidates.removeAll { speakers.gender(of: $0.name) != gender }
    }
    if let antecedent = candidates.max(by: { $0.sentence < $1.sentence }) {
      let why = antecedent.sentence == spoke?.sentence && antecedent.name == spoke?.name ? "who spoke just before" : "who opened a sentence just before"
      return Speakers.Resolved(name: antecedent.name, mention: mention, resolution: "pronoun '\(mention)' → \(antecedent.name), \(why)")
    }
    let named = speakers.lastMentioned(fitting: gender).flatMap { speakers.fits($0, gender) ? $0 : nil }
    // Someone quoted after the last person named speaks on (`“…,” she said` a few lines on).
    // (Not over someone named whose gender is known to fit when the one quoted's is not known.)
    let namedSurelyFits = gender != nil && named.map { speakers.gender(of: $0) == gender } ?? false
    if let quoted = speakers.lastPerson, speakers.fits(quoted, gender),
      speakers.lastPersonSentence > (named.flatMap(speakers.lastMention) ?? -1),
      !namedSurelyFits || speakers.gender(of: quoted) == gender
    {
      return Speakers.Resolved(name: quoted, mention: mention, resolution: "pronoun '\(mention)' → \(quoted), the person quoted last")
    }
    if let person = named {
      return Speakers.Resolved(name: person, mention: mention, resolution: "pronoun '\(mention)' → \(person), the person named last")
    }
    if let person = speakers.lastPerson {
      return Speakers.Resolved(name: person, mention: mention, resolution: "pronoun '\(mention)' → \(person), the last person quoted")
    }
    return Speakers.Resolved(name: mention, mention: mention, resolution: "pronoun '\(mention)' with no person before it")
  }

  /// A description made only of role words (`der nordkoreanische Staatschef`) stands for the
  /// person last named; anything else resolves as a name.
  func resolveDescription(_ range: Range<Int>, in sentence: SentenceWords) -> Speakers.Resolved {
    let mention = sentence.texts[range].joined(separator: " ")
    if range.count == 1, data.speakerPronouns.contains(sentence.lowered[range.lowerBound]) {
      return resolvePronoun(range, in: sentence)
    }
    // `… gab eine Stellungnahme ab. Darin steht: „…“`: the document the sentence before introduced.
    if range.count == 1, data.word(sentence.lowered[range.lowerBound], isA: .pronominalAdverb) {
      return documentBefore(sentence).map {
        Speakers.Resolved(name: $0, mention: mention, resolution: "'\(mention)' → \($0), introduced in the sentence before")
      } ?? Speakers.Resolved(name: mention, mention: mention, resolution: nil)
    }
    // `laut der Website „icelandreview.com“`, `die Zeitung „Die Welt“`: a noun and the name in marks after it.
    if let name = quotedName(after: range, in: sentence), !speakers.namesEntity(range, in: sentence) {
      let text = String(article.text(of: sentence.span(name.lowerBound, name.upperBound - 1)))
      return Speakers.Resolved(name: text, mention: mention, resolution: "the name in quotation marks after '\(mention)'")
    }
    let capitalized = range.filter { sentence.isCapitalized($0) }
    // `Ein Polizeisprecher gab an`: an indefinite description is a new, unnamed speaker.
    let indefinite = range.lowerBound > 0 && data.word(sentence.lowered[range.lowerBound - 1], isA: .indefinite)
    if !capitalized.isEmpty, !indefinite, capitalized.allSatisfy({ data.roleLemma(sentence.lowered[$0]) != nil }),
      !capitalized.dropLast().contains(where: { data.courtesyTitles.contains(sentence.lowered[$0]) })
    {
      let role = data.roleLemma(sentence.lowered[capitalized.last!])!
      // `der venezolanische Präsident` → the person `who` gives that role (`venezolanischer Präsident`).
      let words = range.map { sentence.lowered[$0] }.filter { !data.word($0, isA: .article) }
      // `die Nachrichtenagentur`, `die Arbeitsagenturen` name an organisation, never a person.
      let namesOrganization = data.endsInOrganizationWord(role)
      if !namesOrganization, let person = speakers.person(withRole: words) {
        return Speakers.Resolved(name: person, mention: mention, resolution: "'\(mention)' → \(person), who has that role in the article")
      }
      if let holder = speakers.holder(ofRole: role) {
        return Speakers.Resolved(name: holder, mention: mention, resolution: "'\(mention)' → \(holder), named with that role in the article")
      }
      // `Sprecher des Weißen Hauses`: a role of an organisation the text names is someone new.
      if let complement = genitiveComplement(after: range, in: sentence) {
        let name = sentence.texts[range.lowerBound..<complement.upperBound].joined(separator: " ")
        return Speakers.Resolved(name: name, mention: name, resolution: "a role of the organisation named after it")
      }
      if !namesOrganization, let person = speakers.lastMentioned(fitting: data.genders[role]) ?? speakers.lastPerson {
        return Speakers.Resolved(name: person, mention: mention, resolution: "the description '\(mention)' → \(person), the person named last")
      }
    }
    return speakers.resolve(range, in: sentence)
  }

  /// Whether a phrase starting at `index` can be a clause's subject: it opens the sentence or
  /// follows punctuation or an article, not a preposition.
  func startsAClause(_ index: Int, in sentence: SentenceWords) -> Bool {
    if index == 0 { return true }
    let before = index - 1
    if !sentence.isWord(before) { return true }
    let word = sentence.lowered[before]
    return data.word(word, isA: .article, .conjunction) || data.word(word, isA: .complementizer, .complementizerOutside)
  }

  /// The first run of capitalised words at or after `start` in the clause.
  func firstCapitalizedRun(in sentence: SentenceWords, from start: Int) -> Range<Int>? {
    var first = start
    while first < sentence.count && !sentence.isCapitalized(first) {
      if sentence.isPunctuation(first, ",") || sentence.isPunctuation(first, ":") { return nil }
      first += 1
    }
    guard first < sentence.count else { return nil }
    var end = first
    while end < sentence.count && sentence.isCapitalized(end) { end += 1 }
    return first..<end
  }

  func lastCapitalizedRun(_ sentence: SentenceWords, before end: Int) -> Range<Int>? {
    guard let last = (0..<min(end, sentence.count)).last(where: { sentence.isCapitalized($0) }) else { return nil }
    var first = last
    while first > 0 && sentence.isCapitalized(first - 1) { first -= 1 }
    return first..<(last + 1)
  }
}
