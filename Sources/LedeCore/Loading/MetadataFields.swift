/// Fills `ArticleMetadata` from key–value pairs (front matter, JSON fields, meta tags), with
/// keys looked up in the languages' metadata-key lists.
struct MetadataFields {
  let keys: [String: MetadataField]
  let months: [String: Int]

  init(catalog: LanguageCatalog) {
    keys = catalog.allMetadataKeys
    months = catalog.allMonths
  }

  /// The field a key names (`Quelle`, `author`, `datePublished`), ignoring case and a colon.
  func field(forKey key: some StringProtocol) -> MetadataField? {
    keys[key.lowercased().trimmingCharacters(in: ":")]
  }

  /// Stores `values` under the field `key` names; returns false for an unknown key.
  /// A date lede cannot read is left out, with a warning.
  @discardableResult
  func store(
    _ values: [String], forKey key: String, in metadata: inout ArticleMetadata, warnings: inout [String]
  ) -> Bool {
    guard let field = field(forKey: key) else { return false }
    let values = values.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    guard let first = values.first else { return true }
    switch field {
    case .title: metadata.title = first
    case .date:
      guard let date = CalendarDate(metadata: first, months: months) else {
        warnings.append("ignored the date '\(first)': \(LedeError.invalidDate(first, expected: "YYYY-MM-DD, YYYY-MM or YYYY"))")
        return true
      }
      metadata.date = date
    case .source: metadata.source = first
    case .author: metadata.authors += values.flatMap(Self.splitNames)
    case .url: metadata.url = first
    case .language: metadata.language = Language(code: first)
    case .dateline: metadata.dateline = first
    case .agency: metadata.agency = first
    }
    return true
  }

  /// `"Ann Lee, Bo Kim"` → two names; `"Lee, Ann"` (one name, surname first) stays one.
  static func splitNames(_ text: String) -> [String] {
    let parts = text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    if parts.count == 2 && parts.allSatisfy({ !$0.contains(" ") }) { return [text] }
    return parts
  }
}
