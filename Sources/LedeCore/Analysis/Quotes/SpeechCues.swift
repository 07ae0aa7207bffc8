/// Finds the words in a sentence that attribute speech: reporting verbs (`sagte`, `wies … zurück`,
/// `said`) and attribution phrases (`zufolge`, `laut`, `according to`), outside quotation marks.
struct SpeechCues {
  /// One attribution word or phrase.
  struct Cue {
    enum Kind {
      case verb(SpeechVerb)
      case phrase(SpeechCue.Placement)
      /// A noun for what was said, opening its content (`der Vorwurf, dass …`, `the claim that …`).
      case statement
    }
    /// The first and last token of the cue.
    var first: Int
    var last: Int
    var kind: Kind
    var text: String

    /// Whether the cue is a reporting verb (not an attribution phrase).
    var isVerb: Bool {
      if case .verb = kind { return true }
      return false
    }
  }

  let data: LanguageData
  /// Attribution phrases by their first word, longest first.
  private let phrases: [String: [(words: [String], placement: SpeechCue.Placement)]]
  /// Lets through the first words of `phrases` and the forms of the language's speech verbs
  /// (one filter: a word is hashed once).
  private let cueFilter: WordFilter

  init(data: LanguageData) {
    self.data = data
    let all = data.speechCues.map { (words: $0.key.split(separator: " ").map(String.init), placement: $0.value) }
    phrases = Dictionary(grouping: all.filter { !$0.words.isEmpty }) { $0.words[0] }.mapValues { candidates in
      candidates.sorted { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
    }
    cueFilter = WordFilter(Array(phrases.keys) + Array(data.speechVerbs.keys))
  }

  /// The cues of `sentence` whose tokens lie outside `quoted` spans (sorted by start).
  func cues(in sentence: SentenceWords, outside allQuoted: [Span]) -> [Cue] {
    let quoted = Self.spans(allQuoted, overlapping: sentence.segment.span)
    var cues: [Cue] = []
    var index = 0
    while index < sentence.count {
      defer { index += 1 }
      let offset = sentence.tokens[index].span.start
      guard sentence.isWord(index), !quoted.contains(where: { $0.contains(offset) }) else { continue }
      let word = sentence.lowered[index]
      let mayBeCue = cueFilter.mayContain(word)
      if mayBeCue, let match = phrases[word]?.first(where: { matches($0.words, sentence, at: index) }),
        introducesSource(match, sentence, after: index + match.words.count)
      {
        cues.append(Cue(first: index, last: index + match.words.count - 1, kind: .phrase(match.placement),
          text: sentence.texts[index..<(index + match.words.count)].joined(separator: " ")))
        index += match.words.count - 1
        continue
      }
      if let end = reportPhraseEnd(at: index, in: sentence) {
        cues.append(Cue(first: index, last: end, kind: .phrase(.before), text: sentence.texts[index...end].joined(separator: " ")))
        index = end
        continue
      }
      if sentence.word(index, isA: .statementNoun), opensContent(after: index, in: sentence) {
        cues.append(Cue(first: index, last: index, kind: .statement, text: sentence.texts[index]))
        continue
      }
      guard mayBeCue, let verbs = data.speechVerbs[word] else { continue }
      guard let verb = verbs.first(where: { hasParticle($0, verbAt: index, in: sentence) }) else { continue }
      if data.word(verb.lemma, isA: .impersonalVerb)
        && !(index + 1 < sentence.count && sentence.word(index + 1, isA: .impersonalPronoun))
        && !(index > 0 && sentence.word(index - 1, isA: .impersonalPronoun))
      {
        continue  // `heißen` reports speech only as `hieß es`
      }
      cues.append(Cue(first: index, last: index, kind: .verb(verb), text: sentence.texts[index]))
    }
    // Verbs say more about the speaker than attribution phrases: they come first.
    return cues.filter(\.isVerb) + cues.filter { !$0.isVerb }
  }

  /// Whether a verb without a particle, or the particle of a separable one, is there: it follows
  /// (`wies … zurück`, `wiesen darauf hin`, joined to a word before it as in `wiesen daraufhin`)
  /// or, at a clause end, stands just before the verb (`wie er bekannt gab`).
  private func hasParticle(_ verb: SpeechVerb, verbAt index: Int, in sentence: SentenceWords) -> Bool {
    guard let particle = verb.particle else { return true }
    let prefixes = data.grammar.particleJoiningPrefixes
    let follows = (index + 1..<sentence.count).contains { position in
      let word = sentence.lowered[position]
      return word == particle || word.hasSuffix(particle) && prefixes.contains { word.hasPrefix($0) }
    }
    return follows || (index > 0 && sentence.lowered[index - 1] == particle)
  }

  /// `nach Angaben der Polizei`, `nach ersten Erkenntnissen`, `nach Polizeiangaben`: a report
  /// preposition and, within three words, a report noun (or a compound ending in one); the
  /// index of that noun.
  private func reportPhraseEnd(at index: Int, in sentence: SentenceWords) -> Int? {
    guard sentence.word(index, isA: .reportPreposition) else { return nil }
    let nouns = data.words(.reportNoun)
    for next in (index + 1)..<min(sentence.count, index + 4) {
      guard sentence.isWord(next) else { return nil }
      let word = sentence.lowered[next]
      if nouns.contains(where: { word.hasSuffix($0) }) { return next }
      if sentence.isCapitalized(next) { return nil }
    }
    return nil
  }

  /// Whether a complementizer follows a statement noun, after a comma or not (`Vorwurf, dass`).
  private func opensContent(after index: Int, in sentence: SentenceWords) -> Bool {
    let next = sentence.isPunctuation(index + 1, ",") ? index + 2 : index + 1
    return next < sentence.count && sentence.word(next, isA: .complementizer, .complementizerOutside)
  }

  /// A cue before its source must be followed by one (`so Müller`, `laut der Polizei`), not
  /// by a function word (`so dass`, `so schnell`).
  private func introducesSource(
    _ match: (words: [String], placement: SpeechCue.Placement), _ sentence: SentenceWords, after next: Int
  ) -> Bool {
    guard match.placement == .before else { return true }
    guard next < sentence.count, sentence.isWord(next) else { return false }
    let word = sentence.lowered[next]
    return sentence.isCapitalized(next) || sentence.word(next, isA: .article) || !sentence.isFunctionWord(next)
      && data.speakerPronouns.contains(word)
  }

  /// The spans of `sorted` (ordered by start, not nested) that overlap `range`, by binary search.
  static func spans(_ sorted: [Span], overlapping range: Span) -> ArraySlice<Span> {
    let low = sorted.partitioningIndex { $0.end > range.start }
    var end = low
    while end < sorted.count && sorted[end].start < range.end { end += 1 }
    return sorted[low..<end]
  }

  private func matches(_ words: [String], _ sentence: SentenceWords, at index: Int) -> Bool {
    guard index + words.count <= sentence.count else { return false }
    return words.enumerated().allSatisfy { sentence.lowered[index + $0.offset] == $0.element }
  }
}
