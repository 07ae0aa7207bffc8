import Foundation
import Testing

@testable import LedeShell

/// A script's relative paths start at its own folder (`lede -f dir/x.lede` from anywhere, as
/// psql's `\ir`), and `source` runs a script inside the shell with the same rule.
@Suite struct ScriptPathTests {
  /// A folder with `scripts/` (the scripts of each test) and `articles/a.txt`.
  private func project() throws -> URL {
    let folder = try Paths.temporaryFolder()
    for name in ["scripts", "articles"] {
      try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
    }
    try "Mayor Ann Lee said the bridge would reopen on Friday.".write(
      to: folder.appendingPathComponent("articles/a.txt"), atomically: true, encoding: .utf8)
    return folder
  }

  private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func aScriptsPathsStartAtItsFolder() throws {
    let folder = try project()
    let script = try write("load ../articles/a.txt\nwho > ../out.txt\n", "scripts/run.lede", in: folder)
    let test = TestShell()
    #expect(ScriptRunner.run(file: script, in: test.shell, keepGoing: false) == 0, "\(test.output.errors)")
    #expect(test.shell.session.articles.first?.article.origin == folder.appendingPathComponent("articles/a.txt").path)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.txt").path))
    #expect(test.shell.scriptFolder == nil)
  }

  @Test func sourceRunsAScriptHereAndNestsWithTheSameRule() throws {
    let folder = try project()
    _ = try write("load ../articles/a.txt\n", "scripts/inner.lede", in: folder)
    let outer = try write("source inner.lede\nset format json\n", "scripts/outer.lede", in: folder)
    let test = TestShell()
    #expect(test.run(["\\i \(outer)", "who"]) == 0, "\(test.output.errors)")
    #expect(test.shell.session.articles.count == 1)
    #expect(test.shell.session.settings.format == .json)
    #expect(test.output.output.contains("Ann Lee"))
  }

  @Test func aFailingScriptFailsSourceWithItsOwnLine() throws {
    let folder = try project()
    let script = try write("load ../articles/a.txt\nload ../articles/missing.txt\nwho\n", "scripts/bad.lede", in: folder)
    let test = TestShell()
    #expect(test.run(["source \(script)"]) == 1)
    #expect(test.output.errors.contains("bad.lede:2: error: ../articles/missing.txt: no such file or directory"))
    #expect(test.output.errors.contains("the script stopped at the failed command above"))
    #expect(test.shell.session.articles.count == 1)
  }

  @Test func aScriptThatSourcesItselfIsStopped() throws {
    let folder = try project()
    let script = try write("source loop.lede\n", "scripts/loop.lede", in: folder)
    let test = TestShell()
    #expect(test.run(["source \(script)"]) == 1)
    #expect(test.output.errors.contains("more than \(SourceCommand.deepest) deep"))
  }

  @Test func pathsFoldDotsAwayAndKeepAbsoluteOnes() {
    #expect(ArticleFiles.resolve("../articles/a.txt", from: "Examples/scripts") == "Examples/articles/a.txt")
    #expect(ArticleFiles.resolve("a.txt", from: ".") == "a.txt")
    #expect(ArticleFiles.resolve("/tmp/a.txt", from: "Examples") == "/tmp/a.txt")
    #expect(ArticleFiles.resolve("-", from: "Examples") == "-")
    #expect(ArticleFiles.resolve("../../x", from: "a") == "../x")
    #expect(ArticleFiles.resolve("x", from: nil) == "x")
  }
}
