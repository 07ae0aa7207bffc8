import Foundation
import LedeCore

/// The entity tagger of each language: its model (`{de,en}/entities.model`, written by
/// `Scripts/train-ner`) and its gazetteers, read on first use so that start-up stays fast.
public enum EntityResources {
  private static let german = Result { try tagger(for: .german, in: try LanguageResources.resourceDirectory()) }
  private static let english = Result { try tagger(for: .english, in: try LanguageResources.resourceDirectory()) }

  /// The bundled tagger for `language`, or why there is none.
  public static func bundledTagger(for language: Language) -> Result<EntityTagger, Error> {
    switch language {
    case .german: german
    case .english: english
    }
  }

  /// Reads the tagger for `language` from a resource directory: the model and the gazetteer it
  /// was trained with (`entities.model`, `entities.gazetteer`), both written by `Scripts/train-ner`,
  /// and the word clusters (`word-clusters.bin`, from `Scripts/make-clusters`).
  public static func tagger(for language: Language, in directory: URL) throws -> EntityTagger {
    // The files are read at once, the model on another core.
    let modelPath = "\(language.code)/entities.model"
    let (read, gazetteer) = try Concurrently.run({ Result { try EntityModel(bytes: try bytes(of: modelPath, in: directory)) } }) {
      try Gazetteer(bytes: try bytes(of: "\(language.code)/entities.gazetteer", in: directory))
    }
    let model = try read.get()
    let features = EntityFeatures(gazetteer: gazetteer, clusters: try clusters(for: language, in: directory), templates: model.templates)
    return EntityTagger(model: model, features: features)
  }

  /// The word clusters of `language` (`word-clusters.bin`), which its model was trained with.
  public static func clusters(for language: Language, in directory: URL) throws -> WordClusters {
    try WordClusters(bytes: try bytes(of: "\(language.code)/word-clusters.bin", in: directory))
  }

  private static func bytes(of file: String, in directory: URL) throws -> [UInt8] {
    let path = directory.appendingPathComponent(file).path
    guard let bytes = FileBytes.read(path) else {
      throw LanguageResources.DataFileError(file: file, line: 0, problem: "cannot read \(path)")
    }
    return bytes
  }

  /// The gazetteer of `language` built from the data files (for training; lede reads the stored
  /// copy): its region names, the shared city, given-name and company lists, Wiktionary's German
  /// nouns, the words German news uses only as names, compound heads, and the organisation words
  /// and roles of its speaker words.
  public static func gazetteer(for language: Language, in directory: URL) throws -> Gazetteer {
    var gazetteer = Gazetteer()
    gazetteer.reserveCapacity(language == .german ? 360_000 : 100_000)
    for file in ["regions.txt", "region-aliases.tsv"] {
      for entry in try LanguageResources.entries(directory, "\(language.code)/\(file)") {
        guard entry.fields.count == 2 else {
          throw LanguageResources.DataFileError(file: entry.file, line: entry.line, problem: "expected 'name<TAB>code'")
        }
        gazetteer.addRegion(entry.fields[0], code: entry.fields[1], official: file == "regions.txt")
      }
    }
    for entry in try LanguageResources.entries(directory, "shared/cities.txt") {
      gazetteer.add(entry.fields[0], as: .city)
    }
    for entry in try LanguageResources.entries(directory, "shared/given-names.tsv") {
      gazetteer.add(entry.fields[0], as: .givenName)
      switch entry.fields.count > 1 ? entry.fields[1] : "" {
      case "male": gazetteer.add(entry.fields[0], as: .maleName)
      case "female": gazetteer.add(entry.fields[0], as: .femaleName)
      default: break
      }
    }
    if language == .german {
      for entry in try LanguageResources.entries(directory, "de/wiktionary-nouns.tsv") {
        guard let category = entry.fields.count > 1 ? Gazetteer.Category(rawValue: entry.fields[1]) : .commonNoun else {
          throw LanguageResources.DataFileError(file: entry.file, line: entry.line, problem: "unknown kind '\(entry.fields[1])'")
        }
        gazetteer.add(entry.fields[0], as: category)
      }
    }
    for entry in try LanguageResources.entries(directory, "shared/companies.txt") {
      gazetteer.add(entry.fields[0], as: .company)
    }
    if language == .german {
      // Words news uses only as names are no common nouns, whatever Wiktionary lists (`Microsoft`).
      for entry in try LanguageResources.entries(directory, "de/proper-names.txt") {
        gazetteer.remove(entry.fields[0], from: .commonNoun)
        gazetteer.add(entry.fields[0], as: .properName)
      }
    }
    for entry in try LanguageResources.entries(directory, "\(language.code)/name-heads.tsv") {
      guard entry.fields.count == 2, let type = ["place": EntityType.place, "organization": .organization][entry.fields[1]] else {
        throw LanguageResources.DataFileError(file: entry.file, line: entry.line, problem: "expected 'word<TAB>place|organization'")
      }
      gazetteer.nameHeads[entry.fields[0]] = type
    }
    for entry in try LanguageResources.entries(directory, "\(language.code)/speaker-words.tsv") where entry.fields.count >= 2 {
      switch entry.fields[1] {
      case "organization": gazetteer.add(entry.fields[0], as: .organization)
      case "role", "title": gazetteer.add(entry.fields[0], as: .role)
      default: break
      }
    }
    return gazetteer
  }

  /// Region names (countries and territories) in `language` from ICU's locale data, for
  /// `{de,en}/regions.txt`.
  public static func regionNames(in language: Language) -> [(name: String, code: String)] {
    let locale = Locale(identifier: language.code)
    let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
    let names = codes.compactMap { code in locale.localizedString(forRegionCode: code).map { (name: $0, code: code) } }
    return names.filter { !$0.name.contains("(") && $0.name != $0.code }.sorted { $0.name < $1.name }
  }
}
