import LedeCore

/// Errors of the shell: they become one `error:` line, with the script and line in front
/// when a script runs.
public enum ShellError: Error, Equatable, CustomStringConvertible {
  case unknownCommand(String, suggestion: String?)
  /// A command used wrongly; the message names the problem, `usage` the right form.
  case usage(String, usage: String)
  case noArticleLoaded
  case unknownArticle(String, suggestion: String?)
  /// A name prefix several loaded articles share; `candidates` names them.
  case ambiguousArticle(String, candidates: [String])
  /// A file could not be loaded; `path` names it.
  case file(path: String, problem: String)
  /// A failed `expect`, with the value it found where it has one (for the JSON failure record).
  case expectationFailed(String, actual: Value? = nil)
  case syntax(String)
  case interrupted
  /// A command that could not finish for a reason its message gives (a pattern too expensive to match).
  case failed(String)
  /// A bundled resource (a model) that cannot be read.
  case missingResource(String)
  /// Errors from the analyses.
  case core(LedeError)
  /// Several independent failures of one command (files of one `load`), reported line by line.
  case several([ShellError])

  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      return "unknown command '\(name)'" + Suggestions.didYouMean(suggestion) + (suggestion == nil ? " (type 'help' for the list)" : "")
    case .usage(let message, let usage): return "\(message) (usage: \(usage))"
    case .noArticleLoaded: return "no article loaded (run 'load PATH' first)"
    case .unknownArticle(let name, let suggestion):
      return "no loaded article '\(name)'" + Suggestions.didYouMean(suggestion) + (suggestion == nil ? " (see 'articles')" : "")
    case .ambiguousArticle(let name, let candidates):
      let shown = candidates.prefix(5).joined(separator: ", ") + (candidates.count > 5 ? ", …" : "")
      return "'\(name)' could be \(candidates.count) articles: \(shown); give more of the name or the id"
    case .file(let path, let problem): return "\(path): \(problem)"
    case .expectationFailed(let message, _): return "expectation failed: \(message)"
    case .syntax(let message): return message
    case .interrupted: return "interrupted"
    case .failed(let message): return message
    case .missingResource(let detail): return detail
    case .core(let error): return error.description
    case .several(let errors): return errors.map(\.description).joined(separator: "\n")
    }
  }
}

extension ShellError {
  /// The resource a bundled lookup found (a model, a word list), or the `missingResource` error
  /// that says why there is none.
  static func resource<Value>(_ lookup: Result<Value, Error>) throws -> Value {
    do { return try lookup.get() } catch { throw ShellError.missingResource("\(error)") }
  }
}
