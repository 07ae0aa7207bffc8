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

/// The reasoning behind a quote: what found it, the cue, and how the speaker was chosen
/// (the candidates the speaker model ranked, with their scores, and the features that weighed
/// most for the winner).
public struct Explanation: Sendable, Equatable {
  /// A feature of a decision and its learned weight.
  public struct Reason: Sendable, Equatable {
    public var feature: String
    public var weight: Float
  }

  /// A speaker candidate and its score (nil name: nobody).
  public struct Candidate: Sendable, Equatable {
    public var name: String?
    public var score: Float
  }

  /// What found the quote or decided its kind, in words.
  public var rule: String
  /// Where the cue stands.
  public var cueSpan: Span?
  /// The words that name the speaker in the text (`er`, `Analystin Rachel Minyoung Lee`).
  public var speakerMention: String?
  /// Where those words stand.
  public var speakerMentionSpan: Span?
  /// How the mention became the speaker: the evidence of the chosen candidate.
  public var resolution: String?
  /// The construction of the reported words (indirect speech).
  public var content: String?
  /// Why the content or kind was chosen: the features that weighed most.
  public var contentReasons: [Reason] = []
  /// The best-scoring speaker candidates, best first.
  public var candidates: [Candidate] = []
  /// The features that weighed most for the chosen speaker.
  public var speakerReasons: [Reason] = []

  public init(rule: String, cueSpan: Span? = nil, speakerMention: String? = nil, resolution: String? = nil) {
    self.rule = rule
    self.cueSpan = cueSpan
    self.speakerMention = speakerMention
    self.resolution = resolution
  }
}
