import CSQLite
import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

@testable import LedeShell

/// `export DIR/` and `export FILE.sqlite`: tidy tables, one row per item with its article's id,
/// one value per cell, the same rows in CSV and in SQLite.
@Suite struct TableExportTests {
  private static let articles = ["harbour-deal.en.txt", "harbour-strike.en.txt", "putin-kim-pjoengjang.de.txt"]
    .map { Paths.root.appendingPathComponent("Examples/articles/\($0)").path }

  private func loaded() -> TestShell {
    let test = TestShell(format: .json)
    #expect(test.run(["load " + Self.articles.joined(separator: " ")]) == 0)
    return test
  }

  /// The rows of a CSV file (without its header), as RFC 4180 reads them.
  private func rows(_ url: URL) throws -> [[String]] {
    let characters = Array(try String(contentsOf: url, encoding: .utf8))
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if quoted {
        if character == "\"" {
          if index + 1 < characters.count && characters[index + 1] == "\"" { field.append("\""); index += 1 } else { quoted = false }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        row.append(field)
        field = ""
      } else if character == "\n" {
        row.append(field)
        rows.append(row)
        (row, field) = ([], "")
      } else {
        field.append(character)
      }
      index += 1
    }
    return Array(rows.dropFirst())
  }

  @Test func aFolderGetsOneTidyCSVPerTable() throws {
    let folder = try Paths.temporaryFolder().appendingPathComponent("tables")
    let test = loaded()
    #expect(test.run(["export \(folder.path)/ --all"]) == 0, "\(test.output.errors)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["articles.csv", "authors.csv", "entities.csv", "mentions.csv", "quotes.csv", "timex.csv"])
    let quotes = try rows(folder.appendingPathComponent("quotes.csv"))
    #expect(test.run(["quotes --all"]) == 0)
    let listed = try #require(try JSONSerialization.jsonObject(with: Data(test.output.output.split(separator: "\n").last!.utf8)) as? [Any])
    #expect(quotes.count == listed.count)
    #expect(Set(quotes.map { $0[0] }) == ["1", "2", "3"])
    let mentions = try rows(folder.appendingPathComponent("mentions.csv"))
    let entities = try rows(folder.appendingPathComponent("entities.csv"))
    #expect(mentions.count == entities.reduce(0) { $0 + (Int($1[6]) ?? 0) })
    let timex = try rows(folder.appendingPathComponent("timex.csv"))
    #expect(timex.allSatisfy { ["true", "false"].contains($0[7]) })
    #expect(timex.contains { $0[0] == "3" && $0[3] == "2024-02" && $0[4] == "Februar" })
  }

  @Test func theReadmeDocumentsTheSchema() throws {
    let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
    for statement in SQLiteWriter.schema(of: CorpusTables([])) {
      #expect(readme.contains(statement), "README lacks: \(statement)")
    }
  }

  @Test func sqliteHasTheSameTablesIndexedOnTheArticle() throws {
    let file = try Paths.temporaryFolder().appendingPathComponent("corpus.sqlite")
    let test = loaded()
    #expect(test.run(["export \(file.path) --all"]) == 0, "\(test.output.errors)")
    var handle: OpaquePointer?
    #expect(sqlite3_open_v2(file.path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK)
    let database = try #require(handle)
    defer { sqlite3_close(database) }
    func integer(_ sql: String) -> Int? {
      var statement: OpaquePointer?
      guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK, sqlite3_step(statement) == SQLITE_ROW else { return nil }
      defer { sqlite3_finalize(statement) }
      return Int(sqlite3_column_int64(statement, 0))
    }
    #expect(integer("SELECT count(*) FROM articles") == 3)
    #expect(integer("SELECT count(*) FROM sqlite_master WHERE type = 'index'") == 6)
    #expect(integer("SELECT mentions FROM entities WHERE article = 3 AND name = 'Wladimir Putin'") == 10)
    #expect(integer("SELECT count(*) FROM mentions m JOIN entities e USING (article, entity) WHERE e.name = 'Kim Jong Un'") == 8)
    #expect(integer("SELECT count(*) FROM quotes WHERE speaker IS NULL AND kind = 'direct'") != nil)
  }
}

/// TimeML and CoNLL: what other tools read back is what lede found.
@Suite struct InterchangeExportTests {
  private func seedShell() -> TestShell {
    let test = TestShell(format: .json)
    #expect(test.run(["load \(Paths.seed) --date 2024-06-19"]) == 0)
    return test
  }

