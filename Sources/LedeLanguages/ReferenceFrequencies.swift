import Foundation
import LedeCore

/// Each language's reference word frequencies (`reference-frequencies.tsv`, from wordfreq), the
/// background `keywords` compares an article with; read on first use.
public enum ReferenceFrequencies {
  private static let german = Result { try read(.german) }
  private static let english = Result { try read(.english) }

  /// Word → frequency per million words for `language`, or why there is none.
  public static func bundled(for language: Language) -> Result<[String: Double], Error> {
    switch language {
    case .german: german
    case .english: english
    }
  }

  /// Where the list comes from, for `keywords` to say.
  public static let source = "wordfreq 3.1 (Robyn Speer; Wikipedia, subtitles, news, books, web text; CC BY-SA 4.0)"

  private static func read(_ language: Language) throws -> [String: Double] {
    var frequencies: [String: Double] = [:]
    let entries = try LanguageResources.entries(try LanguageResources.resourceDirectory(), "\(language.code)/reference-frequencies.tsv")
    frequencies.reserveCapacity(entries.count)
    for entry in entries {
      guard entry.fields.count == 2, let frequency = Double(entry.fields[1]) else {
        throw LanguageResources.DataFileError(file: entry.file, line: entry.line, problem: "expected 'word<TAB>frequency per million'")
      }
      frequencies[entry.fields[0]] = frequency
    }
    return frequencies
  }
}
