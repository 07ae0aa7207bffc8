import CICURegex

/// A regular expression (ICU syntax, as `NSRegularExpression` reads it) whose matching has a time
/// budget and can be stopped: a backtracking pattern such as `(a+)+$` gives up with
/// `tooExpensive` instead of running for minutes. ICU's match engine calls back every few
/// thousand steps, and there the budget and the stop request are checked.
struct BoundedRegex {
  /// Why a pattern gave no matches.
  enum Failure: Error, Equatable {
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
  init(_ pattern: String, ignoringCase: Bool = false) throws(Failure) {
    self.pattern = Array(pattern.utf16)
    self.ignoringCase = ignoringCase
    lede_regex_close(try open())
  }

  /// The non-overlapping matches in `text` (UTF-16 code units), as ranges of code unit offsets,
  /// found within `budget`; `shouldStop` is asked every few milliseconds while matching runs.
  func matches(in text: [UInt16], budget: Duration, shouldStop: @escaping () -> Bool = { false }) throws(Failure) -> [Range<Int>] {
    guard !text.isEmpty else { return [] }
    guard text.count < Int32.max else { throw .tooExpensive }
    let regex = try open()
    defer { lede_regex_close(regex) }
    let search = Search(deadline: .now + budget, shouldStop: shouldStop)
    var errorName: UnsafePointer<CChar>?
    let result = text.withUnsafeBufferPointer { buffer in
      lede_regex_find_all(
        regex, buffer.baseAddress, Int32(buffer.count), { Search.of($0).mayContinue() ? 1 : 0 },
        { context, start, end in Search.of(context).found(Int(start)..<Int(end)) },
        Unmanaged.passUnretained(search).toOpaque(), &errorName)
    }
    switch result {
    case LEDE_REGEX_DONE: return withExtendedLifetime(search) { search.ranges }
    case LEDE_REGEX_STOPPED: throw search.wasStopped ? .stopped : .tooExpensive
    case LEDE_REGEX_TOO_DEEP: throw .tooExpensive
    default: throw .invalid(problem: errorName.map { String(cString: $0) } ?? "unknown error", offset: 0)
    }
  }

  private func open() throws(Failure) -> OpaquePointer {
    var errorName: UnsafePointer<CChar>?
    var errorOffset: Int32 = 0
    guard let regex = lede_regex_open(pattern, Int32(pattern.count), ignoringCase ? 1 : 0, &errorName, &errorOffset) else {
      throw .invalid(problem: errorName.map { String(cString: $0) } ?? "unknown error", offset: max(0, Int(errorOffset)))
    }
    return regex
  }
}

/// One search's state, which ICU's callbacks reach through their context pointer: the matches
/// so far, the deadline and the caller's stop request.
private final class Search {
  let deadline: ContinuousClock.Instant
  let shouldStop: () -> Bool
  var ranges: [Range<Int>] = []
  var wasStopped = false

  init(deadline: ContinuousClock.Instant, shouldStop: @escaping () -> Bool) {
    self.deadline = deadline
    self.shouldStop = shouldStop
  }

  static func of(_ context: UnsafeMutableRawPointer?) -> Search {
    Unmanaged<Search>.fromOpaque(context!).takeUnretainedValue()
  }

  func found(_ range: Range<Int>) {
    if !range.isEmpty { ranges.append(range) }
  }

  func mayContinue() -> Bool {
    if shouldStop() {
      wasStopped = true
      return false
    }
    return ContinuousClock.now < deadline
  }
}
