/// How a language builds sentences and words, as far as lede's rules ask (`grammar.tsv`): what
/// would otherwise be a rule's `if the language is German` is a trait of the language here.
public struct Grammar: Sendable {
  /// Where a clause's subject stands from its verb.
  public enum WordOrder: String, Sendable {
    /// Before the verb, also after a quote (`"Really?" Trump asked.`).
    case subjectVerb = "subject-verb"
    /// The verb takes the second place: after a quote or an adverb it comes before the subject
    /// (`„Wirklich?“ fragte er`), the one word before a reporting verb that opens a sentence
    /// may be all that is reported (`Dies teilte das Ministerium mit`), and a report may stand
    /// on both sides of a reporting verb (with the subject first, the words before it are who
    /// speaks).
    case verbSecond = "verb-second"
  }

  public var wordOrder = WordOrder.subjectVerb
  /// Whether every noun is capitalised (German), so that capitals alone mark no name or title.
  public var capitalizesNouns = false
  /// Whether a period right after a number makes it an ordinal (`am 19. Juni`).
  public var ordinalPeriod = false
  /// Endings the entity tagger and the timeline read as words of their own (`Putin’s` → `Putin`
  /// `’s`), tried in their order: an ending that ends in another comes before it (`'s`, `'`).
  public var splitEndings: [String] = []
  /// The ending an adjective takes before a role noun of each gender when no article comes
  /// first (German `russischer Präsident`, `russische Präsidentin`); none where adjectives have
  /// no endings.
  public var roleAdjectiveEndings: [Gender: String] = [:]
  /// Beginnings of words that a separable verb's particle may end, written as one with it
  /// (German `dar`: `wiesen daraufhin` for `wiesen darauf hin`).
  public var particleJoiningPrefixes: [String] = []
  /// The lengths of the endings (in characters) by which the content model reads verb forms
  /// (`sei`, `hätten`; `said`, `would`): two for German, whose Konjunktiv endings are short,
  /// two to four for English (`-ing`, `-ould`); chosen by dev score.
  public var verbEndingLengths = [2]
  /// How the content model that chooses a cue's reported words learns: by the perceptron, or
  /// passive-aggressively from narrow wins as well (`QuoteTraining.updates(for:)`); chosen for
  /// each language by dev score.
  public var reportLearning = ReportLearning.perceptron
  /// Whether the speaker model reads the words right before and after each mention of a
  /// candidate (`by`, `told`, `said`: the agent, the addressee, the subject); chosen for each
  /// language by dev score.
  public var speakerContextWords = false
  /// Whether the content model weighs the written form of a cue (`says`, `saying`, `say` after
  /// `would`) for "nothing is reported", besides its lemma; chosen for each language by dev score.
  public var cueFormsForNothing = false
  /// Whether the content model weighs, for "nothing is reported", whether the cue's sentence
  /// holds a quote in marks and whether a cue before it reported words; chosen for each
  /// language by dev score.
  public var quotesBesideCues = false
  /// Whether the antecedent model reads the words right before and after a name a pronoun may
  /// stand for (`mit Putin`, `Putin sagte`: how the name stands in its sentence); chosen for
  /// each language by dev score.
  public var antecedentContextWords = false

  /// The ways the content model may learn (`report-learning` in `grammar.tsv`).
  public enum ReportLearning: String, Sendable {
    case perceptron
    case passiveAggressive = "passive-aggressive"
  }

  public init() {}

  /// The ending of `splitEndings` that `word` ends in, if the word is more than it and one
  /// more character (`Jones'`, not `'s`).
  public func splitEnding(of word: String) -> String? {
    // The last byte is a cheap test first: most words end in none of the endings' last bytes.
    guard !splitEndings.isEmpty, let last = Self.lastByte(of: word), splitEndings.contains(where: { Self.lastByte(of: $0) == last })
    else { return nil }
    return splitEndings.first { word.hasSuffix($0) && word.count > $0.count + 1 }
  }

  /// The last UTF-8 byte of `text`, read from its storage where it has one (as a native string
  /// does) rather than by stepping back through its view.
  private static func lastByte(of text: String) -> UInt8? {
    text.utf8.withContiguousStorageIfAvailable { $0.last } ?? text.utf8.last
  }

  /// `word`, written at `span` (offsets in Unicode scalars), cut before its split ending: the
  /// stem and the ending, each with its span; nil if it has none.
  public func split(_ word: String, at span: Span) -> (stem: String, stemSpan: Span, ending: String, endingSpan: Span)? {
    guard let ending = splitEnding(of: word) else { return nil }
    let length = ending.unicodeScalars.count
    let cut = span.end - length
    return (String(word.unicodeScalars.dropLast(length)), Span(start: span.start, end: cut), ending, Span(start: cut, end: span.end))
  }
}
