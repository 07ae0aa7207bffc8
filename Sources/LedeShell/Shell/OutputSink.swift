import Foundation

/// Where the shell writes: standard output for results, standard error for errors and
/// warnings. Tests capture both.
public protocol OutputSink: AnyObject {
  /// Writes results; throws when they cannot be written (a full disk, a closed output), so
  /// that the command fails as any other failure does.
  func write(_ text: String) throws
  /// Writes errors and warnings, as well as it can: there is nowhere to report its failure.
  func writeError(_ text: String)
}

/// The process's standard output and error.
public final class StandardStreams: OutputSink {
  public init() {}

  public func write(_ text: String) throws {
    guard Shell.writeAll(text, to: STDOUT_FILENO) else {
      throw ShellError.file(path: "standard output", problem: ArticleFiles.describe(errno))
    }
  }

  public func writeError(_ text: String) {
    _ = Shell.writeAll(text, to: STDERR_FILENO)
  }
}

/// Collects everything written, for tests and for `expect`.
public final class CapturedOutput: OutputSink {
  public private(set) var output = ""
  public private(set) var errors = ""

  public init() {}

  public func write(_ text: String) { output += text }
  public func writeError(_ text: String) { errors += text }
}
