import LedeCore

/// `--all` and `--article ID|NAME`, which every command about one article takes (`who`,
/// `quotes`, `timeline`, …): the command runs for the article asked for or for every loaded
/// one, and every record it gives names its article (`article`, `article_name`), so that lines
/// of JSON or CSV join back to their article.
public enum ArticleScope {
  static let options: [OptionSpec] = [
    .init("--all", help: "every loaded article, found on all cores: each row names its article"),
    .init("--article", .article, help: "another loaded article than the current one (id or name)"),
  ]

  /// Runs `command` for the articles `arguments` select: the current one, `--article`'s, or
  /// with `--all` every one (then combined as the command combines them).
  static func run(_ command: any ShellCommand.Type, _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    let session = context.session
    guard arguments.flag("--all") else {
      let loaded = try arguments.value("--article").map(session.article(matching:)) ?? session.requireArticle()
      return labelled(try session.with(current: loaded) { try command.run(context, arguments) }, with: loaded)
    }
    guard arguments.value("--article") == nil else {
      throw ShellError.usage("--all and --article cannot be used together", usage: command.spec.usage)
    }
    guard !session.articles.isEmpty else { throw ShellError.noArticleLoaded }
    if case .article(let needs) = command.spec.scope { try session.prepare(session.articles, needs: needs) }
    var outputs: [Part] = []
    var failures: [(Session.LoadedArticle, Error)] = []
    for loaded in session.articles {
      try context.checkInterruption()
      do {
        outputs.append(Part(article: loaded, output: try session.with(current: loaded) { try command.run(context, arguments) }))
      } catch ShellError.interrupted {
        throw ShellError.interrupted
      } catch {
        failures.append((loaded, error))
      }
    }
    if outputs.isEmpty, let (_, error) = failures.first { throw error }
    if let (loaded, error) = failures.first {
      context.warn("left out \(failures.count) of \(session.articles.count) articles; \(loaded.article.name): \(Shell.messages(of: error).joined(separator: " "))")
    }
    return try command.combine(outputs, arguments, in: context)
  }

  /// One article's output, before the outputs of all are combined.
  public struct Part {
    public let article: Session.LoadedArticle
    public let output: CommandOutput
  }

  /// The two columns that name a row's article: its id for machines, its name for everyone.
  static func articleColumns(visible: Bool) -> [Column] {
    [Column("article", alignment: .right, visibility: .jsonOnly), Column("article_name", title: "article", visibility: visible ? .everywhere : .jsonOnly)]
  }

  static func articleValues(_ loaded: Session.LoadedArticle) -> [Value] {
    [.int(loaded.id), .string(loaded.article.name)]
  }

  /// `output` with its article named in every record, for machines only (a person asked for
  /// this one article).
  static func labelled(_ output: CommandOutput, with loaded: Session.LoadedArticle) -> CommandOutput {
    switch output {
    case .table(let table):
      return .table(Table(
        columns: articleColumns(visible: false) + table.columns, rows: table.rows.map { articleValues(loaded) + $0 }, noun: table.noun))
    case .record(let record):
      let fields = zip(articleColumns(visible: false), articleValues(loaded)).map { Record.Entry($0.key, title: $0.title, $1, visibility: .jsonOnly) }
      return .record(Record(fields + record.entries))
    default:
      return output
    }
  }

  /// The outputs of every article one after another: the rows of their tables (or their
  /// records as rows) in one table that names each row's article; other outputs as a list.
  static func concatenated(_ parts: [Part]) -> CommandOutput {
    guard let first = parts.first else { return .nothing }
    switch first.output {
    case .table(let table):
      let tables = parts.compactMap { part -> (Session.LoadedArticle, Table)? in
        guard case .table(let table) = part.output else { return nil }
        return (part.article, table)
      }
      return .table(Table(
        columns: articleColumns(visible: true) + table.columns,
        rows: tables.flatMap { loaded, table in table.rows.map { articleValues(loaded) + $0 } }, noun: table.noun))
    case .record:
      var columns: [Column] = []
      for case .record(let record) in parts.map(\.output) {
        for entry in record.entries where !columns.contains(where: { $0.key == entry.key }) {
          columns.append(Column(entry.key, title: entry.title, visibility: entry.visibility))
        }
      }
      let rows = parts.compactMap { part -> [Value]? in
        guard case .record(let record) = part.output else { return nil }
        return articleValues(part.article) + columns.map { column in record.entries.first { $0.key == column.key }?.value ?? .null }
      }
      return .table(Table(columns: articleColumns(visible: true) + columns, rows: rows, noun: ("article", "articles")))
    case .annotated:
      return concatenated(parts.map { part in
        guard case .annotated(let text) = part.output else { return part }
        return Part(article: part.article, output: .table(text.markTable))
      })
    default:
      let values = parts.map { part in
        Value.object(zip(articleColumns(visible: true), articleValues(part.article)).map { Value.Field($0.key, $1) } + [.init("value", part.output.json)])
      }
      return .text(parts.map { "== \($0.article.article.name)\n\(text(of: $0.output))" }.joined(separator: "\n"), json: .array(values))
    }
  }

  private static func text(of output: CommandOutput) -> String {
    switch output {
    case .text(let text, _), .message(let text, _): return text
    default: return ""
    }
  }
}
