import CSQLite
import Foundation

/// Writes `CorpusTables` into a new SQLite database file (the system's libsqlite3): one SQL table
/// per table, its columns typed, an index on every table's `article` column, the rows inserted
/// in one transaction. An existing file is replaced.
enum SQLiteWriter {
  /// The SQL that makes the tables and indexes: the schema the README documents.
  static func schema(of tables: CorpusTables) -> [String] {
    tables.tables.flatMap { table in
      let columns = table.columns.map { "\"\($0.name)\" \($0.kind.rawValue)" }.joined(separator: ", ")
      return ["CREATE TABLE \(table.name) (\(columns)); -- \(table.about)", "CREATE INDEX \(table.name)_article ON \(table.name) (article);"]
    }
  }

  /// Writes the database to `path` (shown as `shown` in errors).
  static func write(_ tables: CorpusTables, to path: String, shownAs shown: String) throws {
    try? FileManager.default.removeItem(atPath: path)
    var handle: OpaquePointer?
    guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let database = handle else {
      let problem = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
      sqlite3_close(handle)
      throw ShellError.file(path: shown, problem: problem)
    }
    defer { sqlite3_close(database) }
    let fail = { () -> ShellError in ShellError.file(path: shown, problem: String(cString: sqlite3_errmsg(database))) }
    guard sqlite3_exec(database, "BEGIN", nil, nil, nil) == SQLITE_OK else { throw fail() }
    for statement in schema(of: tables) where sqlite3_exec(database, statement, nil, nil, nil) != SQLITE_OK { throw fail() }
    for table in tables.tables { try insert(table, into: database, fail: fail) }
    guard sqlite3_exec(database, "COMMIT", nil, nil, nil) == SQLITE_OK else { throw fail() }
  }

  private static func insert(_ table: CorpusTables.Table, into database: OpaquePointer, fail: () -> ShellError) throws {
    let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
    var prepared: OpaquePointer?
    guard sqlite3_prepare_v2(database, "INSERT INTO \(table.name) VALUES (\(placeholders))", -1, &prepared, nil) == SQLITE_OK,
      let statement = prepared
    else { throw fail() }
    defer { sqlite3_finalize(statement) }
    for row in table.rows {
      for (index, value) in row.enumerated() { bind(value, at: Int32(index + 1), in: statement) }
      guard sqlite3_step(statement) == SQLITE_DONE else { throw fail() }
      sqlite3_reset(statement)
    }
  }

  /// SQLite copies the text (SQLITE_TRANSIENT), so the Swift string may go.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  private static func bind(_ value: Value, at index: Int32, in statement: OpaquePointer) {
    switch value {
    case .null: sqlite3_bind_null(statement, index)
    case .int(let number): sqlite3_bind_int64(statement, index, Int64(number))
    case .double(let number): sqlite3_bind_double(statement, index, number)
    case .bool(let flag): sqlite3_bind_text(statement, index, flag ? "true" : "false", -1, transient)
    default: sqlite3_bind_text(statement, index, value.plainText, -1, transient)
    }
  }
}
