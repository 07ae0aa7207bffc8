import Foundation

/// Writes RFC 4180 CSV: a header row of JSON keys, fields quoted when they need it, CRLF-free
/// (`\n` line ends, as Unix tools expect). Text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: an article's `=HYPERLINK(…)`)
/// gets a `'` in front, as spreadsheet users expect; numbers stay as they are. `raw` writes
/// text unchanged (`--raw-csv`).
struct CSVWriter {
  var raw = false

  func write(_ table: Table) -> String {
    let columns = table.columns.enumerated().filter { $0.element.visibility != .textOnly }
    var lines = [columns.map { Self.field($0.element.key) }.joined(separator: ",")]
    for row in table.rows {
      lines.append(columns.map { cell(row[$0.offset]) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func write(_ record: Record) -> String {
    var lines = ["field,value"]
    for entry in record.entries where entry.visibility != .textOnly {
      lines.append(Self.field(entry.key) + "," + cell(entry.value))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A value as a field: text that would start a formula neutralised unless `raw`.
  func cell(_ value: Value) -> String {
    let text = value.plainText
    guard !raw, case .string = value, let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) else {
      return Self.field(text)
    }
    return Self.field("'" + text)
  }

  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  static func field(_ text: String) -> String {
    let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0.isLineBreak }
    guard needsQuotes || text.hasPrefix(" ") || text.hasSuffix(" ") else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// Writes GitHub-flavoured Markdown tables.
enum MarkdownWriter {
  static func write(_ table: Table) -> String {
    let columns = table.columns.enumerated().filter { $0.element.visibility != .jsonOnly }
    var lines = [
      "| " + columns.map { escape($0.element.title) }.joined(separator: " | ") + " |",
      "|" + columns.map { $0.element.alignment == .right ? " ---: " : " --- " }.joined(separator: "|") + "|",
    ]
    for row in table.rows {
      lines.append("| " + columns.map { escape(TableWriter.cell(row[$0.offset], absent: $0.element.absent)) }.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func write(_ record: Record) -> String {
    var lines = ["| field | value |", "| --- | --- |"]
    for entry in record.entries where entry.visibility != .jsonOnly {
      lines.append("| \(escape(entry.title)) | \(escape(TableWriter.cell(entry.value))) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
  }
}
