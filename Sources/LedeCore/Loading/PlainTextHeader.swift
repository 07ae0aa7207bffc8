/// Recognises the header an agency text carries before its body: metadata lines
/// (`date 2024-06 Quelle: (c) Copyright Thomson Reuters 2024. …`, `Source: …`), a headline,
/// a byline (`- von Ju-min Park und Josh Smith`, `By Jane Doe and John Roe`) and the dateline
/// that opens the first paragraph (`Seoul (Reuters) -`, `NAIROBI, Kenya (AP) _`, `BOZEN.`,
/// `LONDON 1996-08-30`). Word lists come from the language data; nothing here is one article's.
struct PlainTextHeader {
  /// What the leading paragraphs turned out to be.
  struct Result {
    var roles: [Segment.Kind] = []
    var metadata = ArticleMetadata()
    /// The dateline at the start of the first body paragraph: its length in scalars.
    var datelineLength = 0
    var warnings: [String] = []
  }

  let catalog: LanguageCatalog
  let fields: MetadataFields
  /// Header paragraphs are short; more than this many leading paragraphs are never header.
  static let maximumHeaderParagraphs = 6

  private let bylineMarkers: Set<String>
  private let nameJoiners: Set<String>
  private let functionWords: Set<String>

  init(catalog: LanguageCatalog) {
    self.catalog = catalog
    self.fields = MetadataFields(catalog: catalog)
    let languages = catalog.languages.values
    bylineMarkers = languages.reduce(into: []) { $0.formUnion($1.bylineMarkers) }
    nameJoiners = languages.reduce(into: []) { $0.formUnion($1.nameJoiners) }
    functionWords = languages.reduce(into: []) { $0.formUnion($1.functionWords) }
  }

  /// Classifies the leading paragraphs (each given as its text) and finds the dateline.
  func recognize(_ paragraphs: [String]) -> Result {
    var result = Result()
    var index = 0
    while index < paragraphs.count && index < Self.maximumHeaderParagraphs && index + 1 < paragraphs.count {
      let paragraph = paragraphs[index]
      if readMetadataLine(paragraph, into: &result) {
        result.roles.append(.metadata)
      } else if let authors = byline(paragraph) {
        result.metadata.authors += authors
        result.roles.append(.byline)
      } else if !result.roles.contains(.headline) && !result.roles.contains(.byline) && isHeadline(paragraph) {
        result.metadata.title = paragraph.trimmingWhitespace()
        result.roles.append(.headline)
      } else {
        break
      }
      index += 1
    }
    if index < paragraphs.count, let dateline = Dateline(paragraphs[index], agencies: catalog.newsAgencies) {
      result.datelineLength = dateline.length
      result.metadata.dateline = dateline.place
      result.metadata.agency = dateline.agency
      if result.metadata.date == nil, let date = dateline.date {
        result.metadata.date = CalendarDate(metadata: date, months: fields.months)
      }
    }
    return result
  }

  // MARK: Metadata lines

  /// `key value key: value …` where the first key may lack its colon if its value is a date.
  private func readMetadataLine(_ line: String, into result: inout Result) -> Bool {
    guard !line.contains("\n") else { return false }
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first, let firstField = fields.field(forKey: first) else { return false }
    let firstHasColon = first.hasSuffix(":")
    if !firstHasColon {
      guard firstField == .date, words.count > 1,
        CalendarDate(metadata: words[1], months: fields.months) != nil
      else { return false }
    }
    var pairs: [(String, [Substring])] = []
    for (position, word) in words.enumerated() {
      if position == 0 || (word.hasSuffix(":") && word.count > 1 && fields.field(forKey: word) != nil) {
        pairs.append((String(word), []))
      } else if firstField == .date && !firstHasColon && pairs.count == 1 && pairs[0].1.count == 1 {
        return false  // `date` without a colon takes exactly one word before the next key
      } else {
        pairs[pairs.count - 1].1.append(word)
      }
    }
    for (key, values) in pairs {
      var value = values.joined(separator: " ")
      if fields.field(forKey: key) == .source { value = Self.copyrightHolder(value) }
      fields.store([value], forKey: key, in: &result.metadata, warnings: &result.warnings)
    }
    return true
  }

