import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about the terminal the process runs in.
public enum Terminal {
  public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Columns of the terminal on standard output, or nil if it is none.
  public static func width() -> Int? { size(\.ws_col, else: "COLUMNS") }

  /// Lines of the terminal on standard output, or nil if it is none.
  public static func height() -> Int? { size(\.ws_row, else: "LINES") }

  /// One measure of the window on standard output, else the environment variable that gives it.
  private static func size(_ measure: KeyPath<winsize, UInt16>, else variable: String) -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size[keyPath: measure] > 0 { return Int(size[keyPath: measure]) }
    if let value = ProcessInfo.processInfo.environment[variable].flatMap(Int.init), value > 0 { return value }
    return nil
  }

  /// Colour is allowed unless `NO_COLOR` is set (to anything) or the terminal is dumb.
  public static func colorAllowed(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }
}
