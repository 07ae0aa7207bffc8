/// An article with annotated quotes, to train and measure the quote models on: the article as
/// lede reads it, its entities, and each quote's span, kind, canonical speaker and cue.
public struct AnnotatedArticle: Sendable {
  /// An annotated quote; spans are offsets into `article.text`.
  public struct Quote: Sendable {
    public var span: Span
    public var kind: LedeCore.Quote.Kind
    public var speaker: String?
    public var cue: Span?
    /// The words that name the speaker, where the corpus marks them.
    public var mention: Span?

    public init(span: Span, kind: LedeCore.Quote.Kind, speaker: String?, cue: Span? = nil, mention: Span? = nil) {
      self.span = span
      self.kind = kind
      self.speaker = speaker
      self.cue = cue
      self.mention = mention
    }

    var isIndirect: Bool { kind == .indirect }
  }

  public let id: String
  public let article: Article
  public let entities: [Entity]
  public let quotes: [Quote]

  public init(id: String, article: Article, entities: [Entity], quotes: [Quote]) {
    self.id = id
    self.article = article
    self.entities = entities
    self.quotes = quotes
  }
}
