import Foundation
import LedeCore

/// Reads the language data files bundled with lede (`Resources/{de,en,shared}`) into a
/// `LanguageCatalog`. Every file starts with comment lines saying what it is, its format,
/// its source, and `# example:` lines that a test runs.
public enum LanguageResources {
  /// An error in a data file, naming the file and line.
  public struct DataFileError: Error, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let problem: String
    public var description: String { "\(file):\(line): \(problem)" }
  }

  /// The bundled catalog, read on first use. Empty (with `loadError` set) if the data files
  /// cannot be found, so that lede still runs, with fewer rules.
  public static let catalog: LanguageCatalog = loaded.catalog
  /// Why the bundled catalog is empty, if it is.
  public static let loadError: String? = loaded.error

  /// Why the bundled catalog could not be read, as an error.
  public struct CatalogNotLoaded: Error, CustomStringConvertible {
    public let description: String
  }

  /// Throws why the bundled catalog is empty, if it is: for tools that must not go on with
  /// fewer rules than lede ships (a trainer would learn from articles read without them).
  public static func requireCatalog() throws {
    if let loadError { throw CatalogNotLoaded(description: loadError) }
  }

  private static let loaded: (catalog: LanguageCatalog, error: String?) = {
    do {
      return (try load(from: try resourceDirectory()), nil)
    } catch {
      return (LanguageCatalog([], newsAgencies: []), "\(error)")
    }
  }()

  /// Reads every language's files from `directory` (which holds `de/`, `en/`, `shared/`).
  public static func load(from directory: URL) throws -> LanguageCatalog {
    let languages = try Language.allCases.map { try languageData($0, in: directory) }
    let agencies = try entries(directory, "shared/news-agencies.txt").map(\.fields[0])
    return LanguageCatalog(languages, newsAgencies: Set(agencies))
  }

  private static func languageData(_ language: Language, in directory: URL) throws -> LanguageData {
    let folder = language.code
    var data = LanguageData(language: language)
    for entry in try entries(directory, "\(folder)/abbreviations.txt") {
      let use = entry.fields.count > 1 ? LanguageData.AbbreviationUse(rawValue: entry.fields[1]) : .inner
      guard let use, entry.fields[0].hasSuffix(".") else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'abbreviation.[<TAB>may-end]'")
      }
      data.abbreviations[entry.fields[0]] = use
    }
    data.functionWords = Set(try entries(directory, "\(folder)/function-words.txt").map(\.fields[0]))
    data.stopWords = Set(try entries(directory, "\(folder)/stop-words.txt").map(\.fields[0]))
    data.inflectionEndings = try entries(directory, "\(folder)/inflection-endings.txt").map(\.fields[0])
    for entry in try entries(directory, "\(folder)/months.tsv") {
      guard entry.fields.count == 2, let month = Int(entry.fields[1]), (1...12).contains(month) else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'name<TAB>month number'")
      }
      data.months[entry.fields[0]] = month
    }
    for entry in try entries(directory, "\(folder)/header-words.tsv") {
      guard entry.fields.count == 2 else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'word<TAB>role'")
      }
      switch entry.fields[1] {
      case "byline": data.bylineMarkers.insert(entry.fields[0])
      case "joiner": data.nameJoiners.insert(entry.fields[0])
      default:
        guard let field = MetadataField(rawValue: entry.fields[1]) else {
          throw DataFileError(file: entry.file, line: entry.line, problem: "unknown role '\(entry.fields[1])'")
        }
        data.metadataKeys[entry.fields[0]] = field
      }
    }
    for entry in try entries(directory, "\(folder)/speech-verbs.tsv") {
      guard entry.fields.count >= 2 else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'form<TAB>lemma[<TAB>particle]'")
      }
      data.speechVerbs[entry.fields[0], default: []].append(
        SpeechVerb(lemma: entry.fields[1], particle: entry.fields.count > 2 ? entry.fields[2] : nil))
    }
    for entry in try entries(directory, "\(folder)/speech-cues.tsv") {
      guard entry.fields.count == 2, let placement = SpeechCue.Placement(rawValue: entry.fields[1]) else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'cue<TAB>before|after|previous'")
      }
      data.speechCues[entry.fields[0]] = placement
    }
    // Roles are collected first and set once: every change of `roles` rebuilds their case forms.
    var roles: Set<String> = []
    for entry in try entries(directory, "\(folder)/speaker-words.tsv") {
      if entry.fields.count == 3 {
        guard let gender = Gender(rawValue: entry.fields[2]) else {
          throw DataFileError(file: entry.file, line: entry.line, problem: "unknown gender '\(entry.fields[2])'")
        }
        data.genders[entry.fields[0]] = gender
      }
      switch entry.fields.count >= 2 ? entry.fields[1] : "" {
      case "pronoun": data.speakerPronouns.insert(entry.fields[0])
      case "role": roles.insert(entry.fields[0])
      case "title":
        roles.insert(entry.fields[0])
        data.courtesyTitles.insert(entry.fields[0])
      case "organization": data.organizationWords.insert(entry.fields[0])
      default: throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'word<TAB>pronoun|role|title|organization'")
      }
    }
    data.roles = roles
    // Collected first and set once: every change of `wordClasses` rebuilds what depends on it.
    var wordClasses: [WordClass: Set<String>] = [:]
    for entry in try entries(directory, "\(folder)/grammar-words.tsv") {
      guard entry.fields.count == 2, let wordClass = WordClass(rawValue: entry.fields[1]) else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'word<TAB>class' with a known class")
      }
      wordClasses[wordClass, default: []].insert(entry.fields[0])
    }
    data.wordClasses = wordClasses
    data.grammar = try grammar(from: entries(directory, "\(folder)/grammar.tsv"))
    try loadTimeData(into: &data, folder: folder, directory: directory)
    return data
  }

  /// The traits a `grammar.tsv` line may set.
  private enum GrammarTrait: String, CaseIterable {
    case wordOrder = "word-order"
    case capitalisedNouns = "capitalised-nouns"
    case ordinalPeriod = "ordinal-period"
    case splitEndings = "split-endings"
    case roleAdjectiveEndings = "role-adjective-endings"
    case particleJoiningPrefixes = "particle-joining-prefixes"
    case verbEndingLengths = "verb-ending-lengths"
    case reportLearning = "report-learning"
    case speakerContextWords = "speaker-context-words"
    case cueFormsForNothing = "cue-forms-for-nothing"
    case quotesBesideCues = "quotes-beside-cues"
    case antecedentContextWords = "antecedent-context-words"
  }

  /// The traits of `grammar.tsv`: `trait<TAB>value`, each trait once.
  static func grammar(from entries: [Entry]) throws -> Grammar {
    var grammar = Grammar()
    var seen: Set<String> = []
    for entry in entries {
      guard entry.fields.count == 2, seen.insert(entry.fields[0]).inserted else {
        throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'trait<TAB>value', each trait once")
      }
      let value = entry.fields[1]
      func flag() throws -> Bool {
        guard value == "yes" || value == "no" else { throw DataFileError(file: entry.file, line: entry.line, problem: "expected yes or no") }
        return value == "yes"
      }
      guard let trait = GrammarTrait(rawValue: entry.fields[0]) else {
        let known = GrammarTrait.allCases.map(\.rawValue).joined(separator: ", ")
        throw DataFileError(file: entry.file, line: entry.line, problem: "unknown trait (\(known))")
      }
      let words = value.split(separator: " ").map(String.init)
      switch trait {
      case .wordOrder:
        guard let order = Grammar.WordOrder(rawValue: value) else {
          throw DataFileError(file: entry.file, line: entry.line, problem: "expected subject-verb or verb-second")
        }
        grammar.wordOrder = order
      case .capitalisedNouns: grammar.capitalizesNouns = try flag()
      case .ordinalPeriod: grammar.ordinalPeriod = try flag()
      case .splitEndings: grammar.splitEndings = words
      case .particleJoiningPrefixes: grammar.particleJoiningPrefixes = words
      case .verbEndingLengths:
        let lengths = words.compactMap { Int($0) }
        guard !lengths.isEmpty, lengths.count == words.count, lengths.allSatisfy({ (1...4).contains($0) }) else {
          throw DataFileError(file: entry.file, line: entry.line, problem: "expected lengths from 1 to 4, separated by spaces")
        }
        grammar.verbEndingLengths = lengths
      case .reportLearning:
        guard let learning = Grammar.ReportLearning(rawValue: value) else {
          throw DataFileError(file: entry.file, line: entry.line, problem: "expected perceptron or passive-aggressive")
        }
        grammar.reportLearning = learning
      case .speakerContextWords: grammar.speakerContextWords = try flag()
      case .cueFormsForNothing: grammar.cueFormsForNothing = try flag()
      case .quotesBesideCues: grammar.quotesBesideCues = try flag()
      case .antecedentContextWords: grammar.antecedentContextWords = try flag()
      case .roleAdjectiveEndings:
        for pair in words {
          let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
          guard parts.count == 2, let gender = Gender(rawValue: parts[0]) else {
            throw DataFileError(file: entry.file, line: entry.line, problem: "expected 'male=ENDING female=ENDING'")
          }
          grammar.roleAdjectiveEndings[gender] = parts[1]
        }
      }
    }
    return grammar
  }

  // MARK: Files

  /// One data line, split at tabs.
  struct Entry {
    let file: String
    let line: Int
    let fields: [String]
  }

  /// A data file's `# example:` lines, for the test that runs them.
  public struct Examples: Sendable {
    public let file: String
    public let examples: [String]
  }

  static func entries(_ directory: URL, _ file: String) throws -> [Entry] {
    let text = try contents(directory, file)
    var entries: [Entry] = []
    // Split as UTF-8 bytes: the name lists have tens of thousands of lines.
    for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      let content = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
      if content.isEmpty || content.first == UInt8(ascii: "#") { continue }
      let fields = line.split(separator: UInt8(ascii: "\t")).map { String(decoding: $0, as: UTF8.self) }
      entries.append(Entry(file: file, line: index + 1, fields: fields.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }))
    }
    return entries
  }

  private static func contents(_ directory: URL, _ file: String) throws -> String {
    let url = directory.appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8)
    else { throw DataFileError(file: file, line: 0, problem: "cannot read \(url.path)") }
    return text
  }

  /// The text of a language's REPL tutorial (`tutorial.md`).
  public static func tutorial(for language: Language) throws -> String {
    try contents(try resourceDirectory(), "\(language.code)/tutorial.md")
  }

  /// The words of the HTML report in a language (`report-labels.tsv`), by key.
  public static func reportLabels(for language: Language) throws -> [String: String] {
    let text = try contents(try resourceDirectory(), "\(language.code)/report-labels.tsv")
    var labels: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 1)
      if fields.count == 2 { labels[String(fields[0])] = String(fields[1]) }
    }
    return labels
  }

  /// The seed article shipped with the data (`articles/putin-kim-pjoengjang.de.txt`, the same
  /// as in Examples/), which the tutorial loads wherever lede runs.
  public static func seedArticle() throws -> URL {
    try resourceDirectory().appendingPathComponent("articles/putin-kim-pjoengjang.de.txt")
  }

  /// Every bundled data file and its examples (the shipped articles are no data files).
  public static func examples() throws -> [Examples] {
    let directory = try resourceDirectory()
    let files = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
    return try files.filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".tsv")) && !$0.hasPrefix("articles/") }.sorted().map { file in
      let lines = try contents(directory, file).split(separator: "\n")
      let examples = lines.filter { $0.hasPrefix("# example: ") }.map { String($0.dropFirst("# example: ".count)) }
      return Examples(file: file, examples: examples)
    }
  }

  /// The folder of lede's language data (`de/`, `en/`, `shared/`), looked for in this order:
  /// `$LEDE_DATA`; the `Resources` folder SwiftPM copies next to the executable
  /// (`lede_LedeLanguages.resources`, a build); `../share/lede` from the executable's resolved
  /// path (an installed lede, `Scripts/install`). Looked up by hand, because the generated
  /// `Bundle.module` stops the process when it is missing.
  public static func resourceDirectory() throws -> URL {
    let places = dataPlaces()
    if let found = places.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("shared").path) }) {
      return found
    }
    throw DataFileError(
      file: "lede's language data", line: 0,
      problem: "not found in \(places.map(\.path).joined(separator: ", ")); set LEDE_DATA to the folder that holds de/, en/ and shared/, or install lede with Scripts/install")
  }

  /// Where `resourceDirectory` looks, in order.
  static func dataPlaces(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
    if let folder = environment["LEDE_DATA"], !folder.isEmpty { return [URL(fileURLWithPath: folder)] }
    let binFolder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    let builds = [Bundle.main.bundleURL] + (binFolder.map { [$0] } ?? [])
    let installed = binFolder.map { [$0.deletingLastPathComponent().appendingPathComponent("share/lede")] } ?? []
    return builds.map { $0.appendingPathComponent("lede_LedeLanguages.resources").appendingPathComponent("Resources") } + installed
  }
}
