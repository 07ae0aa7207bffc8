import Foundation

/// The outcome of one `expect` in a script, for `--report junit|tap FILE`.
public struct CheckResult: Sendable, Equatable {
  /// The `expect` command line as run.
  public var check: String
  public var location: SourceLocation?
  /// The failure message; nil when the check held.
  public var failure: String?

  public var passed: Bool { failure == nil }
}

/// Test reports of a script's checks in the formats CI systems read: JUnit XML (Jenkins, GitLab,
/// GitHub Actions) and TAP 13.
public enum CheckReport: String, CaseIterable, Sendable {
  case junit, tap

  public func render(_ results: [CheckResult]) -> String {
    switch self {
    case .junit: return Self.junit(results)
    case .tap: return Self.tap(results)
    }
  }

  private static func junit(_ results: [CheckResult]) -> String {
    let failures = results.filter { !$0.passed }.count
    let counts = [("tests", String(results.count)), ("failures", String(failures))]
    let cases = results.map { result in
      var attributes = [("name", result.check), ("classname", result.location?.file ?? "lede")]
      if let location = result.location { attributes += [("file", location.file), ("line", String(location.line))] }
      let failure = result.failure.map { HTML.element("failure", [("message", $0)], "") } ?? ""
      return "    " + HTML.element("testcase", attributes, failure)
    }
    let suite = "  <testsuite\(HTML.attributeText([("name", "lede")] + counts))>\n" + cases.joined(separator: "\n") + "\n  </testsuite>"
    return #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + HTML.element("testsuites", counts, "\n" + suite + "\n") + "\n"
  }

  private static func tap(_ results: [CheckResult]) -> String {
    var lines = ["TAP version 13", "1..\(results.count)"]
    for (index, result) in results.enumerated() {
      let description = VisibleText.of(result.check).replacingOccurrences(of: "#", with: "\\#")
      lines.append("\(result.passed ? "ok" : "not ok") \(index + 1) - \(description)")
      if let failure = result.failure {
        lines += ["  ---", "  message: \(quotedYAML(failure))"]
        if let location = result.location { lines.append("  at: \(quotedYAML(location.description))") }
        lines.append("  ...")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A YAML double-quoted scalar.
  private static func quotedYAML(_ text: String) -> String {
    "\"" + VisibleText.of(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
