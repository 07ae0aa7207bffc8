import Synchronization

/// A loaded article: its text, metadata and segmentation. Immutable once built; analyses are
/// pure functions over it.
///
/// Offsets everywhere are Unicode scalar offsets into `text` (Python `str` indices). `text` is
/// the decoded document with line ends normalised to `\n`: for `.txt` files the whole file,
/// header lines included (they are `Segment`s of kind metadata, byline, dateline), so that
/// offsets equal those of the file; for Markdown the part after the front matter; for HTML the
/// extracted paragraphs joined by blank lines; for JSON the text field.
public struct Article: Sendable {
  /// How lede came to know the article's language.
  public enum LanguageSource: String, Sendable, Codable {
    case detected, declared, requested, assumed
  }

  /// A short name for prompts and `use`, from the file name or an `id` field; the shell
  /// renames an article whose name is already taken.
  public var name: String
  /// Everything but the name, built once and shared by every copy: an article is copied into
  /// sessions, corpora and results, and a copy costs one reference, not one per field.
  private let parts: Parts

  /// Where the article came from: a path, `path:LINE` for JSON Lines, or `-` for stdin.
  public var origin: String { parts.origin }
  public var format: ArticleFormat { parts.format }
  public var encoding: TextEncoding { parts.encoding }
  public var text: String { parts.text }
  public var metadata: ArticleMetadata { parts.metadata }
  public var language: Language { parts.language }
  public var languageSource: LanguageSource { parts.languageSource }
  /// Paragraphs: runs of lines between blank lines (or single lines, where the text puts
  /// one paragraph on each line).
  public var paragraphs: [Span] { parts.paragraphs }
  /// Header and text segments in text order.
  public var segments: [Segment] { parts.segments }
  /// The segments analyses read: headline, subheadings and sentences, in text order.
  public var sentences: [Segment] { parts.sentences }
  public var tokens: TokenList { parts.tokens }
  /// The words of `sentences` (`Token.isWord`), the ones `articleWords` lists: one count everywhere.
  public var wordCount: Int { parts.wordCount }
  /// Problems met while loading that did not stop it (an encoding guess).
  public var warnings: [String] { parts.warnings }
  private var offsets: ScalarOffsetIndex { parts.offsets }

  /// The immutable parts of an article.
  private final class Parts: Sendable {
    let origin: String
    let format: ArticleFormat
    let encoding: TextEncoding
    let text: String
    let metadata: ArticleMetadata
    let language: Language
    let languageSource: LanguageSource
    let paragraphs: [Span]
    let segments: [Segment]
    let sentences: [Segment]
    let tokens: TokenList
    let wordCount: Int
    let warnings: [String]
    let offsets: ScalarOffsetIndex
    /// The text of every token, in `tokens`' order: cut once, by the first analysis that asks.
    let tokenTexts = Mutex<[String]?>(nil)

    init(
      origin: String, format: ArticleFormat, encoding: TextEncoding, text: String, metadata: ArticleMetadata,
      language: Language, languageSource: LanguageSource, paragraphs: [Span], segments: [Segment],
      tokens: TokenList, offsets: ScalarOffsetIndex, warnings: [String]
    ) {
      self.origin = origin
      self.format = format
      self.encoding = encoding
      self.text = text
      self.metadata = metadata
      self.language = language
      self.languageSource = languageSource
      self.paragraphs = paragraphs
      self.segments = segments
      self.sentences = segments.filter { $0.kind.isProse }
      self.tokens = tokens
      self.warnings = warnings
      self.offsets = offsets
      var words = 0
      for sentence in sentences {
        for index in tokens.indices(within: sentence.span) where tokens[index].isWord { words += 1 }
      }
      self.wordCount = words
    }
  }

  init(
    name: String, origin: String, format: ArticleFormat, encoding: TextEncoding, text: String,
    metadata: ArticleMetadata, language: Language, languageSource: LanguageSource,
    paragraphs: [Span], segments: [Segment], tokens: TokenList, offsets: ScalarOffsetIndex, warnings: [String]
  ) {
    self.name = name
    self.parts = Parts(
      origin: origin, format: format, encoding: encoding, text: text, metadata: metadata, language: language,
      languageSource: languageSource, paragraphs: paragraphs, segments: segments, tokens: tokens, offsets: offsets,
      warnings: warnings)
  }

  /// The number of Unicode scalars in `text`.
  public var length: Int { offsets.scalarCount }

  /// The text of `span`; offsets past the end are clamped.
  public func text(of span: Span) -> Substring {
    let lower = offsets.index(of: min(span.start, length), in: text)
    let upper = offsets.index(of: min(span.end, length), in: text)
    return text[lower..<upper]
  }

