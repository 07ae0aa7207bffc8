import Foundation

/// Runs commands without a terminal: `-c` arguments, a script file, or standard input. Stops
/// at the first failing command (exit status 1) unless told to keep going, which still ends
/// with status 1. Errors name the script and line: `analysis.lede:3: error: …`.
public enum ScriptRunner {
  /// A line of input with where it came from.
  public struct Line: Sendable {
    public let text: String
    public let location: SourceLocation
    public init(_ text: String, _ location: SourceLocation) {
      self.text = text
      self.location = location
    }
  }

  /// Runs the script file at `path`, its lines numbered from 1, its relative paths taken from
  /// its folder; returns the exit status (0 or 1), or nil when the file cannot be read.
  public static func run(file path: String, in shell: Shell, keepGoing: Bool) -> Int32? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    let previous = shell.scriptFolder
    shell.scriptFolder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    defer { shell.scriptFolder = previous }
    return run(lines(of: String(decoding: data, as: UTF8.self), file: path), in: shell, keepGoing: keepGoing)
  }

  /// Runs `lines`; returns the exit status (0 or 1).
  public static func run(_ lines: [Line], in shell: Shell, keepGoing: Bool) -> Int32 {
    var failed = false
    for line in joinContinuations(lines) {
      if !shell.run(line.text, at: line.location) {
        failed = true
        if !keepGoing { break }
      }
      if shell.shouldQuit { break }
    }
    return failed ? 1 : 0
  }

  /// The lines of a script file's text, numbered from 1.
  public static func lines(of text: String, file: String) -> [Line] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      Line(String($0.element.hasSuffix("\r") ? $0.element.dropLast() : $0.element), SourceLocation(file: file, line: $0.offset + 1))
    }
  }

  /// Reads standard input line by line as it arrives (so `lede` works as a pipe's consumer),
  /// with an optional prompt for a terminal without line editor.
  public static func run(standardInput shell: Shell, keepGoing: Bool, prompt: (() -> String)? = nil) -> Int32 {
    var failed = false
    var number = 0
    var pending: (text: String, location: SourceLocation)?
    while true {
      if let prompt { try? shell.sink.write(prompt()) }
      guard let raw = Swift.readLine(strippingNewline: true) else { break }
      number += 1
      let location = SourceLocation(file: "<stdin>", line: number)
      if let continued = continuation(raw) {
        pending = (pending.map { $0.text + continued } ?? continued, pending?.location ?? location)
        continue
      }
      let line = pending.map { ($0.text + raw, $0.location) } ?? (raw, location)
      pending = nil
      if !shell.run(line.0, at: line.1) {
        failed = true
        if !keepGoing { break }
      }
      if shell.shouldQuit { break }
    }
    if let pending, !shell.run(pending.text, at: pending.location) { failed = true }
    return failed ? 1 : 0
  }

  /// Lines ending in an unescaped `\` continue on the next line.
  static func joinContinuations(_ lines: [Line]) -> [Line] {
    var joined: [Line] = []
    var pending: Line?
    for line in lines {
      if let continued = continuation(line.text) {
        pending = Line((pending?.text ?? "") + continued, pending?.location ?? line.location)
      } else if let start = pending {
        joined.append(Line(start.text + line.text, start.location))
        pending = nil
      } else {
        joined.append(line)
      }
    }
    if let pending { joined.append(pending) }
    return joined
  }

  /// The line without its final backslash, if it ends in an odd number of them.
  static func continuation(_ text: String) -> String? {
    let backslashes = text.reversed().prefix { $0 == "\\" }.count
    return backslashes % 2 == 1 ? String(text.dropLast()) + " " : nil
  }
}
