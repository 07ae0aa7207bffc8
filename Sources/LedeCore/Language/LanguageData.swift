/// What lede knows about one language: word lists read from that language's data files
/// (`LedeLanguages` loads them; the analyses here only read them).
public struct LanguageData: Sendable {
  /// How an abbreviation's period behaves at the end of a sentence.
  public enum AbbreviationUse: String, Sendable {
    /// Never ends a sentence (`Dr.`, `z.`, `Mr.`).
    case inner
    /// Often closes a sentence too (`usw.`, `etc.`, `Inc.`).
    case mayEnd = "may-end"
  }

  public let language: Language
  /// Abbreviations with their final period, as written (`Dr.`, `bzw.`, `Jan.`).
  public var abbreviations: [String: AbbreviationUse] {
    didSet { longestAbbreviation = Self.longest(abbreviations) }
  }
  /// The length of the longest abbreviation in Unicode scalars: longer words are never looked up.
  public private(set) var longestAbbreviation: Int
  /// Frequent function words, lower-cased: the evidence for language detection and the cue
  /// that a capitalised word after an abbreviation starts a new sentence.
  public var functionWords: Set<String> {
    didSet { updateRuleFunctionWords() }
  }
  /// Stop words, lower-cased (`stop-words.txt`): left out of `freq` and `keywords`.
  public var stopWords: Set<String> = []
  /// Inflectional endings, longest first (`inflection-endings.txt`): `Putins` and `Putin` are
  /// forms of one word when both occur.
  public var inflectionEndings: [String] = [] {
    didSet { inflectionEndings.sort { $0.count > $1.count } }
  }
  /// Month names and their abbreviations, lower-cased, without a period, to month numbers.
  public var months: [String: Int]
  /// Words that introduce a byline (`von`, `by`), lower-cased.
  public var bylineMarkers: Set<String>
  /// Words that join author names in a byline (`und`, `and`), lower-cased.
  public var nameJoiners: Set<String>
  /// Keys of metadata header lines (`quelle`, `date`), lower-cased, to the field they fill.
  public var metadataKeys: [String: MetadataField]
  /// Inflected forms of reporting verbs (`sagte`, `said`), lower-cased; a form of several verbs
  /// (`gab` of `angeben` and `bekanntgeben`) lists each, told apart by their particles.
  public var speechVerbs: [String: [SpeechVerb]] = [:]
  /// Attribution words without a verb (`zufolge`, `laut`, `according to`), lower-cased, by
  /// where the source stands.
  public var speechCues: [String: SpeechCue.Placement] = [:]
  /// Pronouns that may stand for a speaker (`er`, `she`).
  public var speakerPronouns: Set<String> = []
  /// Titles and role nouns in front of names (`präsident`, `commissioner`), lower-cased.
  public var roles: Set<String> = [] {
    didSet { updateRoleForms() }
  }
  /// Every role noun and each of its case forms, to the role noun (kept in step with `roles`
  /// and the `noun-case-ending` words): `präsidenten` → `präsident`.
  private var roleForms: [String: String] = [:]
  /// The last `shortestRoleHead` scalars of every form in `roleForms`: a word that ends
  /// otherwise has no role noun as its head, and its splits need not be tried.
  private var roleFormEndings: Set<String> = []
  /// Courtesy titles, also in `roles` (`mr.`, `frau`): always followed by a name, so never a
  /// description on their own (`Mr. King` is a man named King, not a king).
  public var courtesyTitles: Set<String> = []
  /// Words that make a name an organisation's (`zeitung`, `ministry`), lower-cased.
  public var organizationWords: Set<String> = []
  /// The grammatical gender of pronouns and role nouns that have one (`er`, `analystin`, `she`).
  public var genders: [String: Gender] = [:]
  /// The words of time expressions (`time-words.tsv`, month names from `months.tsv`).
  public var timeLexicon = TimeLexicon()
  /// The patterns of time expressions, in the order of `time-patterns.tsv`.
  public var timePatterns: [TimePattern] = [] {
    didSet { timePatternIndex = TimePatternIndex(patterns: timePatterns) }
  }
  /// `timePatterns` indexed for matching (kept in step with them).
  private(set) var timePatternIndex = TimePatternIndex(patterns: [])
  /// How the language builds sentences and words (`grammar.tsv`).
  public var grammar = Grammar()
  /// Function words by the part they play in the quote rules (`grammar-words.tsv`).
  public var wordClasses: [WordClass: Set<String>] = [:] {
    didSet {
      updateRuleFunctionWords()
      updateRoleForms()
    }
  }
  /// The function words the quote rules stop at: `functionWords` (kept to words that tell the
  /// languages apart) and every closed-class word of `wordClasses` (`in`, `so`, `that`).
  public private(set) var ruleFunctionWords: Set<String> = []
  /// Lets through every word of `wordClasses` (kept in step with them).
  private var wordClassFilter = WordFilter()
  /// Every word of `wordClasses` with the bits (`WordClass.bit`) of the classes it is in, so
  /// that asking about a word hashes the word once and never the class.
  private var bitsOfWord: [String: UInt64] = [:]

