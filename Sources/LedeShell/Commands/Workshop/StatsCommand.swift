import LedeCore
import LedeLanguages

/// `stats`: counts and readability of an article.
struct StatsCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "stats", abstract: "Show sentence and word counts, average lengths and readability scores.",
    discussion: """
      Words are tokens with letters; sentences include the headline. Syllables come from \
      hyphenation patterns (Debian's hyphen-de / hyphen-en-us, matched as libhyphen does), \
      counting every break point; patterns cannot split some short words (English `area`), so counts lean low. \
      German: Flesch reading ease after Amstad (180 − ASL − 58.5 × ASW; 0 hard … 100 easy) and \
      the first Wiener Sachtextformel (a school grade, 4 easy … 15 hard). English: Flesch \
      reading ease (206.835 − 1.015 × ASL − 84.6 × ASW) and the Flesch–Kincaid grade \
      (0.39 × ASL + 11.8 × ASW − 15.59). ASL: words per sentence; ASW: syllables per word.
      """,
    arguments: [.init("ID|NAME", .article, help: "another loaded article than the current one", optional: true)],
    examples: ["stats", "stats 1", "stats --all"], scope: .article(needs: []))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let loaded = try arguments[0].map(context.session.article(matching:)) ?? context.session.requireArticle()
    let (record, warning) = record(for: loaded.article)
    if let warning { context.warn(warning) }
    return .record(record)
  }

  /// The counts and scores of an article, and a warning when the hyphenation patterns are
  /// missing (the syllable figures are then null). Touches no session, so it may run on
  /// another thread.
  static func record(for article: Article) -> (Record, warning: String?) {
    var hyphenator: Hyphenator?
    var warning: String?
    switch HyphenationResources.hyphenator(article.language) {
    case .success(let found): hyphenator = found
    case .failure(let error): warning = "\(error); readability scores are left out"
    }
    let counts = readability(of: article, syllables: hyphenator.map { found in { found.syllables(of: $0) } })
    let known = hyphenator != nil
    let round = Value.decimal
    var entries: [Record.Entry] = [
      .init("name", .string(article.name)),
      .init("language", .string(article.language.code)),
      .init("sentences", .int(counts.sentences)),
      .init("words", .int(counts.words)),
      .init("words_per_sentence", title: "words per sentence", round(counts.wordsPerSentence)),
      .init("letters_per_word", title: "letters per word", round(counts.lettersPerWord)),
      .init("long_words", title: "words over 6 letters", .int(counts.longWords)),
      .init("syllables", known ? .int(counts.syllables) : .null),
      .init("syllables_per_word", title: "syllables per word", known ? round(counts.syllablesPerWord) : .null),
      .init("monosyllables", title: "words of 1 syllable", known ? .int(counts.monosyllables) : .null),
      .init("polysyllables", title: "words of 3+ syllables", known ? .int(counts.polysyllables) : .null),
    ]
    switch article.language {
    case .german:
      entries.append(.init("flesch_amstad", title: "Flesch (Amstad)", known ? round(counts.fleschAmstad) : .null))
      entries.append(.init("wiener_sachtextformel", title: "Wiener Sachtextformel", known ? round(counts.wienerSachtextformel) : .null))
    case .english:
      entries.append(.init("flesch_reading_ease", title: "Flesch reading ease", known ? round(counts.fleschReadingEase) : .null))
      entries.append(.init("flesch_kincaid_grade", title: "Flesch–Kincaid grade", known ? round(counts.fleschKincaidGrade) : .null))
    }
    return (Record(entries), warning)
  }
}
