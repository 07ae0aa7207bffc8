/// Errors lede reports to its user. Messages are lower case and say what is allowed; the shell
/// adds where it happened (file and line).
public enum LedeError: Error, Equatable, Sendable, CustomStringConvertible {
  case emptyFile
  case binaryContent
  case fileTooLarge(bytes: Int, limit: Int)
  case malformedJSON(line: Int, detail: String)
  case missingTextField(line: Int?, field: String? = nil)
  case noTextInHTML
  case unsupportedFormat(String)
  case invalidDate(String, expected: String)
  case invalidLanguage(String)
  /// A bundled model file that cannot be read.
  case invalidModel(String)
  /// `StopRequest` ended the work before it was done (Ctrl-C).
  case interrupted

  public var description: String {
    switch self {
    case .emptyFile: return "file is empty"
    case .binaryContent: return "file holds binary data, not text"
    case .fileTooLarge(let bytes, let limit):
      // Just over the limit, or a stream read only that far, rounds to the limit itself.
      guard Self.mebibytes(bytes) != Self.mebibytes(limit) else { return "file is too large (more than the limit of \(Self.mebibytes(limit)))" }
      return "file is too large (\(Self.mebibytes(bytes)); the limit is \(Self.mebibytes(limit)))"
    case .malformedJSON(let line, let detail): return "malformed JSON on line \(line): \(detail)"
    case .missingTextField(let line, let field):
      let place = line.map { " on line \($0)" } ?? ""
      if let field { return "no article text\(place) (no text in the field \"\(field)\")" }
      return "no article text\(place) (expected a \"text\", \"body\" or \"content\" field)"
    case .noTextInHTML: return "HTML page has no article text"
    case .unsupportedFormat(let format):
      return "unsupported format '\(format)' (expected txt, md, html, json or jsonl)"
    case .invalidDate(let text, let expected): return "invalid date '\(text)' (expected \(expected))"
    case .invalidLanguage(let text): return "unknown language '\(text)' (expected de or en)"
    case .invalidModel(let detail): return "entity model cannot be read: \(detail)"
    case .interrupted: return "interrupted"
    }
  }

  private static func mebibytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value >= 10 ? "\(Int(value.rounded())) MiB" : "\((value * 10).rounded() / 10) MiB"
  }
}
