import CSQLite
import Foundation
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
