import LedeCore
import LedeLanguages

/// `export FILE`: the whole analysis as a self-contained HTML report, JSON, CSV, tidy tables or SQLite.
struct ExportCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "export", abstract: "Write the analysis of the article (or --all) as an HTML report, JSON, CSV, SQLite, TimeML, CoNLL or brat.",
    discussion: """
      The format follows the file's extension. .html: one self-contained page (inline CSS and \
      SVG, no network) with the annotated article, the names, quotes by speaker, the timeline \
      as an axis and a network of who appears with whom in a sentence. .json: per article the \
      results of info, who, quotes, timeline and stats, as --format json gives them. .jsonl, or \
      - for standard output: the same, one line per article. .csv: one row per name mention, \
      quote and time expression (article, kind, text, label, detail, start, end). A folder \
      (DIR/): tidy tables, one CSV file each (articles, authors, entities, mentions, quotes, \
      timex), one row per item with its article's id, one value per cell. .sqlite or .db: the \
      same tables in a SQLite database, indexed on the article ids (schema in the README). .tml: \
      TimeML, the text with its TIMEX3 elements and the creation time (several articles: one \
      file each, FILE-NAME.tml). .conll: the entity tags in BIO, one token per line, CoNLL-2003 \
      style. .ann: brat standoff (with the text as FILE.txt): entity mentions, quotes, cues \
      and speakers, to correct in brat. With --all the articles are analysed on all cores.
      """,
    arguments: [.init("FILE", .path, help: "the file to write: .html, .json, .jsonl (- : standard output), .csv, .sqlite, .tml, .conll, .ann, or a folder DIR/")],
    options: [
      .init("--all", short: "-a", help: "every loaded article, not only the current one"),
      .init("--format", .choice(["html", "json", "jsonl", "csv", "sqlite", "tml", "conll", "ann"]),
        help: "the format, whatever FILE's extension (csv for a FILE without .csv: a folder of tables)"),
    ],
    examples: ["export report.html", "export analysis.json --all", "export marks.csv", "export - --all", "export tables/ --all", "export corpus.sqlite --all", "export times.tml", "export names.conll --all", "export seed.ann", "export out --all --format csv"])

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    let path = arguments[0] ?? ""
    // The format named with --format, else the file's extension, decides.
    let lowered = arguments.value("--format").map { "file." + $0 } ?? path.lowercased()
    let current = try session.requireArticle()
    let chosen = arguments.flag("--all") ? session.articles : [current]
    if let target = tableTarget(path, format: arguments.value("--format"), resolved: context.shell.resolve(path)) {
      return try exportTables(chosen, to: target, path: path, context: context)
    }
    if let format = interchangeFormats.first(where: { lowered.hasSuffix("." + $0) }) {
      return try exportInterchange(chosen, format: format, path: path, context: context)
    }
    guard let format = path == "-" ? "jsonl" : ["html", "htm", "jsonl", "json", "csv"].first(where: { lowered.hasSuffix("." + $0) })
    else {
      throw ShellError.usage("cannot tell the format of '\(path)': name a .html, .json, .jsonl, .csv, .sqlite, .tml, .conll or .ann file, a folder DIR/, or -", usage: spec.usage)
    }
    try session.prepare(chosen, needs: [.entities, .quotes, .times])
    var analyses: [ArticleAnalysis] = []
    var statistics: [Record] = []
    var json: [Value] = []
    for loaded in chosen {
      try context.checkInterruption()
      try session.with(current: loaded) {
        // Readability (for the report and JSON) needs no other analysis: it is computed on
        // another core meanwhile.
        let article = loaded.article
        let wantsStatistics = format != "csv"
        let ((stats, warning), analysis) = try Concurrently.run({
          wantsStatistics ? StatsCommand.record(for: article) : (Record([]), nil)
        }) { try session.analysis() }
        if let warning { context.warn(warning) }
        analyses.append(analysis)
        statistics.append(stats)
        if format.hasPrefix("json") {
          json.append(
            .object([
              .init("info", try context.evaluate(["info"]).json), .init("who", try context.evaluate(["who"]).json),
              .init("quotes", try context.evaluate(["quotes"]).json), .init("timeline", try context.evaluate(["timeline"]).json),
              .init("stats", stats.json),
            ]))
        }
      }
    }
    let text: String
    switch format {
    case "json":
      text = JSONWriter.write(.object([.init("generator", "lede"), .init("articles", .array(json))])) + "\n"
    case "jsonl":
      text = json.map { JSONWriter.write($0) + "\n" }.joined()
      if path == "-" { return .text(text, json: .array(json)) }
    case "csv":
      text = CSVWriter(raw: context.session.settings.rawCSV).write(Self.markRows(analyses))
    default:
      var report = HTMLReport(analyses: analyses)
      for language in Set(analyses.map(\.article.language)) {
        report.labels[language] = ReportLabels(words: (try? LanguageResources.reportLabels(for: language)) ?? [:])
      }
      report.statistics = statistics.map { record in
        record.entries.filter { !["name", "language"].contains($0.key) && $0.value != .null }.map {
          HTMLReport.Statistic(key: $0.key, title: $0.title, value: $0.value.plainText)
        }
      }
      text = report.render()
    }
    try context.write(text, to: path)
    let size = text.utf8.count
    let shown = size >= 10_240 ? "\(size / 1024) KB" : "\(size) bytes"
    let message = "wrote \(path) (\(chosen.count) article\(chosen.count == 1 ? "" : "s"), \(shown))"
    return .message(message, json: .object([.init("file", .string(path)), .init("format", .string(format)), .init("articles", .int(chosen.count)), .init("bytes", .int(size))]))
  }

  /// One row per name mention, quote and time expression of each article.
  static func markRows(_ analyses: [ArticleAnalysis]) -> Table {
    let columns = ["article", "kind", "text", "label", "detail", "start", "end"].map { Column($0) }
    var rows: [[Value]] = []
    for analysis in analyses {
      let name = Value.string(analysis.article.name)
      var marks: [(Int, [Value])] = []
      for entity in analysis.entities {
        for mention in entity.mentions {
          marks.append((mention.start, [name, .string(entity.type.rawValue), .string(mention.text), .string(entity.name), Value(entity.role), .int(mention.start), .int(mention.end)]))
        }
      }
      for quote in analysis.quotes {
        marks.append((quote.start, [name, .string("quote"), .string(quote.text), Value(quote.speaker), .string([quote.kind.rawValue, quote.cue].compactMap { $0 }.joined(separator: " · ")), .int(quote.start), .int(quote.end)]))
      }
      for time in analysis.times {
        marks.append((time.span.start, [name, .string("time"), .string(time.text), .string(time.value), .string(time.kind.rawValue), .int(time.span.start), .int(time.span.end)]))
      }
      rows += marks.sorted { $0.0 < $1.0 }.map(\.1)
    }
    return Table(columns: columns, rows: rows, noun: ("mark", "marks"))
  }
}
