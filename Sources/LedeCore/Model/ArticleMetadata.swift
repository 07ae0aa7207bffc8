/// What is known about an article besides its text: from a header in the text, front matter,
/// HTML meta tags, JSON fields, or the user's `load --date/--lang`.
public struct ArticleMetadata: Hashable, Codable, Sendable {
  public var title: String?
  /// The document creation date, at the precision the source gives (`2024-06`).
  public var date: CalendarDate?
  /// Who published or owns the text (`Thomson Reuters`).
  public var source: String?
  /// The authors named in the byline or metadata, in order.
  public var authors: [String] = []
  /// The place in the dateline (`Seoul`).
  public var dateline: String?
  /// The news agency named in the dateline (`Reuters`).
  public var agency: String?
  public var url: String?
  /// The language the source declares (HTML `lang`, a `lang` field); detection decides otherwise.
  public var language: Language?

  public init() {}

  /// Fills every field that is empty here from `other`.
  public mutating func complete(with other: ArticleMetadata) {
    title = title ?? other.title
    date = date ?? other.date
    source = source ?? other.source
    if authors.isEmpty { authors = other.authors }
    dateline = dateline ?? other.dateline
    agency = agency ?? other.agency
    url = url ?? other.url
    language = language ?? other.language
  }
}
