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
    var drafts: [ArticleDraft]
    switch format {
    case .text:
      var draft = ArticleDraft(text: decoded.text)
      draft.mayHaveTextHeader = true
      drafts = [draft]
    case .markdown: drafts = [MarkdownReader(fields: fields).read(decoded.text)]
    case .html: drafts = [try HTMLReader(fields: fields).read(decoded.text)]
    case .json: drafts = try JSONArticleReader(fields: fields).readDocument(decoded.text)
    case .jsonLines: drafts = try JSONArticleReader(fields: fields).readLines(decoded.text)
    }
    let stem = Self.stem(of: fileName)
    let builder = ArticleBuilder(catalog: catalog, options: options)
    let count = drafts.count
    let build = { @Sendable (index: Int, draft: ArticleDraft) -> Article in
      var draft = draft
      draft.encoding = decoded.encoding
      if let warning = decoded.warning { draft.warnings.insert(warning, at: 0) }
      let name = draft.identifier.map(Self.slug) ?? (count > 1 ? "\(stem)-\(index + 1)" : stem)
      let place = count > 1 && format == .jsonLines ? "\(origin)#\(index + 1)" : origin
      return builder.build(draft, name: name, origin: place, format: format)
    }
    // Many articles in one file (JSON Lines) are built on all cores, a block of them at a time.
    guard count >= Self.parallelFrom else { return drafts.enumerated().map(build) }
    let indexed = Array(drafts.enumerated())
    let blocks = stride(from: 0, to: count, by: Self.parallelFrom).map { indexed[$0..<min($0 + Self.parallelFrom, count)] }
    return OrderedWorkers<[Article]>.map(blocks) { block in block.map(build) }.flatMap { $0 }
  }

  /// The number of articles of one file from which they are built on all cores, in blocks of it.
  static let parallelFrom = 256

  /// One line of JSON Lines as a JSON object; anything else is a `malformedJSON` error (line 1).
  public static func jsonObject(line: String) throws -> [String: Any] {
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    } catch {
      throw LedeError.malformedJSON(line: 1, detail: JSONArticleReader.detail(of: error))
    }
    guard let object = value as? [String: Any] else { throw LedeError.malformedJSON(line: 1, detail: "expected an object with a \"text\" field") }
    return object
  }

  /// The article of one JSON object (a line of JSON Lines), its text, id, date and language
  /// in the fields `names` gives (else the usual ones), as `lede batch` reads a stream.
  /// - Parameter origin: where the object came from (`corpus.jsonl:12`), kept as the origin.
  public func read(jsonObject object: [String: Any], fields names: JSONFields = JSONFields(), origin: String, options: Options = Options()) throws -> Article {
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
}
