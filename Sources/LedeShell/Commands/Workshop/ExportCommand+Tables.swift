import Foundation
import LedeCore

extension ExportCommand {
  /// Where `path` (with the format `--format` names, if any) asks for tidy tables: a folder
  /// (`out/`, one that exists, or `--format csv` without `.csv`) for one CSV file per table,
  /// `.sqlite`/`.db` (or `--format sqlite`) for a SQLite database; nil for the other exports.
  static func tableTarget(_ path: String, format: String?, resolved: String) -> TableTarget? {
    let lowered = path.lowercased()
    switch format {
    case "sqlite"?: return .sqlite
    case "csv"?: return lowered.hasSuffix(".csv") ? nil : .folder
    case _?: return nil
    case nil: break
    }
    if lowered.hasSuffix(".sqlite") || lowered.hasSuffix(".db") || lowered.hasSuffix(".sqlite3") { return .sqlite }
    var isFolder: ObjCBool = false
    if path.hasSuffix("/") || FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) && isFolder.boolValue { return .folder }
    return nil
  }

  enum TableTarget { case folder, sqlite }

  /// Everything found in each of `chosen`, the articles analysed on all cores first.
  static func analyses(of chosen: [Session.LoadedArticle], context: CommandContext) throws -> [ArticleAnalysis] {
    try context.session.prepare(chosen, needs: [.entities, .quotes, .times])
    return try chosen.map { loaded in
      try context.checkInterruption()
      return try context.session.analysis(of: loaded)
    }
  }

  /// Writes the tidy tables of `chosen` (analysed on all cores first) to `path`.
  static func exportTables(
    _ chosen: [Session.LoadedArticle], to target: TableTarget, path: String, context: CommandContext
  ) throws -> CommandOutput {
    let session = context.session
    let tables = CorpusTables(Array(zip(chosen.map(\.id), try analyses(of: chosen, context: context))))
    let resolved = context.shell.resolve(path)
    switch target {
    case .sqlite:
      try SQLiteWriter.write(tables, to: resolved, shownAs: path)
    case .folder:
      do {
        try FileManager.default.createDirectory(atPath: resolved, withIntermediateDirectories: true)
      } catch {
        throw ShellError.file(path: path, problem: "cannot make this folder")
      }
      for (name, text) in tables.csv(raw: session.settings.rawCSV) {
        try context.write(text, to: (path as NSString).appendingPathComponent(name))
      }
    }
    let rows = tables.tables.map { "\($0.rows.count) \($0.name)" }.joined(separator: ", ")
    let message = "wrote \(path) (\(chosen.count) article\(chosen.count == 1 ? "" : "s"): \(rows))"
    return .message(message, json: .object([
      .init("file", .string(path)), .init("format", .string(target == .sqlite ? "sqlite" : "csv tables")), .init("articles", .int(chosen.count)),
      .init("tables", .object(tables.tables.map { .init($0.name, .int($0.rows.count)) })),
    ]))
  }
}

extension ExportCommand {
  /// The interchange formats by extension: TimeML (`.tml`), CoNLL (`.conll`), brat (`.ann`).
  static let interchangeFormats = ["tml", "conll", "ann"]

  /// Writes `chosen` as TimeML or brat (one file per article, or a `.ann` and `.txt` pair: with
  /// several articles, each named `FILE-ARTICLE.tml`) or as one CoNLL file.
  static func exportInterchange(
    _ chosen: [Session.LoadedArticle], format: String, path: String, context: CommandContext
  ) throws -> CommandOutput {
    let analyses = try analyses(of: chosen, context: context)
    var written: [String] = []
    if format == "conll" {
      try context.write(CoNLLWriter.write(analyses), to: path)
      written = [path]
    } else {
      for analysis in analyses {
        let file = analyses.count == 1 ? path : (path as NSString).deletingPathExtension + "-\(analysis.article.name).\(format)"
        if format == "ann" {
          let (annotations, text) = BratWriter.write(analysis)
          try context.write(annotations, to: file)
          try context.write(text, to: (file as NSString).deletingPathExtension + ".txt")
        } else {
          try context.write(TimeMLWriter.write(analysis), to: file)
        }
        written.append(file)
      }
    }
    let message = "wrote \(written.count == 1 ? written[0] : "\(written.count) files (\(written[0]), …)") (\(chosen.count) article\(chosen.count == 1 ? "" : "s"))"
    return .message(message, json: .object([
      .init("files", .array(written.map(Value.string))), .init("format", .string(format)), .init("articles", .int(chosen.count)),
    ]))
  }
}
