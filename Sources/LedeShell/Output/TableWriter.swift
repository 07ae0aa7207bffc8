/// Writes tables and records as aligned columns for people, shortening long columns to the
/// terminal width when there is one.
struct TableWriter {
  let style: Style
  let width: Int?
  var expanded = Session.Settings.Expanded.off

  /// Columns never shrink below this many terminal columns.
  static let minimumColumnWidth = 12
  static let gap = "  "

  func write(_ table: Table) -> String {
    let columns = table.columns.enumerated().filter { $0.element.visibility != .jsonOnly }.map { (offset: $0.offset, column: $0.element) }
    guard !table.rows.isEmpty else { return style.dim(table.countLine) + "\n" }
    let headers = columns.map(\.column.title)
    // The cells row after row in one array, each cell's width measured once: the column widths,
    // the cut and the padding reuse it.
    // (A column is not copied per cell: that costs the retains of its strings.)
    let offsets = columns.map(\.offset)
    let absents = columns.map(\.column.absent)
    var cells: [String] = []
    cells.reserveCapacity(table.rows.count * columns.count)
    for row in table.rows {
      for index in offsets.indices { cells.append(Self.cell(row[offsets[index]], absent: absents[index])) }
    }
    let cellWidths = cells.map(DisplayWidth.of)
    var widths = headers.map(DisplayWidth.of)
    for (index, cellWidth) in cellWidths.enumerated() where cellWidth > widths[index % columns.count] {
      widths[index % columns.count] = cellWidth
    }
    let natural = widths.reduce(0, +) + Self.gap.count * (widths.count - 1)
    if expanded == .on || expanded == .auto && natural > (width ?? .max) { return writeExpanded(table) }
    // Columns that are cut give way first; a wrapping column (what was asked for) only then.
    fit(&widths, shrinkable: columns.map(\.column.shrinks))
    fit(&widths, shrinkable: columns.map(\.column.wraps))

    let layout = Layout(alignments: columns.map(\.column.alignment), widths: widths, style: style)
    // The lines are gathered as UTF-8 bytes, copied a cell at a time.
    var output: [UInt8] = []
    output.reserveCapacity((table.rows.count + 3) * (min(natural, width ?? natural) + 1))
    layout.append(headers[...], widths: headers.map(DisplayWidth.of)[...], header: true, to: &output)
    output.appendUTF8(style.dim(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap)) + "\n")
    let wrapping = columns.contains { $0.column.wraps }
    for start in stride(from: 0, to: cells.count, by: columns.count) {
      let row = cells[start..<start + columns.count]
      guard wrapping else {
        layout.append(row, widths: cellWidths[start..<start + columns.count], header: false, to: &output)
        continue
      }
      // A wrapping column's value goes on in the lines below, the other cells left empty there.
      let pieces = columns.indices.map { columns[$0].column.wraps ? DisplayWidth.wrap(row[start + $0], to: widths[$0]) : [row[start + $0]] }
      for depth in 0..<(pieces.map(\.count).max() ?? 1) {
        let values = pieces.map { depth < $0.count ? $0[depth] : "" }
        layout.append(values[...], widths: values.map(DisplayWidth.of)[...], header: false, to: &output)
      }
    }
    output.appendUTF8(style.dim(table.countLine) + "\n")
    return String(decoding: output, as: UTF8.self)
  }

  /// How the lines of one table are laid out: its visible columns and their widths.
  private struct Layout {
    let alignments: [Column.Alignment]
    let widths: [Int]
    let style: Style

    /// Appends one line of `values` (whose display widths are `valueWidths`), each cut or padded
    /// to its column, without trailing spaces.
    func append(_ values: ArraySlice<String>, widths valueWidths: ArraySlice<Int>, header: Bool, to output: inout [UInt8]) {
      let last = alignments.count - 1
      for index in alignments.indices {
        if index > 0 { output.appendUTF8(TableWriter.gap) }
        let alignment = alignments[index]
        var text = values[values.startIndex + index]
        var used = valueWidths[valueWidths.startIndex + index]
        if used > widths[index] {
          text = DisplayWidth.truncate(text, to: widths[index])
          used = DisplayWidth.of(text)
        }
        let padding = index == last && alignment == .left ? 0 : max(0, widths[index] - used)
        let spaces = repeatElement(UInt8(ascii: " "), count: padding)
        if header {
          output.appendUTF8(style.bold(text + String(repeating: " ", count: padding)))
        } else if alignment == .right {
          output += spaces
          output.appendUTF8(text)
        } else {
          output.appendUTF8(text)
          output += spaces
        }
      }
      while output.last == UInt8(ascii: " ") { output.removeLast() }
      output.append(UInt8(ascii: "\n"))
    }
  }

  func write(_ record: Record) -> String {
    let entries = record.entries.filter { $0.visibility != .jsonOnly }
    let keyWidth = entries.map { DisplayWidth.of($0.title) }.max() ?? 0
    let valueWidth = width.map { max(Self.minimumColumnWidth, $0 - keyWidth - Self.gap.count) }
    // A record shows one thing: its values are wrapped to the terminal, never cut.
    let indent = String(repeating: " ", count: keyWidth + Self.gap.count)
    return entries.map { entry in
      let value = Self.cell(entry.value)
      let lines = valueWidth.map { DisplayWidth.wrap(value, to: $0) } ?? [value]
      let first = Self.trimTrailingSpaces(style.bold(DisplayWidth.pad(entry.title, to: keyWidth)) + Self.gap + lines[0])
      return ([first] + lines.dropFirst().map { indent + $0 }).joined(separator: "\n")
    }.joined(separator: "\n") + "\n"
  }

  /// Each row as a block of field and value lines under `-[ RECORD N ]-`, as psql's `\x`.
  private func writeExpanded(_ table: Table) -> String {
    let visible = table.columns.enumerated().filter { $0.element.visibility != .jsonOnly }
    let blocks = table.rows.enumerated().map { number, row in
      let record = Record(visible.map { Record.Entry($0.element.key, title: $0.element.title, row[$0.offset]) })
      return style.dim("-[ RECORD \(number + 1) ]-") + "\n" + write(record)
    }
    return blocks.joined() + style.dim(table.countLine) + "\n"
  }

  /// Shrinks the shrinkable columns, widest first, until the row fits the terminal.
  private func fit(_ widths: inout [Int], shrinkable: [Bool]) {
    guard let width else { return }
    let available = width - Self.gap.count * (widths.count - 1)
    var excess = widths.reduce(0, +) - available
    while excess > 0 {
      let candidates = widths.indices.filter { shrinkable[$0] && widths[$0] > Self.minimumColumnWidth }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
      let cut = min(excess, widths[widest] - Self.minimumColumnWidth)
      widths[widest] -= cut
      excess -= cut
    }
  }

  /// A value as one line of a cell: line breaks become spaces; a missing value is `absent`.
  static func cell(_ value: Value, absent: String = "") -> String {
    if value == .null { return absent }
    let text = value.plainText
    // Scalars, not characters: the common case (no line break) without grapheme breaking.
    guard text.unicodeScalars.contains(where: \.isLineBreak) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  static func trimTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
