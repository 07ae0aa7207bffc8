import Foundation

/// A file of lede's under an XDG base directory: `$VARIABLE/lede/NAME` when the variable holds an
/// absolute path, else `~/FALLBACK/lede/NAME` (the XDG Base Directory rule).
enum XDGPath {
  static func file(_ name: String, under variable: String, fallback: String, environment: [String: String]) -> String? {
    if let base = environment[variable], base.hasPrefix("/") { return "\(base)/lede/\(name)" }
    guard let home = environment["HOME"] ?? Optional(NSHomeDirectory()), !home.isEmpty else { return nil }
    return "\(home)/\(fallback)/lede/\(name)"
  }
}
