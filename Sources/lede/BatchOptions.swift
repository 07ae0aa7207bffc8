import ArgumentParser
import LedeCore
import LedeShell

/// `lede batch`: the streaming mode for pipelines (Hadoop Streaming, Spark's `RDD.pipe`).
struct BatchMode: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lede batch",
    abstract: "Analyse JSON Lines articles: one JSON line of results per input line, in input order.",
    discussion: """
      Reads articles as JSON Lines from the files given, or from standard input, and writes one JSON \
      line per article with its id, line and the analyses asked for, as the shell's commands write \
      them under --format json. A line that cannot be analysed (not JSON, no text, too long) gives \
      {"id": …, "line": N, "error": "…"} and the stream goes on; the exit status is then 1. Blank \
      lines are skipped. Articles are analysed on --jobs cores with a bounded window, so memory stays \
      the same however long the stream is.
      """)

  @Option(help: ArgumentHelp("The analyses each record carries, comma-separated (\(Batch.analysisNames.joined(separator: ", "))).", valueName: "LIST"))
  var analyses = Batch.defaultAnalyses.joined(separator: ",")
  @Option(help: "Articles analysed at once (default: the number of cores).")
  var jobs: Int?
  @Option(help: ArgumentHelp("The field that holds the text (default: text, body, content, article or articleBody).", valueName: "FIELD"))
  var textField: String?
  @Option(help: ArgumentHelp("The field that holds the article's id (default: id, name or slug).", valueName: "FIELD"))
  var idField: String?
  @Option(help: ArgumentHelp("The field that holds the article's date, YYYY-MM-DD (default: date or datePublished).", valueName: "FIELD"))
  var dateField: String?
  @Option(help: ArgumentHelp("The field that holds the language code, de or en (default: lang or language).", valueName: "FIELD"))
  var langField: String?
  @Option(help: ArgumentHelp("The language of every article, over its language field and detection (as load --lang).", valueName: "de|en"))
  var lang: String?
  @Argument(help: "JSON Lines files to read in order (none or - : standard input).")
  var files: [String] = []

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let lang, Language(code: lang) == nil { throw ValidationError("--lang must be de or en") }
  }

  func run() throws {
    var options = Batch.Options()
    options.analyses = analyses.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    if let jobs { options.jobs = jobs }
    options.fields = JSONFields(text: textField, id: idField, date: dateField, language: langField)
    options.language = lang.flatMap(Language.init(code:))
    options.inputs = files
    let status = MainActor.assumeIsolated { Launcher.runBatch(options) }
    if status != 0 { throw ExitCode(status) }
  }
}
