import Foundation
import Testing
#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import LedeShell

@Suite struct ShellTests {
  @Test func infoShowsTheSeedMetadata() throws {
    let test = TestShell(format: .json)
    #expect(test.run(["load \(Paths.seed)", "info"]) == 0)
    let object = try #require(test.lastJSONObject())
    #expect(object["date"] as? String == "2024-06")
    #expect(object["date_precision"] as? String == "month")
    #expect(object["source"] as? String == "Thomson Reuters")
    #expect(object["authors"] as? [String] == ["Ju-min Park", "Josh Smith"])
    #expect(object["dateline"] as? String == "Seoul")
    #expect(object["agency"] as? String == "Reuters")
    #expect(object["language"] as? String == "de")
    #expect(object["sentences"] as? Int == 31)
    #expect(object["words"] as? Int == 645)
  }

  @Test func everyCommandWritesOneJSONLine() throws {
    let test = TestShell(format: .json)
    let lines = [
      "load \(Paths.seed)", "articles", "use 1", "info", "text", "text --sentences", "sentences", "set", "help",
      "help load", "expect sentences count >= 1", "quotes", "speakers", "who", "who Kim", "timeline", "quit",
    ]
    #expect(test.run(lines) == 0)
    let output = test.output.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(output.count == lines.count)
    for line in output { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8), options: .fragmentsAllowed)) != nil) }
  }

  @Test func errorsNameScriptAndLineAndStopTheScript() {
    let test = TestShell()
    let status = test.run(["# a comment", "artcles", "articles"], file: "check.lede")
    #expect(status == 1)
    #expect(test.output.errors == "check.lede:2: error: unknown command 'artcles' — did you mean 'articles'?\n")
    #expect(test.output.output.isEmpty)
  }

  /// Output that cannot be written (a full disk, a closed standard output) fails the command
  /// with one error line, as any failure does; what was loaded stays.
  @Test func outputThatCannotBeWrittenIsAnErrorNotACrash() {
    final class FullDisk: OutputSink {
      var errors = ""
      func write(_ text: String) throws { throw ShellError.file(path: "standard output", problem: "no space left on device") }
      func writeError(_ text: String) { errors += text }
    }
    let sink = FullDisk()
    let shell = Shell(sink: sink)
    let status = ScriptRunner.run(ScriptRunner.lines(of: "load \(Paths.seed)\nshow", file: "full.lede"), in: shell, keepGoing: false)
    #expect(status == 1)
    #expect(sink.errors == "full.lede:1: error: standard output: no space left on device\n")
    #expect(shell.session.articles.count == 1)
  }

  /// Standard input is read up to the size limit, not to its end (here from a file twice as large).
  @Test func standardInputIsReadNoFurtherThanTheLimit() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("stream").path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try #require(FileHandle(forUpdatingAtPath: path))
    try handle.truncate(atOffset: UInt64(2 * ArticleFiles.sizeLimit))
    try handle.seek(toOffset: 0)
    let bytes = try ArticleFiles.read(handle.fileDescriptor, atMost: ArticleFiles.sizeLimit + 1, shownAs: "stream")
    #expect(bytes.count == ArticleFiles.sizeLimit + 1)
    try handle.close()
  }

  /// Numbers at the ends of the integers are checked, not computed with: no overflow traps.
  @Test func extremeNumbersAreErrorsOrWorkNotCrashes() {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "quotes -9223372036854775808"]) == 1)
    #expect(test.output.errors.contains("there is no quote -9223372036854775808"))
    #expect(TestShell().run(["load \(Paths.seed)", "kwic Kim --width 4611686018427387903"]) == 0)
    #expect(TestShell().run(["load \(Paths.seed)", "quotes 9223372036854775807"]) == 1)
  }

  @Test func anUnknownEntitySuggestsTheClosestName() {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "who Pootin"], file: "who.lede") == 1)
    #expect(test.output.errors.hasPrefix("who.lede:2: error: no entity 'Pootin' in this article (did you mean 'Wladimir Putin'?)"))
  }

  @Test func whoNameJSONHasMentionsInContext() throws {
    let test = TestShell(format: .json)
    #expect(test.run(["load \(Paths.seed)", "who Kim Jong Un"]) == 0)
    let object = try #require(test.lastJSONObject())
    #expect(object["name"] as? String == "Kim Jong Un")
    let mentions = try #require(object["mentions"] as? [[String: Any]])
    #expect(mentions.count == object["count"] as? Int)
    #expect(mentions.allSatisfy { ($0["left"] as? String) != nil && ($0["start"] as? Int) != nil })
  }

  @Test func timelineJSONKeepsTheContract() throws {
    let test = TestShell(format: .json)
    #expect(test.run(["load \(Paths.seed) --date 2024-06-19", "timeline --type DATE"]) == 0)
    let line = try #require(test.output.output.split(separator: "\n").last)
    let items = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[String: Any]])
    #expect(items.count == 4)
    let wednesday = try #require(items.first { $0["text"] as? String == "Mittwoch" })
    #expect(wednesday["value"] as? String == "2024-06-19")
    #expect(wednesday["type"] as? String == "DATE")
    #expect((wednesday["sentence"] as? String)?.contains("am Mittwoch in Pjöngjang") == true)
    #expect(wednesday["start"] as? Int != nil && wednesday["end"] as? Int != nil)
  }

  @Test func timelineRejectsABadDate() {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "timeline --from 2024-13-45"], file: "t.lede") == 1)
    #expect(test.output.errors.hasPrefix("t.lede:2: error: invalid date '2024-13-45'"))
  }

  @Test func keepGoingRunsTheRestAndStillFails() {
    let test = TestShell()
    #expect(test.run(["info", "set format csv", "set"], keepGoing: true) == 1)
    #expect(test.output.errors.contains("test.lede:1: error: no article loaded (run 'load PATH' first)"))
    #expect(test.output.output.hasPrefix("field,value\nformat,csv"))
  }

  @Test func badFilesAreOneLineErrorsAndLoseNothing() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let files: [(String, [UInt8])] = [
      ("empty.txt", []), ("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 3]),
      ("broken.json", Array("{\"text\": \"x\",\n\"title\": }".utf8)), ("blank.html", Array("<html><body></body></html>".utf8)),
    ]
    for (name, bytes) in files { _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes)) }
    let huge = folder.appendingPathComponent("huge.txt").path
    _ = FileManager.default.createFile(atPath: huge, contents: nil)
    try FileHandle(forWritingAtPath: huge).map { try $0.truncate(atOffset: 65 * 1024 * 1024); try $0.close() }
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("nothing"), withIntermediateDirectories: true)
    #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600) == 0)

    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)"]) == 0)
    let expectations = [
      ("empty.txt", "file is empty"), ("binary.txt", "file holds binary data, not text"),
      ("broken.json", "malformed JSON on line 2"), ("blank.html", "HTML page has no article text"),
      ("huge.txt", "file is too large (65 MiB; the limit is 64 MiB)"), ("nothing", "directory has no loadable files"),
      ("missing.txt", "no such file or directory"), ("pipe.txt", "not a file but a pipe, socket or device"),
    ]
    for (name, problem) in expectations {
      let before = test.output.errors.count
      let path = folder.appendingPathComponent(name).path
      #expect(test.run(["load \(path)"]) == 1)
      let message = String(test.output.errors.dropFirst(before))
      #expect(message.hasPrefix("test.lede:1: error: \(path): \(problem)"), "\(message)")
      #expect(message.split(separator: "\n").count == 1)
    }
    #expect(test.shell.session.articles.count == 1)
    #expect(test.shell.session.current?.article.name == "putin-kim-pjoengjang")
  }

  @Test func systemErrorsReadAsLedeMessages() {
    #expect(ArticleFiles.describe(EACCES) == "permission denied")
    #expect(ArticleFiles.describe(ENOENT) == "no such file or directory")
    #expect(ArticleFiles.describe(ENOTDIR) == "a part of the path is not a directory")
  }

  @Test func ctrlCStopsADirectoryLoad() {
    let test = TestShell()
    test.shell.interruption = { true }
    #expect(test.run(["load \(Paths.root.appendingPathComponent("Examples/articles").path)"]) == 1)
    #expect(test.output.errors == "test.lede:1: error: interrupted\n")
    #expect(test.shell.session.articles.isEmpty)
  }

  @Test func permissionDeniedIsNamed() throws {
    if getuid() == 0 { return }  // root reads everything; the message itself is checked above
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("secret.txt").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("Text.".utf8), attributes: [.posixPermissions: 0])
    let test = TestShell()
    #expect(test.run(["load \(path)"]) == 1)
    #expect(test.output.errors.contains("permission denied"))
  }

  @Test func directoriesAndGlobsLoadEveryArticle() {
    let test = TestShell()
    let folder = Paths.root.appendingPathComponent("Examples/articles").path
    #expect(test.run(["load \(folder)", "expect articles count == 8", "load \(folder)/*.md", "expect articles count == 8"]) == 0)
    #expect(test.shell.session.current?.article.name == "stadtrat-radwege")
  }

  /// A file loaded before and unchanged since, by any path, is not read again: `load` says so
  /// and makes it current. With options it is read again in place of its article (same id and
  /// name); a file changed since is another article.
  @Test func aFileLoadedBeforeIsNotLoadedTwice() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("brief.de.txt")
    try "Kim reiste am Montag ab.".write(to: file, atomically: true, encoding: .utf8)
    let test = TestShell()
    let seed = Paths.seed
    #expect(test.run(["load \(file.path) \(seed)", "load \(folder.path)/../\(folder.lastPathComponent)/brief.de.txt"]) == 0)
    #expect(test.shell.session.articles.count == 2 && test.shell.session.current?.id == 1)
    #expect(test.output.errors.contains("brief.de.txt is already loaded (id 1) and unchanged: not read again"))
    #expect(test.run(["load \(folder.path)", "expect articles count == 2"]) == 0)
    #expect(test.run(["load \(file.path) --date 2024-06-19", "expect articles count == 2"]) == 0)
    let reread = test.shell.session.current
    #expect(reread?.id == 1 && reread?.article.name == "brief" && reread?.article.metadata.date?.description == "2024-06-19")
    try "Kim reiste am Dienstag ab, sagte die Agentur.".write(to: file, atomically: true, encoding: .utf8)
    #expect(test.run(["load \(file.path)", "expect articles count == 3"]) == 0)
    #expect(test.shell.session.current?.article.name == "brief-2")
  }

  /// A file named with `[`, `*` or `?` loads by its name; where no such file is, it is a pattern.
  @Test func aFileNamedLikeAPatternLoadsByName() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["brief[1].txt", "brief*.txt", "brief?.txt"] {
      try "Kim reiste am Montag ab.".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let test = TestShell()
    #expect(test.run(["load '\(folder.path)/brief[1].txt'", "expect articles count == 1"]) == 0)
    #expect(test.run(["load '\(folder.path)/brief?.txt'", "expect articles count == 2"]) == 0)
    // The pattern matches three files, two of them loaded already.
    #expect(test.run(["load '\(folder.path)/b*.txt'", "expect articles count == 3"]) == 0)
  }

  /// `show > PIPE` with nothing reading the pipe is an error at once, not a wait.
  @Test func redirectionToAPipeNothingReadsIsAnError() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "show > \(pipe)"]) == 1)
    #expect(test.output.errors.contains("a pipe that nothing reads from"))
    #expect(test.shell.session.articles.count == 1)
  }

  @Test func redirectionWritesTheCurrentFormat() throws {
    let folder = try Paths.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("info.json").path
    let test = TestShell(format: .json)
    #expect(test.run(["load \(Paths.seed) > \(file)", "info >> \(file)"]) == 0)
    let written = try String(contentsOfFile: file, encoding: .utf8)
    #expect(written.split(separator: "\n").count == 2)
    #expect(test.output.output.isEmpty)
  }

  @Test func redirectionToADeviceOrAMissingFolder() {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed) > /dev/null", "quotes >> /dev/null"]) == 0)
    #expect(test.run(["info > /nonexistent-folder/info.txt"]) == 1)
    #expect(test.output.errors.contains("/nonexistent-folder/info.txt: no such file or directory"))
  }

  @Test func expectChecksCountsFieldsAndMembership() {
    let test = TestShell()
    #expect(
      test.run([
        "load \(Paths.seed)", "expect sentences count == 31", "expect info words at-least 600",
        "expect info authors contains 'Josh Smith'", "expect 'sentences --all' contains 'Seoul (Reuters) -'",
        "expect 'text' contains Pjöngjang", "expect info language is de", "expect 'load nowhere.txt' fails 'no such file'",
      ]) == 0)
    let failing = TestShell()
    #expect(failing.run(["load \(Paths.seed)", "expect sentences count >= 50"]) == 1)
    #expect(failing.output.errors == "test.lede:2: error: expectation failed: 'sentences' count is 31, expected >= 50\n")
  }

  /// psql's and sqlite3's meta commands and shell escapes: an alias runs (`\q`, `\i` is
  /// `source`), the rest say what lede does instead, never "did you mean 'info'" for `\i`.
  @Test func foreignCommandsSayWhatLedeDoesInstead() {
    let test = TestShell()
    #expect(test.run(["!ls", "\\i x", ".tables"], keepGoing: true) == 1)
    #expect(test.output.errors.contains("'!ls': lede runs no shell commands"))
    #expect(test.output.errors.contains("x: cannot read this script"))
    #expect(test.output.errors.contains("'.tables': lede has no dot commands"))
    #expect(!test.output.errors.contains("did you mean"))
    #expect(test.run(["\\q"]) == 0 && test.shell.shouldQuit)
  }

  /// `who Putin Kim`: two names that are not one name together give a row each.
  @Test func whoTakesSeveralNames() {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "who Putin Kim"]) == 0)
    #expect(test.output.output.contains("Wladimir Putin") && test.output.output.contains("Kim Jong Un"))
    #expect(test.output.output.contains("(2 entities)"))
    #expect(test.run(["who Kim Jong Un"]) == 0)
    #expect(test.output.output.contains("Kim Jong Un — person"))
  }

  /// Byline authors have no mentions: `who --min 1` leaves them out; a quote nobody is said to
  /// speak shows `–` as its speaker in tables, null in JSON.
  @Test func authorsNeedNoMinimumAndNobodyIsADash() throws {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "who --min 1"]) == 0)
    #expect(!test.output.output.contains("Josh Smith"))
    #expect(test.run(["who"]) == 0)
    #expect(test.output.output.contains("Josh Smith"))
    let folder = try Paths.temporaryFolder()
    let path = folder.appendingPathComponent("nobody.txt").path
    try "Der Plan sei „völlig unmöglich“, hieß es.".write(toFile: path, atomically: true, encoding: .utf8)
    let unattributed = TestShell()
    #expect(unattributed.run(["load \(path) --lang de", "speakers"]) == 0)
    #expect(unattributed.output.output.split(separator: "\n").contains { $0.hasPrefix("–  ") })
  }

  /// Every `expect` is recorded with its place and outcome, and reported as JUnit XML (which
  /// parses) or TAP.
  @Test func checksBecomeJUnitAndTAPReports() throws {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "expect sentences count == 31", "expect info title == 'x<y'"], keepGoing: true) == 1)
    #expect(test.shell.checks.map(\.passed) == [true, false])
    #expect(test.shell.checks[1].location == SourceLocation(file: "test.lede", line: 3))
    let junit = CheckReport.junit.render(test.shell.checks)
    #expect(XMLParser(data: Data(junit.utf8)).parse())
    #expect(junit.contains(#"<testsuites tests="2" failures="1">"#))
    #expect(junit.contains(#"line="3"><failure message="expectation failed:"#) && junit.contains("expected == x&lt;y"))
    let tap = CheckReport.tap.render(test.shell.checks)
    #expect(tap.hasPrefix("TAP version 13\n1..2\nok 1 - expect sentences count == 31\nnot ok 2 - expect info title == x<y\n  ---\n"))
    #expect(tap.contains("  at: \"test.lede:3\"\n  ...\n"))
  }

  /// The rc file's place follows XDG; it runs without echo, and its errors name it and go on.
  @Test func rcFileRunsQuietlyAndGoesOnAfterErrors() throws {
    #expect(Launcher.rcPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/lede/rc")
    #expect(Launcher.rcPath(environment: ["HOME": "/h"]) == "/h/.config/lede/rc")
    let folder = try Paths.temporaryFolder()
    let rc = folder.appendingPathComponent("rc").path
    try "set format csv\nbogus\nset timer on\n".write(toFile: rc, atomically: true, encoding: .utf8)
    let test = TestShell()
    Launcher.runRC(rc, in: test.shell)
    #expect(test.output.output.isEmpty)
    #expect(test.output.errors.contains("\(rc):2: error: unknown command 'bogus'"))
    #expect(test.shell.session.settings.format == .csv && test.shell.session.settings.timer && !test.shell.session.settings.quiet)
  }

  /// The pager counts screen lines: three lines of 50 columns fill a 20-column, 6-line window.
  @Test func pagingCountsWrappedLines() {
    var environment = Shell.Environment()
    environment.outputIsTerminal = true
    environment.width = { 20 }
    environment.height = { 6 }
    let shell = Shell(sink: CapturedOutput(), environment: environment)
    let long = String(repeating: "x", count: 50)
    #expect(shell.shouldPage("\(long)\n\(long)\n\(long)\n"))
    #expect(!shell.shouldPage("short\nlines\n\u{1B}[1mbold\u{1B}[0m\n"))
  }

  /// On a terminal, kwic's context is what fits the window; --width still decides when given.
  @Test func kwicFitsTheTerminal() {
    var environment = Shell.Environment()
    environment.outputIsTerminal = true
    environment.width = { 60 }
    let output = CapturedOutput()
    let shell = Shell(sink: output, environment: environment)
    shell.session.settings.pager = false
    #expect(shell.run("load \(Paths.seed)") && shell.run("kwic Kim"))
    let lines = output.output.split(separator: "\n").drop { !$0.hasPrefix("n ") }
    #expect(lines.count > 3 && lines.allSatisfy { DisplayWidth.of(String($0)) <= 60 })
    #expect(shell.run("kwic Kim --width 40"))
    #expect(output.output.split(separator: "\n").contains { DisplayWidth.of(String($0)) > 60 })
  }

  /// `-c` and `-f` mix and run in the order given; without a readable order, scripts go first.
  @Test func commandsAndScriptsKeepTheirOrder() {
    let steps = LaunchOptions.steps(
      commands: ["who", "quotes"], scripts: ["a.lede"], in: ["--format", "json", "-c", "who", "-f", "a.lede", "-c", "quotes", "x.txt"])
    #expect(steps == [.command("who"), .script("a.lede"), .command("quotes")])
    let unordered = LaunchOptions.steps(commands: ["who"], scripts: ["a.lede"], in: ["-c=who", "-f=a.lede"])
    #expect(unordered == [.script("a.lede"), .command("who")])
  }

  /// `-q` leaves out confirmations (load's table, use, set with a value, a passing expect), not
  /// what was asked for, and never JSON lines.
  @Test func quietLeavesOutConfirmationsOnly() {
    let test = TestShell()
    test.shell.session.settings.quiet = true
    #expect(test.run(["load \(Paths.seed)", "use 1", "set timer off", "expect sentences count == 31"]) == 0)
    #expect(test.output.output.isEmpty)
    #expect(test.run(["set", "articles"]) == 0)
    #expect(test.output.output.contains("timer") && test.output.output.contains("putin-kim-pjoengjang"))
    let json = TestShell(format: .json)
    json.shell.session.settings.quiet = true
    #expect(json.run(["load \(Paths.seed)", "use 1"]) == 0)
    #expect(json.output.output.split(separator: "\n").count == 2)
  }

  /// Under `--format json` every command writes one line, a failing one its error record.
  @Test func jsonFailuresWriteOneRecordEach() throws {
    let test = TestShell(format: .json)
    #expect(test.run(["load \(Paths.seed)", "expect sentences count gt 50", "who Nobody", "articles"], keepGoing: true) == 1)
    let lines = test.output.output.split(separator: "\n")
    #expect(lines.count == 4)
    let failure = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
    #expect(failure["command"] as? String == "expect sentences count gt 50")
    #expect(failure["line"] as? Int == 2 && failure["file"] as? String == "test.lede")
    #expect(failure["passed"] as? Bool == false && failure["actual"] as? Int == 31)
    #expect((failure["error"] as? String)?.hasPrefix("expectation failed:") == true)
    #expect(test.output.errors.contains("test.lede:2: error: expectation failed"))
  }

  /// Comparisons as symbols (`>` quoted), words and their short forms; a check whose `> N` the
  /// line parser took as a redirection says so.
  @Test func expectComparesWithSymbolsAndWords() {
    let test = TestShell()
    #expect(test.run(["load \(Paths.seed)", "expect sentences count '>' 30", "expect sentences count gt 30", "expect sentences count le 31"]) == 0)
    #expect(test.run(["expect sentences count > 30"]) == 1)
    #expect(test.output.errors.contains("a bare > redirects output to a file, so write gt or more-than, or quote '>'"))
    #expect(!FileManager.default.fileExists(atPath: "30"))
    #expect(test.run(["expect info 'language from' == detected"]) == 1)
    #expect(test.output.errors.contains("that is the title of the field 'language_source', and checks name fields by key (info --keys lists them)"))
    #expect(test.run(["info --keys"]) == 0 && test.output.output.contains("language_source  language from"))
    #expect(test.run(["expect info language_source == detected"]) == 0)
  }

  @Test func useFindsArticlesByIdNameOrPrefix() {
    let test = TestShell()
    let folder = Paths.root.appendingPathComponent("Examples/articles").path
    #expect(test.run(["load \(folder)", "use putin", "use 1", "use harbour-strike"]) == 0)
    #expect(test.shell.session.current?.article.name == "harbour-strike")
    #expect(test.run(["use putn-kim"]) == 1)
    #expect(test.output.errors.contains("no loaded article 'putn-kim'"))
    #expect(test.run(["use harbour"]) == 1)
    #expect(test.output.errors.contains("'harbour' could be 2 articles: harbour-deal (4), harbour-strike (5); give more of the name or the id"))
  }

  @Test func settingsChangeFormatAndLanguage() {
    let test = TestShell()
    #expect(test.run(["set format json", "set language en", "load \(Paths.seed)", "set language auto"]) == 0)
    #expect(test.shell.session.settings.format == .json)
    #expect(test.shell.session.current?.article.language == .english)
    #expect(test.run(["set format xml"]) == 1)
    #expect(test.output.errors.contains("invalid value 'xml' for format (expected table, json, csv or markdown)"))
  }

  @Test func continuationLinesJoin() {
    let test = TestShell()
    #expect(test.run(["load \\", "  \(Paths.seed)", "expect info words \\", "  == 645"]) == 0)
  }
}
