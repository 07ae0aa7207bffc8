import Foundation

/// Writes RFC 4180 CSV: a header row of JSON keys, fields quoted when they need it, CRLF-free
/// (`\n` line ends, as Unix tools expect).
enum CSVWriter {
  static func write(_ table: Table) -> String {
    let columns = table.columns.enumerated().filter { $0.element.visibility != .textOnly }
    var lines = [columns.map { field($0.element.key) }.joined(separator: ",")]
    for row in table.rows {
      lines.append(columns.map { field(row[$0.offset].plainText) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func write(_ record: Record) -> String {
    var lines = ["field,value"]
    for entry in record.entries where entry.visibility != .textOnly {
      lines.append(field(entry.key) + "," + field(entry.value.plainText))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) || text.hasPrefix(" ") || text.hasSuffix(" ")
    else { return text }
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
      lines.append("| " + columns.map { escape(TableWriter.cell(row[$0.offset])) }.joined(separator: " | ") + " |")
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
