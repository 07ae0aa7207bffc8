/// What a command returns: data, never printed text. The chosen output format renders it.
public enum CommandOutput: Equatable, Sendable {
  /// Rows with the same columns (`articles`, `sentences`); JSON: an array of objects.
  case table(Table)
  /// One object's fields (`info`, `set`); JSON: an object.
  case record(Record)
  /// Running text for people (`text`), and the value machines get instead.
  case text(String, json: Value)
  /// A short confirmation (`use`); JSON: `json`.
  case message(String, json: Value)
  /// An article's sentences with their marks (`show`); laid out for the terminal by the renderer.
  case annotated(AnnotatedText)
  /// Nothing to show; JSON: `null`.
  case nothing

  /// The value `--format json` writes, and that `expect` examines.
  public var json: Value {
    switch self {
    case .table(let table): return table.json
    case .record(let record): return record.json
    case .text(_, let json), .message(_, let json): return json
    case .annotated(let text): return text.json
    case .nothing: return .null
    }
  }
}

/// A column of a `Table`.
public struct Column: Equatable, Sendable {
  public enum Alignment: Sendable { case left, right }
  /// Where a column appears: some data is for machines only (offsets, nested mentions).
  public enum Visibility: Sendable { case everywhere, jsonOnly, textOnly }

  /// The JSON key.
  public let key: String
  /// The heading people read.
  public let title: String
  public let alignment: Alignment
  public let visibility: Visibility
  /// Whether the column may be shortened (with `…`) to fit the terminal width.
  public let shrinks: Bool
  /// What a table or Markdown shows for a missing value (`–` for a quote nobody is said to
  /// speak); CSV leaves the cell empty and JSON writes null.
  public let absent: String
  /// Whether a long value goes on over several lines to fit the terminal (prose, like a
  /// command's summary) instead of being cut.
  public let wraps: Bool

  public init(
    _ key: String, title: String? = nil, alignment: Alignment = .left, visibility: Visibility = .everywhere,
    shrinks: Bool = false, absent: String = "", wraps: Bool = false
  ) {
    self.wraps = wraps
    self.key = key
    self.title = title ?? key
    self.alignment = alignment
    self.visibility = visibility
    self.shrinks = shrinks
    self.absent = absent
  }
}

/// Rows of values under shared columns.
public struct Table: Equatable, Sendable {
  public let columns: [Column]
  public let rows: [[Value]]
  /// What one row is, for the count line under the table (`article` → `(2 articles)`).
  public let noun: (singular: String, plural: String)

  public init(columns: [Column], rows: [[Value]], noun: (String, String)) {
    precondition(rows.allSatisfy { $0.count == columns.count }, "a row does not fit the columns")
    self.columns = columns
    self.rows = rows
    self.noun = (singular: noun.0, plural: noun.1)
  }

  public static func == (lhs: Table, rhs: Table) -> Bool {
    lhs.columns == rhs.columns && lhs.rows == rhs.rows && lhs.noun == rhs.noun
  }

  public var json: Value {
    let kept = columns.indices.filter { columns[$0].visibility != .textOnly }
    return .array(rows.map { row in .object(kept.map { Value.Field(columns[$0].key, row[$0]) }) })
  }

  /// "(1 article)", "(3 articles)".
  public var countLine: String {
    "(\(rows.count) \(rows.count == 1 ? noun.singular : noun.plural))"
  }
}

/// Named fields of one thing.
public struct Record: Equatable, Sendable {
  public struct Entry: Equatable, Sendable {
    public let key: String
    public let title: String
    public let value: Value
    public let visibility: Column.Visibility

    public init(_ key: String, title: String? = nil, _ value: Value, visibility: Column.Visibility = .everywhere) {
      self.key = key
      self.title = title ?? key
      self.value = value
      self.visibility = visibility
    }
  }

  public let entries: [Entry]

  public init(_ entries: [Entry]) {
    self.entries = entries
  }

  public var json: Value {
    .object(entries.filter { $0.visibility != .textOnly }.map { Value.Field($0.key, $0.value) })
  }
}
