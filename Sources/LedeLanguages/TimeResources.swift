import Foundation
import LedeCore

extension LanguageResources {
  /// Reads `time-words.tsv` (word, class, value) and `time-patterns.tsv` (pattern, type,
  /// interpretation) of a language; month names come from `months.tsv` and adjective endings
  /// (`zweistündig-en`) from `grammar-words.tsv`, both already read.
  static func loadTimeData(into data: inout LanguageData, folder: String, directory: URL) throws {
    for (name, month) in data.months { data.timeLexicon.add(name, .month, String(month)) }
    data.timeLexicon.adjectiveEndings = data.words(.adjectiveEnding)
    for entry in try entries(directory, "\(folder)/time-words.tsv") {
      guard entry.fields.count >= 2, let wordClass = TimeLexicon.WordClass(rawValue: entry.fields[1]) else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'word<TAB>class[<TAB>value]' with a known class")
      }
      let value = entry.fields.count > 2 ? entry.fields[2] : ""
      if wordClass == .holiday || wordClass == .holidayHead, !TimeLexicon.isHolidayRule(value) {
        throw DataFileError(file: entry.file, line: entry.line, problem: "'\(value)' is no holiday rule (12-25, easter+49, 11/4/4)")
      }
      data.timeLexicon.add(entry.fields[0], wordClass, value)
    }
    var patterns: [TimePattern] = []
    for entry in try entries(directory, "\(folder)/time-patterns.tsv") {
      guard entry.fields.count == 3, let kind = TimeExpression.Kind(rawValue: entry.fields[1]),
        let interpretation = TimePattern.Interpretation(rawValue: entry.fields[2])
      else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'pattern<TAB>TYPE<TAB>interpretation'")
      }
      switch TimePattern.parse(entry.fields[0], kind: kind, interpretation: interpretation) {
      case .success(let pattern): patterns.append(pattern)
      case .failure(let error): throw DataFileError(file: entry.file, line: entry.line, problem: error.problem)
      }
    }
    // Set once: the patterns are indexed for matching when they are set.
    data.timePatterns = patterns
  }
}
