/// The words of the HTML report in the article's language (`report-labels.tsv` of
/// LedeLanguages): headings, table columns, legend, notes. A key without a word shows as itself.
struct ReportLabels {
  var words: [String: String] = [:]

  subscript(key: String) -> String { words[key] ?? key }

  /// `1 mention`, `3 mentions` (`1 Nennung`, `3 Nennungen`).
  func count(_ number: Int, _ singular: String, _ plural: String) -> String {
    "\(number) \(self[number == 1 ? singular : plural])"
  }
}
