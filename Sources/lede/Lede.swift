import ArgumentParser
import LedeCore
import LedeShell

/// The `lede` executable: flags in, exit status out; everything else lives in LedeShell.
@main
struct Lede: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lede",
    abstract: "A shell for analysing news articles in German and English.",
    discussion: """
      Without -c or -f, lede reads commands from standard input, or starts the REPL on a terminal. \
      `lede batch` analyses a stream of JSON Lines articles for pipelines (see `lede batch --help`).
      """,
    version: Launcher.version)

  @Option(help: "Output format: table, json (one JSON value per command and line), csv or markdown.")
  var format: OutputFormat?
  @Flag(help: "Never write colour or other escape sequences (as NO_COLOR does).")
  var noColor = false
  @Flag(help: "Write CSV text as it is: without the ' lede puts before text a spreadsheet would run as a formula (=, +, -, @).")
  var rawCSV = false
  @Flag(name: .shortAndLong, help: "Leave out output that only confirms (load's table, use, set, a passing expect); not under --format json.")
  var quiet = false
  @Option(parsing: .upToNextOption, help: ArgumentHelp("Write the results of the script's expect checks as a junit (XML) or tap report to FILE.", valueName: "junit|tap FILE"))
  var report: [String] = []
  @Flag(inversion: .prefixedNo, help: "Run the rc file ($XDG_CONFIG_HOME/lede/rc, else ~/.config/lede/rc) first; by default only for the REPL.")
  var rc: Bool?
  @Flag(help: "Run the remaining commands after one fails (the exit status is still 1).")
  var keepGoing = false
  @Option(
    name: .customShort("c"), help: ArgumentHelp("Run COMMAND, then exit; repeat for more.", valueName: "COMMAND"),
    completion: .custom { _, _, prefix in Completer.commandLineCandidates(prefix) })
  var commands: [String] = []
  @Option(
    name: .customShort("f"), help: ArgumentHelp("Run the commands in SCRIPT, then exit; repeat for more, mix with -c (run in the order given).", valueName: "SCRIPT"),
    completion: .file(extensions: ["lede"]))
  var scripts: [String] = []
  @Flag(help: .hidden)
  var manPage = false
  @Argument(
    help: "Articles to load first (files, directories, globs, - for standard input).",
    completion: .file(extensions: ArticleFormat.extensions.map(\.key)))
  var articles: [String] = []

  /// `lede batch …` runs the batch mode; anything else is the shell.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "batch" {
      BatchMode.main(Array(arguments.dropFirst()))
    } else {
      main(arguments)
    }
  }

  func validate() throws {
    guard report.isEmpty || report.count == 2 && CheckReport(rawValue: report[0]) != nil else {
      throw ValidationError("--report takes a format and a file: --report junit|tap FILE")
    }
  }

  func run() throws {
    if manPage {
      print(ManPage.render(
        version: Launcher.version, flags: ManPageFlags.of(Self._dumpHelp()), batchFlags: ManPageFlags.of(BatchMode._dumpHelp()),
        commands: Commands.all), terminator: "")
      return
    }
    var options = LaunchOptions()
    options.format = format
    options.noColor = noColor
    options.keepGoing = keepGoing
    options.rawCSV = rawCSV
    options.quiet = quiet
    options.runsRC = rc
    if report.count == 2, let format = CheckReport(rawValue: report[0]) { options.report = (format, report[1]) }
    options.steps = LaunchOptions.steps(commands: commands, scripts: scripts, in: Array(CommandLine.arguments.dropFirst()))
    options.articles = articles
    let status = MainActor.assumeIsolated { Launcher.run(options) }
    if status != 0 { throw ExitCode(status) }
  }
}

extension OutputFormat: ExpressibleByArgument {}