  private func lastJSONArray(_ test: TestShell) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(test.output.output.split(separator: "\n").last!.utf8)) as? [[String: Any]])
  }

  @Test func timeMLParsesAsXMLAndGivesBackTheTimeline() throws {
    let file = try Paths.temporaryFolder().appendingPathComponent("seed.tml")
    let test = seedShell()
    #expect(test.run(["export \(file.path)", "timeline"]) == 0, "\(test.output.errors)")
    let timeline = try lastJSONArray(test).sorted { ($0["start"] as? Int ?? 0) < ($1["start"] as? Int ?? 0) }
    let reader = TimexReader()
    let parser = XMLParser(data: try Data(contentsOf: file))
    parser.delegate = reader
    #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    #expect(reader.creationTime == "2024-06-19")
    #expect(reader.timexes.map(\.value) == timeline.compactMap { $0["value"] as? String })
    #expect(reader.timexes.map(\.text) == timeline.compactMap { $0["text"] as? String })
  }

  @Test func conllReadsBackToTheSameMentions() throws {
    let file = try Paths.temporaryFolder().appendingPathComponent("seed.conll")
    let test = seedShell()
    #expect(test.run(["export \(file.path)", "who"]) == 0, "\(test.output.errors)")
    let mentions = try lastJSONArray(test).flatMap { entity in
      (entity["mentions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.map { "\(entity["type"]!) \($0)" }
    }
    var found: [String] = []
    let types = ["PER": "person", "ORG": "organization", "LOC": "place", "MISC": "other"]
    for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
      let columns = line.split(separator: "\t").map(String.init)
      guard columns.count == 2 else { continue }
      if columns[1].hasPrefix("B-") { found.append("\(types[String(columns[1].dropFirst(2))]!) \(columns[0])") }
      if columns[1].hasPrefix("I-") { found[found.count - 1] += " " + columns[0] }
    }
    // A mention that ends inside a token (Putin in Putins) is tagged on the whole token.
    let normalized = { (text: String) in text.replacingOccurrences(of: " ", with: "") }
    #expect(found.count == mentions.count)
    for (tagged, mention) in zip(found.sorted(), mentions.sorted()) {
      #expect(normalized(tagged).hasPrefix(normalized(mention)), "\(tagged) against \(mention)")
    }
  }
}

extension InterchangeExportTests {
  @Test func bratAnnotationsPointAtTheirWordsInTheText() throws {
    let file = try Paths.temporaryFolder().appendingPathComponent("seed.ann")
    let test = seedShell()
    #expect(test.run(["export \(file.path)", "quotes"]) == 0, "\(test.output.errors)")
    let quotes = try lastJSONArray(test)
    let text = Array(try String(contentsOf: file.deletingPathExtension().appendingPathExtension("txt"), encoding: .utf8).unicodeScalars)
    var bound: [String: String] = [:]
    var relations: [(type: String, arguments: [String])] = []
    for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if fields[0].hasPrefix("T") {
        let type = String(fields[1].prefix { $0 != " " })
        let pieces = fields[1].dropFirst(type.count + 1).split(separator: ";").map { fragment -> String in
          let offsets = fragment.split(separator: " ").compactMap { Int($0) }
          return String(String.UnicodeScalarView(text[offsets[0]..<offsets[1]]))
        }
        #expect(pieces.joined(separator: " ") == fields[2], "\(line)")
        bound[fields[0]] = type
      } else {
        let parts = fields[1].split(separator: " ")
        relations.append((String(parts[0]), parts.dropFirst().map { String($0.split(separator: ":")[1]) }))
      }
    }
    #expect(bound.values.filter { $0 == "Quote" }.count == quotes.count)
    #expect(relations.allSatisfy { $0.arguments.allSatisfy { bound[$0] != nil } })
    #expect(relations.filter { $0.type == "Speaker" }.count == quotes.filter { $0["speaker_mention"] is [String: Any] }.count)
  }
}

/// Collects the TIMEX3 elements of a TimeML document: the creation time and those of the text.
private final class TimexReader: NSObject, XMLParserDelegate {
  var creationTime: String?
  var timexes: [(value: String, text: String)] = []
  private var current: (value: String, text: String, creation: Bool)?

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
    guard name == "TIMEX3" else { return }
    current = (attributes["value"] ?? "", "", attributes["functionInDocument"] == "CREATION_TIME")
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current?.text += string
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    guard name == "TIMEX3", let found = current else { return }
    if found.creation { creationTime = found.value } else { timexes.append((found.value, found.text)) }
    current = nil
  }
}
