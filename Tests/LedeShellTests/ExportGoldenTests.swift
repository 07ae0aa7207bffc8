import Foundation
import Testing

@testable import LedeShell

/// Every export format of the bundled seed article (its date given) must be exactly its
/// committed file in `Tests/LedeShellTests/Goldens/exports/` (the folder of tables as
/// `tables-NAME.csv`); `LEDE_RECORD=1 swift test` writes them anew. The HTML report (its own
/// tests) and SQLite (the same rows as the tables) are left out.
@Suite struct ExportGoldenTests {
  static let exports = ["seed.json", "seed.jsonl", "seed.csv", "seed.tml", "seed.conll", "seed.ann", "tables/"]

  @Test func everyExportMatchesItsGolden() throws {
    _ = FileManager.default.changeCurrentDirectoryPath(Paths.root.path)
    let folder = try Paths.temporaryFolder()
    let test = TestShell()
    #expect(test.run(["load Examples/articles/putin-kim-pjoengjang.de.txt --date 2024-06-19"]) == 0)
    for export in Self.exports {
      #expect(test.run(["export \(folder.path)/\(export)"]) == 0, "\(export): \(test.output.errors)")
    }
    let goldens = Paths.root.appendingPathComponent("Tests/LedeShellTests/Goldens/exports")
    var written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "tables" }.map { ($0, $0) }
    written += try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tables").path).map { ("tables/" + $0, "tables-" + $0) }
    #expect(written.count == Self.exports.count + 1 + 5, "\(written.map(\.0))")
    for (file, golden) in written.sorted(by: { $0.0 < $1.0 }) {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let goldenFile = goldens.appendingPathComponent(golden)
      if ProcessInfo.processInfo.environment["LEDE_RECORD"] != nil {
        try FileManager.default.createDirectory(at: goldens, withIntermediateDirectories: true)
        try text.write(to: goldenFile, atomically: true, encoding: .utf8)
        Issue.record("recorded new golden \(golden)")
        continue
      }
      #expect(text == (try? String(contentsOf: goldenFile, encoding: .utf8)), "\(file) differs from \(golden)")
    }
  }
}