  /// The role noun a word is a form of (`präsidenten` → `präsident`), lower-cased; nil if none.
  /// The language's noun case endings (`noun-case-ending` words) are tried longest first. In a
  /// language that closes compounds (it has `compound-joint` words), a role noun that ends a
  /// longer word is that word's head (`wirtschaftsminister` → `minister`, `ex-präsident`).
  public func roleLemma(_ word: String) -> String? {
    if let lemma = roleForms[word] { return lemma }
    guard !words(.compoundJoint).isEmpty else { return nil }
    let scalars = word.unicodeScalars
    let shortestHead = Self.shortestRoleHead
    let shortestModifier = 2
    let count = scalars.count
    guard count >= shortestModifier + shortestHead, roleFormEndings.contains(String(scalars.suffix(shortestHead))) else {
      return nil
    }
    // Every split is tried, so a joint (`Wirtschaft-s-`, `Ex-`) simply stays with the modifier.
    var start = scalars.index(scalars.startIndex, offsetBy: shortestModifier)
    for _ in shortestModifier...(count - shortestHead) {
      if let lemma = roleForms[String(scalars[start...])] { return lemma }
      start = scalars.index(after: start)
    }
    return nil
  }

  /// Fills `roleForms`: each role noun as itself first, then with each case ending, longest
  /// first, where no role noun is spelt so already.
  private mutating func updateRoleForms() {
    var forms = Dictionary(uniqueKeysWithValues: roles.map { ($0, $0) })
    for ending in words(.nounCaseEnding).sorted(by: { $0.count > $1.count || $0.count == $1.count && $0 < $1 }) {
      for role in roles where forms[role + ending] == nil { forms[role + ending] = role }
    }
    roleForms = forms
    roleFormEndings = Set(forms.keys.map { String($0.unicodeScalars.suffix(Self.shortestRoleHead)) })
  }

  /// The fewest scalars of a role noun that `roleLemma` takes for a compound's head; a word's
  /// last so many scalars tell whether a role form may head it.
  private static let shortestRoleHead = 4

  /// `word` without the language's genitive ending (`genitive-ending` words: German `Putins` →
  /// `Putin`), or nil if it has none (English has none: `Democrats` is a plural).
  public func withoutGenitiveEnding(_ word: String) -> String? {
    var longest: String?
    for ending in words(.genitiveEnding) where word.hasSuffix(ending) && word.count > ending.count {
      if ending.count > longest?.count ?? -1 { longest = ending }
    }
    return longest.map { String(word.dropLast($0.count)) }
  }

  /// Whether a lower-cased word ends in an organisation word (`bundesministerium`), in the
  /// genitive too (`bundesministeriums`, `genitive-ending` words).
  public func endsInOrganizationWord(_ word: String) -> Bool {
    if organizationWords.contains(where: { word.hasSuffix($0) }) { return true }
    for ending in words(.genitiveEnding) where word.hasSuffix(ending) {
      let stem = word.dropLast(ending.count)
      if organizationWords.contains(where: { stem.hasSuffix($0) }) { return true }
    }
    return false
  }

  /// The words of one class.
  public func words(_ wordClass: WordClass) -> Set<String> { wordClasses[wordClass] ?? [] }

  /// The words of a class of endings, longest first (then in alphabetical order), to be tried in turn.
  public func endings(_ wordClass: WordClass) -> [String] {
    words(wordClass).sorted { $0.count > $1.count || $0.count == $1.count && $0 < $1 }
  }

  private mutating func updateRuleFunctionWords() {
    let closed = WordClass.allCases.filter(\.isClosed).compactMap { wordClasses[$0] }
    ruleFunctionWords = closed.reduce(functionWords) { $0.union($1) }
    wordClassFilter = WordFilter(wordClasses.values.joined())
    bitsOfWord = [:]
    for (wordClass, words) in wordClasses {
      for word in words { bitsOfWord[word, default: 0] |= wordClass.bit }
    }
  }

  /// The classes `word` (lower-cased) belongs to, as the sum of their bits (`WordClass.bit`).
  func wordClassBits(of word: String) -> UInt64 {
    wordClassFilter.mayContain(word) ? bitsOfWord[word] ?? 0 : 0
  }

