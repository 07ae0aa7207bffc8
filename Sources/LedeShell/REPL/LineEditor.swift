@preconcurrency import CLibEdit
import Foundation

/// libedit on a terminal: emacs keys, history (Up/Down, Ctrl-R), TAB completion, Ctrl-C that
/// clears the line, Ctrl-D that ends input. See `notes/LIBEDIT.md` for the pitfalls handled here.
@MainActor
final class LineEditor {
  /// What one call of `readLine` got.
  enum Input: Equatable {
    case line(String)
    /// Ctrl-C: the half-typed line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case end
  }

  nonisolated(unsafe) private let editLine: OpaquePointer
  nonisolated(unsafe) private let history: OpaquePointer
  private let historyPath: String?

  /// - Parameters:
  ///   - historyPath: the history file, created with its folder if missing; nil keeps none.
  ///   - complete: completes the text before the cursor.
  ///   - prompt: the prompt, asked before every line.
  init?(historyPath: String?, complete: @escaping (String) -> Completer.Completion, prompt: @escaping () -> String) {
    setlocale(LC_ALL, "")
    guard let editLine = el_init("lede", stdin, stdout, stderr), let history = history_init() else { return nil }
    self.editLine = editLine
    self.history = history
    self.historyPath = historyPath
    EditorCallbacks.complete = complete
    EditorCallbacks.prompt = prompt

    lede_history_set_size(history, 1000)
    lede_history_set_unique(history, 1)
    lede_el_set_history(editLine, history)
    lede_el_set_editor(editLine, "emacs")
    lede_el_set_signal_handling(editLine, 1)
    el_source(editLine, nil)
    lede_el_set_prompt(editLine, EditorCallbacks.promptFunction)
    lede_el_add_function(editLine, "lede-complete", "complete a command, option, path or name", EditorCallbacks.completeFunction)
    lede_el_add_function(editLine, "lede-interrupt", "drop the line being typed", EditorCallbacks.interruptFunction)
    lede_el_bind(editLine, "^I", "lede-complete")
    lede_el_bind(editLine, "^C", "lede-interrupt")
    lede_el_keep_interrupt_key(editLine)

    if let historyPath {
      try? FileManager.default.createDirectory(
        atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      lede_history_load(history, historyPath)
    }
  }

  deinit {
    el_end(editLine)
    history_end(history)
  }

  func readLine() -> Input {
    EditorCallbacks.interrupted = false
    var count: Int32 = 0
    guard let raw = el_gets(editLine, &count), count > 0 else { return .end }
    if EditorCallbacks.interrupted { return .interrupted }
    var line = String(cString: raw)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }

  /// Adds a line to the history and saves the history file at once, so that no line is lost
  /// however lede ends.
  func remember(_ line: String) {
    guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    lede_history_enter(history, line)
    if let historyPath { lede_history_save(history, historyPath) }
  }
}

/// State that libedit's C callbacks reach: they cannot capture context. Used from the main
/// thread only, while `el_gets` runs.
@MainActor
private enum EditorCallbacks {
  nonisolated(unsafe) static var complete: ((String) -> Completer.Completion)?
  nonisolated(unsafe) static var prompt: (() -> String)?
  nonisolated(unsafe) static var interrupted = false
  nonisolated(unsafe) static var promptBuffer: UnsafeMutablePointer<CChar>?

  static let promptFunction: lede_prompt_function = { _ in
    free(EditorCallbacks.promptBuffer)
    EditorCallbacks.promptBuffer = strdup(EditorCallbacks.prompt?() ?? "lede> ")
    return EditorCallbacks.promptBuffer
  }

  static let interruptFunction: lede_key_function = { editLine, _ in
    EditorCallbacks.interrupted = true
    fputs("^C", stdout)
    el_push(editLine, "\n")
    return UInt8(CC_REFRESH)
  }

  static let completeFunction: lede_key_function = { editLine, _ in
    guard let editLine, let info = el_line(editLine)?.pointee, let complete = EditorCallbacks.complete else {
      return UInt8(CC_ERROR)
    }
    let length = info.cursor - info.buffer
    let before = info.buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    let completion = complete(before)
    if !completion.insertion.isEmpty {
      el_insertstr(editLine, completion.insertion)
      return UInt8(CC_REFRESH)
    }
    guard !completion.candidates.isEmpty else { return UInt8(CC_ERROR) }
    fputs("\r\n" + Columns.layout(completion.candidates, width: Terminal.width() ?? 80) + "\r\n", stdout)
    fflush(stdout)
    return UInt8(CC_REDISPLAY)
  }
}

/// Candidates in columns, like a shell lists them.
enum Columns {
  static func layout(_ words: [String], width: Int) -> String {
    let names = words.map { $0.hasSuffix("/") ? String($0.dropLast().split(separator: "/").last ?? "") + "/" : String($0.split(separator: "/").last ?? Substring($0)) }
    let columnWidth = (names.map(\.count).max() ?? 0) + 2
    let perRow = max(1, width / max(1, columnWidth))
    var lines: [String] = []
    var index = 0
    while index < names.count {
      let row = names[index..<min(index + perRow, names.count)]
      lines.append(row.map { $0.padding(toLength: columnWidth) }.joined().trimmingCharacters(in: .whitespaces))
      index += perRow
    }
    return lines.joined(separator: "\r\n")
  }
}
