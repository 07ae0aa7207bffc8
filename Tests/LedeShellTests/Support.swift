import Foundation
import LedeShell
import Synchronization

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

  /// A new empty folder for one test, removed with everything in it when the tests end.
  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let isFirst = createdFolders.withLock { folders in
      folders.append(url)
      return folders.count == 1
    }
    if isFirst { atexit { Paths.removeCreatedFolders() } }
    return url
  }

  /// The folders `temporaryFolder` made in this test process.
  private static let createdFolders = Mutex<[URL]>([])

  private static func removeCreatedFolders() {
    for folder in createdFolders.withLock({ $0 }) { try? FileManager.default.removeItem(at: folder) }
  }
}