  /// Whether `word` (lower-cased) belongs to `wordClass`.
  public func word(_ word: String, isA wordClass: WordClass) -> Bool {
    wordClassBits(of: word) & wordClass.bit != 0
  }

  /// Whether `word` (lower-cased) belongs to either class.
  public func word(_ word: String, isA first: WordClass, _ second: WordClass) -> Bool {
    wordClassBits(of: word) & (first.bit | second.bit) != 0
  }

  public init(
    language: Language, abbreviations: [String: AbbreviationUse] = [:], functionWords: Set<String> = [],
    months: [String: Int] = [:], bylineMarkers: Set<String> = [], nameJoiners: Set<String> = [],
    metadataKeys: [String: MetadataField] = [:]
  ) {
    self.language = language
    self.abbreviations = abbreviations
    longestAbbreviation = Self.longest(abbreviations)
    self.functionWords = functionWords
    self.ruleFunctionWords = functionWords
    self.months = months
    self.bylineMarkers = bylineMarkers
    self.nameJoiners = nameJoiners
    self.metadataKeys = metadataKeys
  }
}

/// A reporting verb: its lemma, and the particle a separable verb needs (`wies … zurück`).
public struct SpeechVerb: Sendable, Equatable {
  public let lemma: String
  public let particle: String?

  public init(lemma: String, particle: String? = nil) {
    self.lemma = lemma
    self.particle = particle
  }
}

/// The parts function words play in the quote rules.
public enum WordClass: String, Sendable, CaseIterable {
  case article, indefinite
  /// An auxiliary before a participle (`hatte … zugesichert`).
  case perfectAuxiliary = "perfect-auxiliary"
  /// An English auxiliary or adverb between subject and verb (`is demanding`).
  case auxiliary
  /// Opens a reported clause and belongs to it (`dass`, `whether`).
  case complementizer
  /// Opens a reported clause but stays outside it (`that`).
  case complementizerOutside = "complementizer-outside"
  /// A word after a verb that starts a phrase, not a reported clause (`said in a statement`).
  case preposition
  /// A pronoun that can open a reported clause (`said it would rain`).
  case subjectPronoun = "subject-pronoun"
  /// A contracted verb on a pronoun (`’s` in `he’s`).
  case contraction
  case conjunction
  /// Opens an attribution after a comma (`…, wie X berichtete`, `…, so X`).
  case attributionOpener = "attribution-opener"
  /// Links a person to their organisation (`Sifton von Human Rights Watch`).
  case sourcePreposition = "source-preposition"
  /// An adverb made of a preposition and a pronoun (`darin`): as a source it refers to the
  /// document the sentence before introduced (`Darin heißt es: …`).
  case pronominalAdverb = "pronominal-adverb"
  /// A verb whose object does what its infinitive says (`forced Stumpf to admit`, `zwang ihn
  /// zu gestehen`): the object speaks.
  case objectControl = "object-control"
  /// A verb that gives a label or title (`labeled`, `betitelt`): the words in marks after it are
  /// that label, said by nobody.
  case labelVerb = "label-verb"
  /// The ending of an owner's name (`’s` in `police’s claim`): the owner of a speech noun speaks.
  case possessiveEnding = "possessive-ending"
  /// A pronoun for a thing or organisation (`it`): as a speaker, the organisation just before.
  case thingPronoun = "thing-pronoun"
  /// The auxiliary of the passive (`wurden … angekündigt`, `was announced`).
  case passiveAuxiliary = "passive-auxiliary"
  /// Names the agent of a passive (`von der Bewegung`, `by the ministry`): the speaker.
  case agentPreposition = "agent-preposition"
  /// The pronoun of an impersonal report (`hieß es`).
  case impersonalPronoun = "impersonal-pronoun"
  /// A pronoun for people in general (`man`): as the subject of a speech verb it stands for the
  /// source just reported (`Offiziell sagt die Regierung, … Aber man betont auch, dass …`).
  case genericPronoun = "generic-pronoun"
  /// Lemmas of verbs whose object is the person quoted (`zitieren`, `quote`).
  case quotingVerb = "quoting-verb"
  /// Lemmas of verbs that report only impersonally (`heißen`: `hieß es`).
  case impersonalVerb = "impersonal-verb"
  /// An ending a noun takes outside the nominative (German weak nouns: `Präsident-en`).
  case nounCaseEnding = "noun-case-ending"
  /// A joint between the parts of a closed compound (German `Wirtschaft-s-minister`): a language
  /// with these writes compounds as one word, whose last part is its head.
  case compoundJoint = "compound-joint"
  /// An inflection ending of adjectives (German `russisch-e`), to find adjectives before a role noun.
  case adjectiveEnding = "adjective-ending"
  /// A noun for what is said, never who says it (`die Auffassung vertreten`, `so die Vorwürfe der
  /// Anwältin`): no speaker itself, but a genitive after it names one.
  case statementNoun = "statement-noun"
  /// A noun for a report whose source follows (`Angaben`, `Berichten`, `Ansicht`): after a report
  /// preposition it makes an attribution (`nach Angaben der Polizei`); compounds ending in one count.
  case reportNoun = "report-noun"
  /// A preposition that, before a report noun, attributes what the sentence says (`nach`).
  case reportPreposition = "report-preposition"
  /// Opens a genitive attribute after a noun (`der`, `des`, `of`).
  case genitiveMarker = "genitive-marker"
  /// Opens a relative clause after a comma (`…, die angab`, `…, who said`).
  case relativePronoun = "relative-pronoun"
  /// Opens a German subordinate clause whose verb comes last and whose subject follows the
  /// conjunction (`Nachdem die Anwältin dem Richter mitgeteilt hatte`).
  case subordinator
  /// Marks an infinitive (`to`, `zu`): a speech verb after it has the subject of its sentence
  /// (`Sprecher beeilten sich, … zu erklären`).
  case infinitiveMarker = "infinitive-marker"
  /// The ending of an English `-ing` form: a speech verb in it has the subject of its sentence
  /// (`Reid mocked Romney, claiming that …`).
  case progressiveEnding = "progressive-ending"
  /// The ending of a genitive (German `Ministerium-s`), to find the name or noun it inflects.
  case genitiveEnding = "genitive-ending"
  /// An ending of infinitives (German `kommen`): `wird … kommen` is a future, `wird … eröffnet`
  /// a passive. A language without one marks the future by its auxiliary alone.
  case infinitiveEnding = "infinitive-ending"
}

