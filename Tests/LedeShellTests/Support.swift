import Foundation
import LedeShell

/// A shell that writes into memory, for tests.
struct TestShell {
  let shell: Shell
  let output: CapturedOutput

  init(format: OutputFormat = .table) {
    output = CapturedOutput()
    shell = Shell(sink: output)
    shell.session.settings.format = format
  }

  /// Runs script lines as `lede -f` would; returns the exit status.
  @discardableResult
  func run(_ lines: [String], file: String = "test.lede", keepGoing: Bool = false) -> Int32 {
    ScriptRunner.run(ScriptRunner.lines(of: lines.joined(separator: "\n"), file: file), in: shell, keepGoing: keepGoing)
  }

  /// The last line written, read as a JSON object (what the last command returned under `--format json`).
  func lastJSONObject() -> [String: Any]? {
    output.output.split(separator: "\n").last.flatMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
  }
}

enum Paths {
  /// The package's root folder, found from this file's place.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let seed = root.appendingPathComponent("Examples/articles/putin-kim-pjoengjang.de.txt").path

  /// A new empty folder for one test.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
