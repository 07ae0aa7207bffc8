import Foundation

/// Reads articles from JSON: an object with a text field (`text`, `body`, `content`,
/// `article`) and metadata fields, an array of such objects, or JSON Lines (one per line).
struct JSONArticleReader {
  let fields: MetadataFields
  /// The fields named for the text, id, date and language, where they are not the usual ones.
  var names = JSONFields()

  private static let textKeys = ["text", "body", "content", "article", "articleBody"]

  /// One `.json` document: an object or an array of objects.
  func readDocument(_ source: String) throws -> [ArticleDraft] {
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(source.utf8), options: [.fragmentsAllowed])
    } catch {
      throw LedeError.malformedJSON(line: Self.line(of: error, in: source), detail: Self.detail(of: error))
    }
    if let objects = value as? [Any] {
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
    let value: Any
    do {
      value = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
    } catch {
      throw LedeError.malformedJSON(line: number, detail: Self.detail(of: error))
    }
    return try draft(from: value, line: number)
  }

  func draft(from value: Any, line: Int?) throws -> ArticleDraft {
    guard let object = value as? [String: Any] else {
      throw LedeError.malformedJSON(line: line ?? 1, detail: "expected an object with a \"text\" field")
    }
    let textKeys = names.text.map { [$0] } ?? Self.textKeys
    guard let text = textKeys.lazy.compactMap({ object[$0] as? String }).first, !text.trimmingWhitespace().isEmpty
    else { throw LedeError.missingTextField(line: line, field: names.text) }
    var draft = ArticleDraft(text: TextDecoding.normalizeLineEnds(text))
    draft.identifier = names.idKeys.lazy.compactMap { object[$0].map { "\($0)" } }.first
    let named = [(names.date, "date"), (names.language, "language")].compactMap { name, key in name.map { ($0, key) } }
    for key in object.keys.sorted() where !textKeys.contains(key) && !named.contains(where: { $0.0 == key }) {
      store(object[key], forKey: key, in: &draft)
    }
    // A field named for the date or language is stored last, so that it wins over the usual ones.
    for (name, key) in named { store(object[name], forKey: key, in: &draft) }
    return draft
  }

  private func store(_ value: Any?, forKey key: String, in draft: inout ArticleDraft) {
    let values: [String]
    switch value {
    case let string as String: values = [string]
    case let strings as [Any]: values = strings.compactMap { ($0 as? String) ?? ($0 as? [String: Any])?["name"] as? String }
    case let person as [String: Any]: values = [person["name"] as? String].compactMap { $0 }
    default: return
    }
    fields.store(values, forKey: key, in: &draft.metadata, warnings: &draft.warnings)
  }

  /// The line of the byte offset that Foundation names in "around character N".
  static func line(of error: Error, in source: String) -> Int {
    let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    guard let range = description.range(of: "character "),
      let offset = Int(description[range.upperBound...].prefix(while: \.isNumber))
    else { return 1 }
    return source.utf8.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  static func detail(of error: Error) -> String {
    let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
    let trimmed = description.split(separator: " around").first.map(String.init) ?? description
    return trimmed.prefix(1).lowercased() + trimmed.dropFirst()
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
    guard text.utf8.contains(0x0D) else { return text }
    return String(decoding: normalizeLineEnds(Array(text.utf8)[...]), as: UTF8.self)
  }
}
