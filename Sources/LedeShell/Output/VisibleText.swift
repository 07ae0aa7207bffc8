/// Text from an article is data: on a screen, in a table, CSV or Markdown, no character of it
/// may act on the terminal. Control characters (C0 but tab and newline, DEL, C1, which start
/// escape sequences — ESC, CSI, OSC, BEL) become their visible pictures (`␛`, `␇`), and bidi
/// overrides and isolates (which reorder what follows) the replacement character. Each becomes
/// one character, so offsets into the text stay right. JSON escapes them itself.
enum VisibleText {
  /// `text` with every character that would act on a terminal shown instead.
  static func of(_ text: String) -> String {
    guard !isInert(text) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(isActive(scalar) ? picture(of: scalar) : scalar) }
    return String(result)
  }

  /// Whether no character of `text` acts on the terminal (printable ASCII is checked a byte at a time).
  static func isInert(_ text: String) -> Bool {
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 || $0 == 0x0A }) { return true }
    return !text.unicodeScalars.contains(where: isActive)
  }

  /// Whether a character acts on the terminal or on the order of the text around it.
  static func isActive(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  private static func picture(of scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
    case 0x7F: "\u{2421}"
    default: "\u{FFFD}"
    }
  }
}

extension Value {
  /// Whether `visible` leaves the value as it is.
  var isInert: Bool {
    switch self {
    case .string(let text): VisibleText.isInert(text)
    case .array(let values): values.allSatisfy(\.isInert)
    case .object(let fields): fields.allSatisfy { $0.value.isInert }
    default: true
    }
  }

  /// The value with its text made visible (`VisibleText`).
  var visible: Value {
    switch self {
    case .string(let text): .string(VisibleText.of(text))
    case .array(let values): .array(values.map(\.visible))
    case .object(let fields): .object(fields.map { Value.Field($0.key, $0.value.visible) })
    default: self
    }
  }
}

extension CommandOutput {
  /// The output with all its text made visible (`VisibleText`): what table, CSV and Markdown show.
  var visible: CommandOutput {
    switch self {
    case .table(let table):
      // Most tables hold nothing to change: they are not copied then.
      if table.rows.allSatisfy({ $0.allSatisfy(\.isInert) }) { return self }
      return .table(Table(columns: table.columns, rows: table.rows.map { $0.map(\.visible) }, noun: table.noun))
    case .record(let record):
      return .record(Record(record.entries.map { .init($0.key, title: $0.title, $0.value.visible, visibility: $0.visibility) }))
    case .text(let text, let json): return .text(VisibleText.of(text), json: json)
    case .message(let text, let json): return .message(VisibleText.of(text), json: json)
    case .annotated(var text):
      for index in text.sentences.indices {
        text.sentences[index].text = VisibleText.of(text.sentences[index].text)
        for mark in text.sentences[index].marks.indices {
          text.sentences[index].marks[mark].label = VisibleText.of(text.sentences[index].marks[mark].label)
        }
      }
      return .annotated(text)
    case .nothing: return self
    }
  }
}
