import Foundation
import Testing

@testable import LedeShell

/// The `--report junit|tap` files of the example scripts with checks, run to the end as
/// `lede --keep-going -f` runs them, must be exactly the committed
/// `Tests/LedeShellTests/Goldens/reports/NAME.{junit.xml,tap}`; `LEDE_RECORD=1` writes them anew.
@Suite struct CheckReportGoldenTests {
  @Test(arguments: ["checks", "ci"], [CheckReport.junit, .tap])
  func reportMatchesGolden(_ script: String, format: CheckReport) throws {
    _ = FileManager.default.changeCurrentDirectoryPath(Paths.root.path)
    let test = TestShell()
    _ = try #require(ScriptRunner.run(file: "Examples/scripts/\(script).lede", in: test.shell, keepGoing: true))
    #expect(!test.shell.checks.isEmpty)
    let report = format.render(test.shell.checks)
    let golden = Paths.root.appendingPathComponent(
      "Tests/LedeShellTests/Goldens/reports/\(script).\(format == .junit ? "junit.xml" : "tap")")
    if ProcessInfo.processInfo.environment["LEDE_RECORD"] != nil {
      try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try report.write(to: golden, atomically: true, encoding: .utf8)
      Issue.record("recorded new golden \(golden.lastPathComponent)")
      return
    }
    #expect(report == (try? String(contentsOf: golden, encoding: .utf8)), "\(script) \(format) differs from \(golden.lastPathComponent)")
  }
}
