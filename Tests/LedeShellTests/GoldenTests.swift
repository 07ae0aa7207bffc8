import Foundation
import LedeShell
import Testing

/// Every `Examples/scripts/*.lede` and `Examples/workshop/*.lede` runs in both table and JSON
/// format and must print exactly its committed `Tests/LedeShellTests/Goldens/NAME.FORMAT.out`
/// (workshop ones named `workshop-NAME`). `LEDE_RECORD=1 swift test` writes the files anew (and
/// fails once, so that a recording is never mistaken for a pass).
@Suite struct GoldenTests {
  static let scripts: [String] = ["scripts", "workshop"].flatMap { folder in
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Paths.root.appendingPathComponent("Examples/\(folder)").path)) ?? []
    return names.filter { $0.hasSuffix(".lede") }.sorted().map { "\(folder)/\($0)" }
  }

  @Test func examplesExist() {
    #expect(Self.scripts.filter { $0.hasPrefix("scripts/") }.count >= 3)
    #expect(Self.scripts.filter { $0.hasPrefix("workshop/") }.count >= 4)
  }

  @Test(arguments: scripts, [OutputFormat.table, .json])
  func scriptMatchesGolden(_ script: String, format: OutputFormat) throws {
    _ = FileManager.default.changeCurrentDirectoryPath(Paths.root.path)
    let path = "Examples/\(script)"
    let test = TestShell(format: format)
    // As lede -f runs it: relative paths in the script start at its folder.
    let status = try #require(ScriptRunner.run(file: path, in: test.shell, keepGoing: false))
    var transcript = test.output.output
    if !test.output.errors.isEmpty { transcript += "--- stderr\n" + test.output.errors }
    transcript += "--- exit \(status)\n"

    let golden = Paths.root.appendingPathComponent(
      "Tests/LedeShellTests/Goldens/\(Self.goldenName(script)).\(format.rawValue).out")
    if ProcessInfo.processInfo.environment["LEDE_RECORD"] != nil {
      try transcript.write(to: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded new golden \(golden.lastPathComponent)")
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(transcript == expected, "\(script) in \(format) differs from \(golden.lastPathComponent)")
  }

  /// `scripts/who.lede` → `who`, `workshop/1-explore.lede` → `workshop-1-explore`.
  static func goldenName(_ script: String) -> String {
    let name = String(script.split(separator: "/").last!.dropLast(5))
    return script.hasPrefix("workshop/") ? "workshop-" + name : name
  }
}
