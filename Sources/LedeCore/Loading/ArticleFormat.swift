/// The file formats lede reads articles from.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
  /// Plain text, with an optional agency-style header (metadata line, byline, dateline).
  case text = "txt"
  /// Markdown with optional YAML front matter.
  case markdown = "md"
  case html
  /// One JSON object (or an array of them) with a text field and metadata fields.
  case json
  /// JSON Lines: one article object per line.
  case jsonLines = "jsonl"

  /// Every file name extension lede reads (lower-cased), with the format it stands for.
  public static let extensions: KeyValuePairs<String, ArticleFormat> = [
    "txt": .text, "text": .text, "md": .markdown, "markdown": .markdown, "html": .html, "htm": .html, "xhtml": .html,
    "json": .json, "jsonl": .jsonLines, "ndjson": .jsonLines,
  ]

  /// The format a file name's extension stands for, or nil if lede does not read it.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
    let ending = fileName[fileName.index(after: dot)...].lowercased()
    guard let format = Self.extensions.first(where: { $0.key == ending })?.value else { return nil }
    self = format
  }

  /// Accepts the names users type after `--as`: `txt`, `text`, `md`, `html`, `json`, `jsonl`.
  public init?(name: String) {
    if let format = ArticleFormat(fileName: "x." + name) { self = format } else { return nil }
  }
}

/// An article as a format reader found it, before header recognition and segmentation.
public struct ArticleDraft: Sendable {
  /// A heading the source marks as such (HTML `h1`–`h6`, Markdown `#`), level 1 = the title.
  public struct Heading: Sendable, Equatable {
    public var span: Span
    public var level: Int
  }

  public var text: String
  public var metadata = ArticleMetadata()
  public var headings: [Heading] = []
  /// An identifier the source gives (a JSON `id`), used as the article's name.
  public var identifier: String?
  public var encoding: TextEncoding = .utf8
  public var warnings: [String] = []
  /// Whether the text may start with an agency-style header (plain text only).
  public var mayHaveTextHeader = false

  public init(text: String) {
    self.text = text
  }
}
