import Foundation

/// Where the shell writes: standard output for results, standard error for errors and
/// warnings. Tests capture both.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
  func writeError(_ text: String)
}

/// The process's standard output and error.
public final class StandardStreams: OutputSink {
  public init() {}

  public func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  public func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
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
