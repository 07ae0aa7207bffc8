import Foundation
import LedeCore

/// The words of the HTML report in the article's language (`report-labels.tsv` of
/// LedeLanguages): headings, table columns, legend, notes. A key without a word shows as itself.
struct ReportLabels {
  var words: [String: String] = [:]

  subscript(key: String) -> String { words[key] ?? key }

  /// A date as people read it: `Mittwoch, 19. Juni 2024`, `Juni 2024`, `2024`.
  func readable(_ date: CalendarDate) -> String {
    guard let month = date.month else { return String(date.year) }
    var text = self[date.day == nil ? "date-month" : "date-day"]
    let parts = [
      ("{weekday}", date.weekday.map { self["weekday-\($0)"] } ?? ""), ("{day}", date.day.map(String.init) ?? ""),
      ("{month}", self["month-\(month)"]), ("{year}", String(date.year)),
    ]
    for (placeholder, value) in parts { text = text.replacingOccurrences(of: placeholder, with: value) }
    return text
  }

  /// `1 mention`, `3 mentions` (`1 Nennung`, `3 Nennungen`).
  func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    "\(number) \(self[number == 1 ? singular : plural])"
  }
}
