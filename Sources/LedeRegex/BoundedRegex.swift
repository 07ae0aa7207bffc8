internal import CICURegex

/// A regular expression (ICU syntax, as `NSRegularExpression` reads it) whose matching has a time
/// budget and can be stopped: a backtracking pattern such as `(a+)+$` gives up with
/// `tooExpensive` instead of running for minutes. ICU's match engine calls back every few
/// thousand steps, and there the budget and the stop request are checked.
///
/// This module keeps the system's ICU away from Foundation (whose own ICU clashes with it): it
/// imports no Foundation and shows no ICU type.
public struct BoundedRegex: Sendable {
  /// Why a pattern gave no matches.
  public enum Failure: Error, Equatable, Sendable {
    /// The pattern is not a regular expression: ICU's error name and the character offset of the error.
    case invalid(problem: String, offset: Int)
    /// Matching ran over its time budget (or ICU's backtracking stack).
    case tooExpensive
    /// `shouldStop` asked matching to stop.
    case stopped
  }

  private let pattern: [UInt16]
  private let ignoringCase: Bool

  /// Checks `pattern` at once, so that a syntax error is reported before any text is read.
  public init(_ pattern: String, ignoringCase: Bool = false) throws(Failure) {
    self.pattern = Array(pattern.utf16)
    self.ignoringCase = ignoringCase
    let compiled = try Compiled(self.pattern, ignoringCase: ignoringCase)
    compiled.close()
  }

  /// The non-overlapping matches in `text` (UTF-16 code units), as ranges of code unit offsets,
  /// found within `budget`; `shouldStop` is asked every few milliseconds while matching runs.
  public func matches(
    in text: [UInt16], budget: Duration, shouldStop: @escaping @Sendable () -> Bool = { false }
  ) throws(Failure) -> [Range<Int>] {
    let compiled = try Compiled(pattern, ignoringCase: ignoringCase)
    defer { compiled.close() }
    let watch = Watch(deadline: ContinuousClock.now + budget, shouldStop: shouldStop)
    return try withExtendedLifetime(watch) { () throws(Failure) -> [Range<Int>] in
      try compiled.matches(in: text, watchedBy: watch)
    }
  }
}

/// What ICU's callback checks: the deadline and the caller's stop request; it remembers which ended matching.
private final class Watch {
  let deadline: ContinuousClock.Instant
  let shouldStop: () -> Bool
  var stopped = false

  init(deadline: ContinuousClock.Instant, shouldStop: @escaping () -> Bool) {
    self.deadline = deadline
    self.shouldStop = shouldStop
  }

  /// Whether matching may go on.
  func allows() -> Bool {
    if shouldStop() {
      stopped = true
      return false
    }
    return ContinuousClock.now < deadline
  }
}

/// One opened ICU regular expression; closed by its user.
private struct Compiled {
  private let handle: OpaquePointer

  init(_ pattern: [UInt16], ignoringCase: Bool) throws(BoundedRegex.Failure) {
    var status = U_ZERO_ERROR
    var offset: Int32 = 0
    let opened = lede_uregex_open(pattern, Int32(pattern.count), ignoringCase ? 1 : 0, &offset, &status)
    guard let opened, lede_u_failure(status) == 0 else {
      if let opened { lede_uregex_close(opened) }
      throw .invalid(problem: String(cString: lede_u_error_name(status)), offset: max(0, Int(offset)))
    }
    handle = opened
  }

  func close() { lede_uregex_close(handle) }

  func matches(in text: [UInt16], watchedBy watch: Watch) throws(BoundedRegex.Failure) -> [Range<Int>] {
    guard !text.isEmpty else { return [] }
    guard text.count < Int32.max else { throw .tooExpensive }
    var status = U_ZERO_ERROR
    let context = UnsafeRawPointer(Unmanaged.passUnretained(watch).toOpaque())
    lede_uregex_set_callbacks(handle, { context, _ in Self.allows(context) }, nil, context, &status)
    var found: [Range<Int>] = []
    text.withUnsafeBufferPointer { buffer in
      lede_uregex_set_text(handle, buffer.baseAddress, Int32(buffer.count), &status)
      while lede_u_failure(status) == 0, lede_uregex_find_next(handle, &status) != 0 {
        let start = Int(lede_uregex_start(handle, &status))
        let end = Int(lede_uregex_end(handle, &status))
        if end > start { found.append(start..<end) }
      }
    }
    if lede_uregex_stopped(status) != 0 { throw watch.stopped ? .stopped : .tooExpensive }
    if lede_uregex_timed_out(status) != 0 { throw .tooExpensive }
    if lede_u_failure(status) != 0 { throw .invalid(problem: String(cString: lede_u_error_name(status)), offset: 0) }
    return found
  }

  private static func allows(_ context: UnsafeRawPointer?) -> UBool {
    guard let context else { return 1 }
    return Unmanaged<Watch>.fromOpaque(context).takeUnretainedValue().allows() ? 1 : 0
  }
}
