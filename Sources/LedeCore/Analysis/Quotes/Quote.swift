/// A quotation or a piece of reported speech, with who said it.
///
/// Field names are those of lede's JSON contract; `start` and `end` are Unicode scalar
/// offsets into `Article.text` of the quoted words, without quotation marks.
public struct Quote: Sendable, Equatable {
  /// What kind of quotation it is.
  public enum Kind: String, Sendable, CaseIterable, Codable {
    /// A whole utterance in quotation marks.
    case direct
    /// A quoted fragment inside the writer's own sentence.
    case partial
    /// Quoted words nobody is reported as saying (titles, names, distancing).
    case scare
    /// Reported speech without quotation marks.
    case indirect
  }

  public var text: String
  /// The speaker's canonical name, or nil when the text does not say.
  public var speaker: String?
  /// The speech verb or attribution word (`sagte`, `zufolge`, `said`).
  public var cue: String?
  public var kind: Kind
  public var span: Span
  /// Why lede decided so, for `quotes --explain`.
  public var explanation: Explanation

  public var start: Int { span.start }
  public var end: Int { span.end }
}

/// The reasoning behind a quote: the rule that found it and how its speaker was found.
public struct Explanation: Sendable, Equatable {
  /// The rule that found or classified the quote, in words.
  public var rule: String
  /// Where the cue stands.
  public var cueSpan: Span?
  /// The words that name the speaker in the text (`er`, `Analystin Rachel Minyoung Lee`).
  public var speakerMention: String?
  /// How the mention became the speaker's name (a pronoun resolved, a longer name form used).
  public var resolution: String?

  public init(rule: String, cueSpan: Span? = nil, speakerMention: String? = nil, resolution: String? = nil) {
    self.rule = rule
    self.cueSpan = cueSpan
    self.speakerMention = speakerMention
    self.resolution = resolution
  }
}
