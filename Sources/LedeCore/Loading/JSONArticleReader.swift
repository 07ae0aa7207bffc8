/// Reads articles from JSON: an object with a text field (`text`, `body`, `content`,
/// `article`) and metadata fields, an array of such objects, or JSON Lines (one per line).
struct JSONArticleReader {
  let fields: MetadataFields
  /// The fields named for the text, id, date and language, where they are not the usual ones.
  var names = JSONFields()

  private static let textKeys = ["text", "body", "content", "article", "articleBody"]

  /// One `.json` document: an object or an array of objects.
  func readDocument(_ source: String) throws -> [ArticleDraft] {
    let value = try Self.parse(source)
    if case .array(let objects) = value {
      return try objects.map { try draft(from: $0, line: nil) }
    }
    return [try draft(from: value, line: nil)]
  }

  /// The non-blank lines of JSON Lines with their numbers (from 1). Split on the byte, not on
  /// Characters: a line break is one byte in UTF-8.
  static func nonBlankLines(_ source: String) -> [(number: Int, text: Substring)] {
    var source = source
    let breaks = source.withUTF8 { bytes in bytes.indices.filter { bytes[$0] == 0x0A } }
    var lines: [(number: Int, text: Substring)] = []
    lines.reserveCapacity(breaks.count + 1)
    var start = 0
    for (index, end) in (breaks + [source.utf8.count]).enumerated() {
      let lower = source.utf8.index(source.utf8.startIndex, offsetBy: start)
      let upper = source.utf8.index(lower, offsetBy: end - start)
      let text = source[lower..<upper]
      if !isBlank(text) { lines.append((index + 1, text)) }
      start = end + 1
    }
    return lines
  }

  /// Whether a line holds only white space; a line that starts with printable ASCII is decided
  /// at its first byte.
  private static func isBlank(_ line: Substring) -> Bool {
    for byte in line.utf8 {
      switch byte {
      case 0x09, 0x0B, 0x0C, 0x0D, 0x20: continue
      case 0x80...: return line.trimmingWhitespace().isEmpty
      default: return false
      }
    }
    return true
  }

  /// The draft of one (non-blank) line of JSON Lines; errors name its `number`.
  func draft(ofLine line: Substring, number: Int) throws -> ArticleDraft {
    try draft(from: Self.parse(line, line: number), line: number)
  }

  /// `text` as JSON; a mistake is a `malformedJSON` error on `line` (nil: the mistake's line in `text`).
  static func parse(_ text: some StringProtocol, line: Int? = nil) throws -> JSONValue {
    do {
      return try JSONValue.parse(text)
    } catch {
      throw LedeError.malformedJSON(line: line ?? error.line(in: text), detail: error.detail)
    }
  }

  func draft(from value: JSONValue, line: Int?) throws -> ArticleDraft {
    guard case .object(let members) = value else {
      throw LedeError.malformedJSON(line: line ?? 1, detail: "expected an object with a \"text\" field")
    }
    // By key, once (a key written twice: the last counts), so that an object of many fields
    // costs no search per field.
    let object = Dictionary(members, uniquingKeysWith: { _, last in last })
    let textKeys = names.text.map { [$0] } ?? Self.textKeys
    guard let text = textKeys.lazy.compactMap({ object[$0]?.string }).first,
      text.unicodeScalars.contains(where: { !$0.properties.isWhitespace })
    else { throw LedeError.missingTextField(line: line, field: names.text) }
    var draft = ArticleDraft(text: TextDecoding.normalizeLineEnds(text))
    draft.identifier = names.idKeys.lazy.compactMap { object[$0].flatMap(Self.identifier) }.first
    let named = [(names.date, "date"), (names.language, "language")].compactMap { name, key in name.map { ($0, key) } }
    for key in object.keys.sorted() where !textKeys.contains(key) && !named.contains(where: { $0.0 == key }) {
      store(object[key], forKey: key, in: &draft)
    }
    // A field named for the date or language is stored last, so that it wins over the usual ones.
    for (name, key) in named { store(object[name], forKey: key, in: &draft) }
    return draft
  }

  /// An id as written: a string, or a number or truth value as its text; nothing else names an article.
  private static func identifier(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text), .number(let text): text
    case .bool(let truth): "\(truth)"
    default: nil
    }
  }

  private func store(_ value: JSONValue?, forKey key: String, in draft: inout ArticleDraft) {
    let values: [String]
    switch value {
    case .string(let string): values = [string]
    case .array(let elements): values = elements.compactMap { $0.string ?? $0["name"]?.string }
    case .object: values = [value?["name"]?.string].compactMap { $0 }
    default: return
    }
    fields.store(values, forKey: key, in: &draft.metadata, warnings: &draft.warnings)
  }
}

/// The fields of a JSON article that hold its text, id, date and language, when they are not
/// the usual ones (`lede batch --text-field body --id-field uuid`); nil keeps the usual ones.
public struct JSONFields: Sendable, Equatable {
  public var text: String?
  public var id: String?
  public var date: String?
  public var language: String?

  /// The fields that may hold an article's id, in the order they are looked at: the one named,
  /// else `id`, `name`, `slug`.
  public var idKeys: [String] { id.map { [$0] } ?? ["id", "name", "slug"] }

  public init(text: String? = nil, id: String? = nil, date: String? = nil, language: String? = nil) {
    self.text = text
    self.id = id
    self.date = date
    self.language = language
  }
}

extension TextDecoding {
  /// Line ends in a string normalised to `\n`.
  static func normalizeLineEnds(_ text: String) -> String {
    // Searched in the contiguous bytes (a native string's), not through the view's iterator.
    let hasCR = CharacterClass.contains(0x0D, in: text)
    guard hasCR else { return text }
    return String(decoding: normalizeLineEnds(Array(text.utf8)[...]), as: UTF8.self)
  }
}