  /// The title from metadata or, failing that, the headline segment.
  public var title: String? {
    if let title = metadata.title { return title }
    return segments.first { $0.kind == .headline }.map { String(text(of: $0.span)) }
  }

  /// The number (in `sentences`) of the last sentence that starts at or before `offset`: the
  /// sentence an offset lies in, found by binary search; 0 before the first.
  public func sentenceIndex(at offset: Int) -> Int {
    max(0, sentences.partitioningIndex { $0.span.start > offset } - 1)
  }

  /// The tokens inside `span`.
  public func tokens(in span: Span) -> [Token] {
    tokens.indices(within: span).map { tokens[$0] }
  }

  /// The tokens inside `span` with their text. The texts of all the article's tokens are cut
  /// in one pass over its text the first time any are asked for, and shared by every copy of
  /// the article: entities, roles and quotes read the same sentences' words.
  public func tokenTexts(in span: Span) -> [(token: Token, text: String)] {
    let range = tokens.indices(within: span)
    guard !range.isEmpty else { return [] }
    let texts = allTokenTexts
    return range.map { (tokens[$0], texts[$0]) }
  }

  /// The indices (in `tokens`) of the tokens inside `span`, and the texts of all the
  /// article's tokens: `tokenTexts(in:)` for a reader that takes what it needs of each token
  /// and makes no pairs of them.
  func tokenIndices(in span: Span) -> (range: Range<Int>, texts: [String]) {
    let range = tokens.indices(within: span)
    return (range, range.isEmpty ? [] : allTokenTexts)
  }

  /// The texts of all the article's tokens, cut the first time they are asked for.
  private var allTokenTexts: [String] {
    parts.tokenTexts.withLock { cached in
      if let cached { return cached }
      let cut = Self.cut(tokens, from: text)
      cached = cut
      return cut
    }
  }

  /// The text of each of `tokens` in `text`, cut from its UTF-8 bytes, stepping over scalars by
  /// their lead bytes.
  private static func cut(_ tokens: TokenList, from text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [String] = []
      result.reserveCapacity(tokens.count)
      var position = 0
      var offset = 0
      func skip(_ scalars: Int) {
        for _ in 0..<scalars where position < bytes.count {
          let lead = bytes[position]
          position += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        }
      }
      for token in tokens {
        skip(token.span.start - offset)
        let begin = position
        skip(token.span.length)
        result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<min(position, bytes.count)]), as: UTF8.self))
        offset = token.span.end
      }
      return result
    }
  }

  /// One line per segment and token with offsets: the oracle that segmentation tests compare.
  public func dump() -> String {
    var lines: [String] = []
    for segment in segments {
      lines.append("\(segment.kind.rawValue) \(segment.span) \(text(of: segment.span))")
      for token in tokens(in: segment.span) {
        lines.append("  \(token.kind) \(token.span) \(text(of: token.span))")
      }
    }
    return lines.joined(separator: "\n")
  }
}

/// Maps Unicode scalar offsets to `String.Index` in constant time: ASCII text maps directly,
/// other text through the UTF-8 offset of every 64th scalar.
struct ScalarOffsetIndex: Sendable {
  static let stride = 64
  let scalarCount: Int
  /// UTF-8 offsets of scalars 0, 64, 128, …; nil for ASCII text.
  private let checkpoints: [UInt32]?

  init(scalarCount: Int, checkpoints: [UInt32]?) {
    self.scalarCount = scalarCount
    self.checkpoints = checkpoints
  }

  func index(of scalarOffset: Int, in text: String) -> String.Index {
    let utf8 = text.utf8
    guard let checkpoints else { return utf8.index(utf8.startIndex, offsetBy: scalarOffset) }
    let checkpoint = scalarOffset / Self.stride
    guard checkpoint < checkpoints.count else { return text.endIndex }
    let remaining = scalarOffset - checkpoint * Self.stride
    let byteOffset = Int(checkpoints[checkpoint])
    // Step over the remaining scalars by their lead bytes (much cheaper than the scalar view).
    let advanced = utf8.withContiguousStorageIfAvailable { bytes -> Int in
      var position = byteOffset
      for _ in 0..<remaining where position < bytes.count {
        let lead = bytes[position]
        position += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      }
      return min(position, bytes.count)
    }
    if let advanced { return utf8.index(utf8.startIndex, offsetBy: advanced) }
    return text.unicodeScalars.index(utf8.index(utf8.startIndex, offsetBy: byteOffset), offsetBy: remaining)
  }
}
