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
    let columns = table.columns.enumerated().filter { $0.element.visibility != .jsonOnly }
    guard !table.rows.isEmpty else { return style.dim(table.countLine) + "\n" }
    let headers = columns.map { $0.element.title }
    let cells = table.rows.map { row in columns.map { Self.cell(row[$0.offset], absent: $0.element.absent) } }
    var widths = headers.indices.map { index in
      max(DisplayWidth.of(headers[index]), cells.map { DisplayWidth.of($0[index]) }.max() ?? 0)
    }
    let natural = widths.reduce(0, +) + Self.gap.count * (widths.count - 1)
    if expanded == .on || expanded == .auto && natural > (width ?? .max) { return writeExpanded(table) }
    // Columns that are cut give way first; a wrapping column (what was asked for) only then.
    fit(&widths, shrinkable: columns.map { $0.element.shrinks })
    fit(&widths, shrinkable: columns.map { $0.element.wraps })

    var lines: [String] = []
    let last = columns.count - 1
    func line(_ values: [String], header: Bool) -> String {
      var parts: [String] = []
      for (index, column) in columns.map(\.element).enumerated() {
        let text = DisplayWidth.truncate(values[index], to: widths[index])
        let padded = index == last && column.alignment == .left
          ? text : DisplayWidth.pad(text, to: widths[index], right: column.alignment == .right && !header)
        parts.append(header ? style.bold(padded) : padded)
      }
      return parts.joined(separator: Self.gap)
    }
    lines.append(line(headers, header: true))
    lines.append(style.dim(widths.map { String(repeating: "─", count: $0) }.joined(separator: Self.gap)))
    for row in cells {
      // A wrapping column's value goes on in the lines below, the other cells left empty there.
      let pieces = row.indices.map { columns[$0].element.wraps ? DisplayWidth.wrap(row[$0], to: widths[$0]) : [row[$0]] }
      for depth in 0..<(pieces.map(\.count).max() ?? 1) {
        lines.append(line(pieces.map { depth < $0.count ? $0[depth] : "" }, header: false))
      }
    }
    lines.append(style.dim(table.countLine))
    return lines.map(Self.trimTrailingSpaces).joined(separator: "\n") + "\n"
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
    guard text.unicodeScalars.contains(where: isLineBreak) else { return text }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// The scalars `Character.isNewline` stands for.
  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
  }

  static func trimTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
