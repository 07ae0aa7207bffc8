/// A stretch of an article with one role: a header line, the headline, a sentence.
public struct Segment: Hashable, Codable, Sendable {
  /// The role of a segment. Header segments (metadata, byline, dateline) are kept apart from
  /// the text that analyses read: headline, subheadings and sentences.
  public enum Kind: String, Codable, Sendable {
    /// A metadata line such as `date 2024-06 Quelle: …`.
    case metadata
    /// The article's title.
    case headline
    /// The authors' line, `- von Ju-min Park und Josh Smith`, `By Jane Doe`.
    case byline
    /// The place and agency in front of the first sentence, `Seoul (Reuters) -`.
    case dateline
    /// A heading inside the body, often in capitals.
    case subheading
    case sentence

    /// Whether analyses read this segment as running text.
    public var isProse: Bool { self == .headline || self == .subheading || self == .sentence }
  }

  public let kind: Kind
  /// Unicode scalar offsets into `Article.text`.
  public let span: Span
  /// The index of the paragraph the segment belongs to, in `Article.paragraphs`.
  public let paragraph: Int

  public init(kind: Kind, span: Span, paragraph: Int) {
    self.kind = kind
    self.span = span
    self.paragraph = paragraph
  }
}