extension WordClass {
  /// The class's own bit: its place among all classes. A raw-value enum is stored as its place
  /// in the declaration (one byte), so the bit needs no search of `allCases`, which would be
  /// asked for every token; `SentenceWordsTests` checks the two agree.
  var bit: UInt64 { 1 << UInt64(unsafeBitCast(self, to: UInt8.self)) }

  /// Whether the class holds function words (articles, prepositions, pronouns …), not content
  /// words, lemmas or endings.
  var isClosed: Bool {
    switch self {
    case .quotingVerb, .impersonalVerb, .nounCaseEnding, .reportNoun, .compoundJoint, .possessiveEnding, .adjectiveEnding, .statementNoun, .contraction,
      .infinitiveEnding, .genitiveEnding, .progressiveEnding:
      false
    default: true
    }
  }
}

/// The gender a pronoun or role noun refers to, for matching pronouns to people.
public enum Gender: String, Sendable { case male, female }

/// An attribution phrase without a verb.
public enum SpeechCue {
  /// Where the source stands relative to the cue: `laut X` (before the source), `X zufolge`
  /// (after), or in the report before (`demnach`: the source of the statement just reported).
  public enum Placement: String, Sendable { case before, after, previous }
}

/// The metadata fields a header line, front matter or a meta tag can fill.
public enum MetadataField: String, Sendable, CaseIterable {
  case title, date, source, author, url, language, dateline, agency
}

/// The data of every language lede knows, plus what no single language owns.
public struct LanguageCatalog: Sendable {
  public let languages: [Language: LanguageData]
  /// News agencies as they appear in datelines, `Reuters`, `dpa`, `AP`.
  public let newsAgencies: Set<String>

  public init(_ languages: [LanguageData], newsAgencies: Set<String>) {
    self.languages = Dictionary(uniqueKeysWithValues: languages.map { ($0.language, $0) })
    self.newsAgencies = newsAgencies
  }

  /// The data for `language`; an empty set of lists if none was loaded.
  public subscript(language: Language) -> LanguageData {
    languages[language] ?? LanguageData(language: language)
  }

  /// Month names of every language, for dates in headers, whose language is not yet known.
  public var allMonths: [String: Int] {
    languages.values.reduce(into: [:]) { $0.merge($1.months) { first, _ in first } }
  }

  /// Metadata keys of every language.
  public var allMetadataKeys: [String: MetadataField] {
    languages.values.reduce(into: [:]) { $0.merge($1.metadataKeys) { first, _ in first } }
  }
}

extension LanguageData {
  fileprivate static func longest(_ abbreviations: [String: AbbreviationUse]) -> Int {
    abbreviations.keys.map { $0.unicodeScalars.count }.max() ?? 0
  }
}
