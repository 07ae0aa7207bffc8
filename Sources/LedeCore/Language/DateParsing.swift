extension CalendarDate {
  /// Parses a date as metadata writes it: ISO (`2024-06-19`, `2024-06`, `2024-06-19T10:00Z`),
  /// numeric German (`19.06.2024`), and with month names in any language `months` holds
  /// (`19. Juni 2024`, `June 19, 2024`, `19 Jun 2024`, `Juni 2024`, `Wed, 19 Jun 2024 10:00 GMT`).
  /// Returns nil for anything else, never a guess.
  public init?(metadata text: some StringProtocol, months: [String: Int]) {
    let trimmed = text.trimmingWhitespace()
    if let date = CalendarDate(iso: trimmed) {
      self = date
      return
    }
    let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
      .map { $0.trimmingCharacters(in: ".") }.filter { !$0.isEmpty }
    if words.count == 1 {
      let parts = words[0].split(separator: ".", omittingEmptySubsequences: false)
      if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
        parts[2].count == 4
      {
        self.init(year: year, month: month, day: day)
        return
      }
      return nil
    }
    var day: Int?
    var month: Int?
    var year: Int?
    for word in words {
      if let number = Int(word) {
        if word.count == 4 && year == nil {
          year = number
        } else if word.count <= 2 && day == nil {
          day = number
        }
      } else if let named = months[word.lowercased()], month == nil {
        month = named
      } else if year != nil {
        break  // the time and zone of an RFC 2822 date
      }
    }
    guard let year, let month else { return nil }
    self.init(year: year, month: month, day: day)
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space (Unicode's definition).
  public func trimmingWhitespace() -> String {
    let scalars = String(self).unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// The text without the given characters at either end.
  func trimmingCharacters(in characters: String) -> String {
    var result = Substring(self)
    while let first = result.first, characters.contains(first) { result.removeFirst() }
    while let last = result.last, characters.contains(last) { result.removeLast() }
    return String(result)
  }
}
