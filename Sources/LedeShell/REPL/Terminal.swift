import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about the terminal the process runs in.
public enum Terminal {
  public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Columns of the terminal on standard output, or nil if it is none.
  public static func width() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return nil
  }

  /// Lines of the terminal on standard output, or nil if it is none.
  public static func height() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_row > 0 { return Int(size.ws_row) }
    if let lines = ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init), lines > 0 { return lines }
    return nil
  }

  /// Colour is allowed unless `NO_COLOR` is set (to anything) or the terminal is dumb.
  public static func colorAllowed(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
    environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }
}