  /// `(c) Copyright Thomson Reuters 2024. Click For Restrictions - …` → `Thomson Reuters`;
  /// `© 2024 dpa` → `dpa`. Other sources are kept as written.
  static func copyrightHolder(_ text: String) -> String {
    var words = text.split(separator: " ").map(String.init)
    let markers: Set<String> = ["(c)", "©", "copyright", "(C)"]
    let hadMarker = words.first.map { markers.contains($0.lowercased()) } ?? false
    guard hadMarker else { return text.trimmingWhitespace() }
    while let first = words.first, markers.contains(first.lowercased()) { words.removeFirst() }
    var holder: [String] = []
    var sawYear = false
    for word in words {
      let bare = word.trimmingCharacters(in: ".,")
      if bare.count == 4, Int(bare) != nil {
        sawYear = true
        if !holder.isEmpty { break }
        continue
      }
      holder.append(bare)
      if word.hasSuffix(".") && (sawYear || holder.count > 1) { break }
    }
    return holder.isEmpty ? text.trimmingWhitespace() : holder.joined(separator: " ")
  }

  // MARK: Bylines

  /// The authors of a byline paragraph (`- von A und B`, `By A, B and C`), or nil.
  func byline(_ paragraph: String) -> [String]? {
    guard !paragraph.contains("\n") else { return nil }
    var words = paragraph.split(separator: " ").map(String.init)
    while let first = words.first, first.allSatisfy({ "-–—•*".contains($0) }) { words.removeFirst() }
    guard words.count >= 2, words.count <= 16, let marker = words.first,
      bylineMarkers.contains(marker.lowercased().trimmingCharacters(in: ":"))
    else { return nil }
    var authors: [String] = []
    var current: [String] = []
    func finish() {
      if !current.isEmpty { authors.append(current.joined(separator: " ")) }
      current = []
    }
    for word in words.dropFirst() {
      let bare = word.trimmingCharacters(in: ",;")
      if nameJoiners.contains(bare.lowercased()) || bare == "&" {
        finish()
        continue
      }
      guard let initial = bare.unicodeScalars.first, initial.properties.isUppercase else { return nil }
      if catalog.newsAgencies.contains(bare) && current.isEmpty { continue }
      current.append(bare)
      if word.hasSuffix(",") || word.hasSuffix(";") { finish() }
    }
    finish()
    let names = authors.filter { !catalog.newsAgencies.contains($0) }
    return names.isEmpty ? nil : names
  }

  // MARK: Headlines

  /// A single short line that does not read as a sentence: no closing punctuation, or every
  /// longer word capitalised (English title case), or all capitals.
  func isHeadline(_ paragraph: String) -> Bool {
    guard !paragraph.contains("\n") else { return false }
    let words = paragraph.split(separator: " ")
    guard (1...25).contains(words.count), paragraph.unicodeScalars.count <= 200,
      let last = paragraph.trimmingWhitespace().unicodeScalars.last
    else { return false }
    if !".!?…:;,".unicodeScalars.contains(last) && !"\"“”»«'’".unicodeScalars.contains(last) { return true }
    let letters = paragraph.unicodeScalars.filter { $0.properties.isAlphabetic }
    if letters.count >= 4 && letters.allSatisfy({ !$0.properties.isLowercase }) { return true }
    let content = words.filter {
      $0.unicodeScalars.filter { $0.properties.isAlphabetic }.count > 3 && !functionWords.contains($0.lowercased())
    }
    return content.count >= 3 && last != ":"
      && content.allSatisfy { $0.unicodeScalars.first?.properties.isUppercase ?? false }
  }
}
