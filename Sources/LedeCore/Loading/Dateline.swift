/// The dateline that opens an agency report: a place, optionally a region or date, and the
/// agency, then a dash: `Seoul (Reuters) -`, `BERLIN, 5. Mai (dpa) –`, `NAIROBI, Kenya (AP) _`;
/// or a place in capitals: `BOZEN.`, `LANA (fm).`, `WASHINGTON —`, `LONDON 1996-08-30`.
struct Dateline {
  /// Scalars from the paragraph start to the first character after the dateline.
  let length: Int
  let place: String
  let agency: String?
  /// A date written in the dateline (`1996-08-30`, `5. Mai`), as written.
  let date: String?

  private static let dashes: Set<Unicode.Scalar> = ["-", "–", "—", "_", ":"]

  init?(_ paragraph: String, agencies: Set<String>) {
    let scalars = Array(paragraph.unicodeScalars.prefix(160))
    var position = 0
    func skipSpaces() { while position < scalars.count && scalars[position] == " " { position += 1 } }
    func isPlaceScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || scalar == "-" || scalar == "'" || scalar == "’" || scalar == "."
    }

    // The place: up to four capitalised words.
    var placeWords: [String] = []
    while placeWords.count < 4, position < scalars.count, scalars[position].properties.isUppercase {
      let start = position
      while position < scalars.count && isPlaceScalar(scalars[position]) { position += 1 }
      var word = String(String.UnicodeScalarView(scalars[start..<position]))
      if word.hasSuffix(".") && position < scalars.count && scalars[position] == " " {
        word.removeLast()  // `BOZEN.`: the period is the separator
        position -= 1
      }
      placeWords.append(word)
      guard position + 1 < scalars.count, scalars[position] == " ",
        scalars[position + 1].properties.isUppercase
      else { break }
      position += 1
    }
    guard !placeWords.isEmpty else { return nil }
    let place = placeWords.joined(separator: " ")
    let placeIsCapitals = place.unicodeScalars.filter(\.properties.isAlphabetic).count >= 2
      && !place.unicodeScalars.contains(where: \.properties.isLowercase)

    // A region or date after a comma, or an ISO date after a space.
    var extra: String?
    if position < scalars.count && scalars[position] == "," {
      position += 1
      skipSpaces()
      let start = position
      while position < scalars.count && position - start < 30 && !"(-–—_:".unicodeScalars.contains(scalars[position]) {
        position += 1
      }
      extra = String(String.UnicodeScalarView(scalars[start..<position])).trimmingWhitespace()
      if extra?.isEmpty ?? true { return nil }
    }
    skipSpaces()
    if placeIsCapitals, extra == nil, let isoEnd = Self.isoDateEnd(scalars, from: position) {
      extra = String(String.UnicodeScalarView(scalars[position..<isoEnd]))
      position = isoEnd
      guard position < scalars.count, scalars[position] == " " else { return nil }
      skipSpaces()
      self.init(length: position, place: place, agency: nil, date: extra)
      return
    }

    // The agency in parentheses.
    var agency: String?
    var hasParentheses = false
    if position < scalars.count && scalars[position] == "(" {
      guard let close = scalars[position...].firstIndex(of: ")"), close - position <= 40 else { return nil }
      let inside = String(String.UnicodeScalarView(scalars[(position + 1)..<close])).trimmingWhitespace()
      agency = Self.agency(in: inside, agencies: agencies)
      let initials = (1...4).contains(inside.count) && inside.unicodeScalars.allSatisfy(\.properties.isLowercase)
      guard agency != nil || initials else { return nil }
      hasParentheses = true
      position = close + 1
      skipSpaces()
    }

    // The separator: a dash (or `:`/`_`), or a period after a place in capitals.
    guard position < scalars.count else { return nil }
    if Self.dashes.contains(scalars[position]) {
      while position < scalars.count && Self.dashes.contains(scalars[position]) { position += 1 }
      guard hasParentheses || placeIsCapitals else { return nil }
    } else if scalars[position] == "." && (placeIsCapitals || hasParentheses) {
      position += 1
    } else {
      return nil
    }
    guard position < scalars.count, scalars[position] == " " || scalars[position] == "\n" else { return nil }
    while position < scalars.count && (scalars[position] == " " || scalars[position] == "\n") { position += 1 }
    let date = extra.flatMap { $0.unicodeScalars.contains(where: \.properties.numericType.isSome) ? $0 : nil }
    self.init(length: position, place: place, agency: agency, date: date)
  }

  private init(length: Int, place: String, agency: String?, date: String?) {
    self.length = length
    self.place = place
    self.agency = agency
    self.date = date
  }

  /// The agency named inside the parentheses (`Reuters`, `dpa/AFP` → `dpa`), or nil for
  /// something else (author initials).
  private static func agency(in inside: String, agencies: Set<String>) -> String? {
    let lowered = agencies.reduce(into: [String: String]()) { $0[$1.lowercased()] = $1 }
    let parts = inside.split(whereSeparator: { "/,; ".contains($0) }).map(String.init)
    return parts.lazy.compactMap { lowered[$0.lowercased()] }.first
  }

  /// The end of a `YYYY-MM-DD` date starting at `position`, if one does.
  private static func isoDateEnd(_ scalars: [Unicode.Scalar], from position: Int) -> Int? {
    guard position + 10 <= scalars.count else { return nil }
    let text = String(String.UnicodeScalarView(scalars[position..<(position + 10)]))
    return CalendarDate(iso: text)?.precision == .day ? position + 10 : nil
  }
}

extension Optional {
  fileprivate var isSome: Bool { self != nil }
}
