import Foundation
import LedeCore
import LedeLanguages

/// Writes `{de,en}/regions.txt`: the names ICU gives every country and territory in the language.
enum RegionList {
  static func write(_ language: Language, to resources: URL) throws {
    let names = EntityResources.regionNames(in: language)
    let header = """
      # \(language.code)/regions.txt — names of countries and territories, for the entity tagger
      # source: ICU's locale data (CLDR), through Foundation's Locale; written by Scripts/train-ner
      # format: name<TAB>ISO 3166 code
      # example: \(language == .german ? "Nordkorea" : "North Korea") => region KP

      """
    let text = header + names.map { "\($0.name)\t\($0.code)" }.joined(separator: "\n") + "\n"
    try Data(text.utf8).write(to: resources.appendingPathComponent("\(language.code)/regions.txt"))
  }
}
