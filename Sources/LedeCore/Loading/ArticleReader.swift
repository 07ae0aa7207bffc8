import Foundation

/// Turns the bytes of a file into articles: decodes them, reads the format, recognises
/// header and metadata, detects the language and segments the text.
///
/// It knows nothing of files or paths: the shell reads the bytes and passes a name.
public struct ArticleReader: Sendable {
  /// What the user asked for at load time.
  public struct Options: Sendable {
    /// The document creation date, overriding any in the article (`load --date`).
    public var date: CalendarDate?
    /// The language, overriding detection (`load --lang`).
    public var language: Language?
    /// The language assumed when detection finds nothing to go on.
    public var fallbackLanguage: Language = .english

    public init(date: CalendarDate? = nil, language: Language? = nil, fallbackLanguage: Language = .english) {
      self.date = date
      self.language = language
      self.fallbackLanguage = fallbackLanguage
    }
  }

  public let catalog: LanguageCatalog

  public init(catalog: LanguageCatalog) {
    self.catalog = catalog
  }

  /// Reads every article in `bytes`.
  /// - Parameters:
  ///   - fileName: the file's name (`putin-kim.de.txt`), for the article's name.
  ///   - origin: where the bytes came from, kept as the article's origin (`Examples/a.txt`).
  public func read(
    _ bytes: [UInt8], fileName: String, origin: String, format: ArticleFormat, options: Options = Options()
  ) throws -> [Article] {
    let decoded = try TextDecoding.decode(bytes)
    let fields = MetadataFields(catalog: catalog)
    let stem = Self.stem(of: fileName)
    var drafts: [ArticleDraft]
    switch format {
    case .text:
      var draft = ArticleDraft(text: decoded.text)
      draft.mayHaveTextHeader = true
      drafts = [draft]
    case .markdown: drafts = [MarkdownReader(fields: fields).read(decoded.text)]
    case .html: drafts = [try HTMLReader(fields: fields).read(decoded.text)]
    case .json: drafts = try JSONArticleReader(fields: fields).readDocument(decoded.text)
    case .jsonLines: return try readLines(decoded, stem: stem, origin: origin, options: options)
    }
    let build = articleBuilder(decoded, stem: stem, origin: origin, count: drafts.count, format: format, options: options)
    return drafts.enumerated().map(build)
  }

  /// The articles of JSON Lines, one per non-blank line: read and built on all cores, a block
  /// of lines at a time (each line's JSON is parsed and its article built on the same core);
  /// an error names the first bad line.
  private func readLines(_ decoded: DecodedText, stem: String, origin: String, options: Options) throws -> [Article] {
    let reader = JSONArticleReader(fields: MetadataFields(catalog: catalog))
    let lines = JSONArticleReader.nonBlankLines(decoded.text)
    guard !lines.isEmpty else { throw LedeError.emptyFile }
    let build = articleBuilder(decoded, stem: stem, origin: origin, count: lines.count, format: .jsonLines, options: options)
    let blocks = stride(from: 0, to: lines.count, by: Self.parallelFrom).map { $0..<min($0 + Self.parallelFrom, lines.count) }
    let work = { @Sendable (block: Range<Int>) in
      Result { try block.map { index in build(index, try reader.draft(ofLine: lines[index].text, number: lines[index].number)) } }
    }
    let parts = blocks.count > 1 ? OrderedWorkers<Result<[Article], Error>>.map(blocks, work) : blocks.map(work)
    return try parts.flatMap { try $0.get() }
  }

  /// What makes the article of the draft at an index: its name (its id, else the file's stem,
  /// numbered when the file holds several), origin (`FILE#N` for a line of JSON Lines) and the
  /// decoding's encoding and warning.
  private func articleBuilder(
    _ decoded: DecodedText, stem: String, origin: String, count: Int, format: ArticleFormat, options: Options
  ) -> @Sendable (Int, ArticleDraft) -> Article {
    let builder = ArticleBuilder(catalog: catalog, options: options)
    return { index, draft in
      var draft = draft
      draft.encoding = decoded.encoding
      if let warning = decoded.warning { draft.warnings.insert(warning, at: 0) }
      let name = draft.identifier.map(Self.slug) ?? (count > 1 ? "\(stem)-\(index + 1)" : stem)
      let place = count > 1 && format == .jsonLines ? "\(origin)#\(index + 1)" : origin
      return builder.build(draft, name: name, origin: place, format: format)
    }
  }

  /// The number of JSON Lines articles built on one core at a time, in a block.
  static let parallelFrom = 256

  /// One line of JSON Lines as JSON; a mistake is a `malformedJSON` error (line 1), and a value
  /// that is no object is refused by `read(jsonObject:)`.
  public static func jsonValue(line: String) throws -> JSONValue {
    try JSONArticleReader.parse(line, line: 1)
  }

  /// The article of one JSON object (a line of JSON Lines), its text, id, date and language
  /// in the fields `names` gives (else the usual ones), as `lede batch` reads a stream.
  /// - Parameter origin: where the object came from (`corpus.jsonl:12`), kept as the origin.
  public func read(jsonObject object: JSONValue, fields names: JSONFields = JSONFields(), origin: String, options: Options = Options()) throws -> Article {
    var reader = JSONArticleReader(fields: MetadataFields(catalog: catalog))
    reader.names = names
    let draft = try reader.draft(from: object, line: nil)
    return ArticleBuilder(catalog: catalog, options: options).build(draft, name: draft.identifier.map(Self.slug) ?? "article", origin: origin, format: .jsonLines)
  }

  /// `putin-kim-pjoengjang.de.txt` → `putin-kim-pjoengjang`: the file name without its
  /// extension and a language-code suffix.
  public static func stem(of fileName: String) -> String {
    var stem = Substring(fileName.split(separator: "/").last ?? Substring(fileName))
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
    if let dot = stem.lastIndex(of: "."), Language(code: String(stem[stem.index(after: dot)...])) != nil,
      stem[stem.index(after: dot)...].count <= 3
    {
      stem = stem[..<dot]
    }
    return slug(String(stem))
  }

  /// Lower-case letters, digits and hyphens: a name that is easy to type after `use`.
  static func slug(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text.utf8) }
    var result = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber {
        result.append(character)
      } else if !result.isEmpty && result.last != "-" {
        result.append("-")
      }
    }
    while result.last == "-" { result.removeLast() }
    return result.isEmpty ? "article" : result
  }

  /// `slug` of ASCII text, a byte at a time (most ids are ASCII).
  private static func asciiSlug(_ bytes: String.UTF8View) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): result.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): result.append(byte + 0x20)
      default: if let last = result.last, last != UInt8(ascii: "-") { result.append(UInt8(ascii: "-")) }
      }
    }
    while result.last == UInt8(ascii: "-") { result.removeLast() }
    return result.isEmpty ? "article" : String(decoding: result, as: UTF8.self)
  }
}
