/// The formats every command's result can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Aligned columns for people (the default).
  case table
  /// One JSON value per command and line (JSON Lines), as `CONTRACT.md` describes.
  case json
  /// RFC 4180 comma-separated values with a header row.
  case csv
  /// GitHub-flavoured Markdown tables.
  case markdown
}

/// Renders a `CommandOutput` in one format.
public struct Renderer: Sendable {
  public var format: OutputFormat
  public var style: Style
  /// The terminal's width in columns; nil when output is not a terminal (nothing is shortened).
  public var width: Int?
  /// Whether CSV text is written as it is, formulas included (`CSVWriter`).
  public var rawCSV: Bool
  /// Whether tables are written as a block per row (`set expanded`).
  public var expanded: Session.Settings.Expanded

  public init(
    format: OutputFormat, style: Style = .plain, width: Int? = nil, rawCSV: Bool = false, expanded: Session.Settings.Expanded = .off
  ) {
    self.format = format
    self.style = style
    self.width = width
    self.rawCSV = rawCSV
    self.expanded = expanded
  }

  /// The rendered text, ending in a newline unless empty.
  public func render(_ output: CommandOutput) -> String {
    // On a terminal (a width is known) JSON is indented for reading; elsewhere one line each.
    if format == .json { return JSONWriter.write(output.json, indented: width != nil) + "\n" }
    switch output.visible {
    case .nothing: return ""
    case .text(let text, _), .message(let text, _):
      return text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
    case .table(let table):
      switch format {
      case .csv: return CSVWriter(raw: rawCSV).write(table)
      case .markdown: return MarkdownWriter.write(table)
      default: return TableWriter(style: style, width: width, expanded: expanded).write(table)
      }
    case .annotated(let text):
      switch format {
      case .csv: return CSVWriter(raw: rawCSV).write(text.markTable)
      case .markdown: return MarkdownWriter.write(text.markTable)
      default: return AnnotatedTextWriter(style: style, width: width).write(text)
      }
    case .record(let record):
      switch format {
      case .csv: return CSVWriter(raw: rawCSV).write(record)
      case .markdown: return MarkdownWriter.write(record)
      default: return TableWriter(style: style, width: width).write(record)
      }
    }
  }
}
