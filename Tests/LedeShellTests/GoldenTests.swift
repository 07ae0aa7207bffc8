import Foundation
import LedeShell
import Testing

/// Every `Examples/scripts/*.lede` runs in both table and JSON format and must print exactly
/// its committed `Tests/LedeShellTests/Goldens/NAME.FORMAT.out`. `LEDE_RECORD=1 swift test`
/// writes the files anew (and fails once, so that a recording is never mistaken for a pass).
@Suite struct GoldenTests {
  static let scripts: [String] = {
    let folder = Paths.root.appendingPathComponent("Examples/scripts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".lede") }.sorted()
  }()

  @Test func examplesExist() {
    #expect(Self.scripts.count >= 3)
  }

  @Test(arguments: scripts, [OutputFormat.table, .json])
  func scriptMatchesGolden(_ script: String, format: OutputFormat) throws {
    _ = FileManager.default.changeCurrentDirectoryPath(Paths.root.path)
    let path = "Examples/scripts/\(script)"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let test = TestShell(format: format)
    let status = ScriptRunner.run(ScriptRunner.lines(of: text, file: path), in: test.shell, keepGoing: false)
    var transcript = test.output.output
    if !test.output.errors.isEmpty { transcript += "--- stderr\n" + test.output.errors }
    transcript += "--- exit \(status)\n"

    let golden = Paths.root.appendingPathComponent(
      "Tests/LedeShellTests/Goldens/\(script.dropLast(5)).\(format.rawValue).out")
    if ProcessInfo.processInfo.environment["LEDE_RECORD"] != nil {
      try transcript.write(to: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded new golden \(golden.lastPathComponent)")
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(transcript == expected, "\(script) in \(format) differs from \(golden.lastPathComponent)")
  }
}
