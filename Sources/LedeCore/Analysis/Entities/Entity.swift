/// A person, organisation, place or other name in an article, with every mention of it.
///
/// Field names are those of lede's JSON contract (`who`): `name` is the canonical, fullest
/// form; mentions carry Unicode scalar offsets into `Article.text`.
public struct Entity: Sendable, Equatable {
  public var name: String
  public var type: EntityType
  /// Every mention, in text order (by span).
  public var mentions: [Mention]
  /// Other forms the article uses (`Putin`, `Putins`), without the canonical name.
  public var aliases: [String]
  /// The role the text gives the entity (`russischer Präsident`, `Analystin`), if any.
  public var role: String?
  /// The organisation a person is introduced with (`Analystin … vom 38 North-Programm`).
  public var affiliation: String?
  /// How often the entity is quoted (filled in when quotes are known).
  public var quotes = 0
  /// A person's gender as the text or the given-name lists suggest it, for pronouns.
  public var gender: Gender?

  public var count: Int { mentions.count }
  /// The sentence of the first mention.
  public var firstSentence: Int { mentions.map(\.sentence).min() ?? 0 }
}

/// One place where an article names an entity.
public struct Mention: Sendable, Equatable {
  public var text: String
  public var span: Span
  public var type: EntityType
  /// The number of the sentence (in `Article.sentences`) it stands in; for a dateline, the
  /// sentence after it.
  public var sentence: Int
  /// The index of its segment in `Article.segments`.
  var segment: Int
  /// The range of the mention's words (`TaggingWords`) within its segment.
  var tokens: Range<Int>

  public var start: Int { span.start }
  public var end: Int { span.end }
}

/// What `who` reports about an article: its entities, and the authors from its byline.
public struct EntityReport: Sendable {
  public var entities: [Entity]
  /// Authors named in the byline or metadata; they are not mentions in the text.
  public var authors: [String]
}
