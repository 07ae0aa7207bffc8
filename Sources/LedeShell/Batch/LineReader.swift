#if canImport(Glibc)
  import Glibc
#endif

/// Reads the lines of a file descriptor block by block, holding at most one line of at most
/// `limit` bytes: a longer line is skipped and reported by its length, so that an endless
/// stream or one huge line never takes more memory than that.
struct LineReader {
  enum Line: Equatable {
    case text(String)
    /// A line over the limit, with its length in bytes (it was not kept).
    case tooLong(bytes: Int)
  }

  private let descriptor: Int32
  private let limit: Int
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private static let blockSize = 1 << 20

  init(descriptor: Int32, limit: Int) {
    self.descriptor = descriptor
    self.limit = limit
  }

  /// The next line without its line break (and a `\r` before it); nil at the end of input.
  /// Throws `ShellError.file` when reading fails.
  mutating func next(shownAs name: String) throws -> Line? {
    var skipped = 0
    var searched = start
    while true {
      if let newline = buffer[searched...].firstIndex(of: 0x0A) {
        defer { start = newline + 1 }
        if skipped > 0 || newline - start > limit { return .tooLong(bytes: skipped + newline - start) }
        return .text(text(start..<newline))
      }
      if buffer.count - start > limit {
        skipped += buffer.count - start
        buffer.removeAll(keepingCapacity: true)
        start = 0
      }
      if atEnd {
        guard start < buffer.count || skipped > 0 else { return nil }
        defer { start = buffer.count }
        return skipped > 0 || buffer.count - start > limit ? .tooLong(bytes: skipped + buffer.count - start) : .text(text(start..<buffer.count))
      }
      compact()
      searched = buffer.count
      try readBlock(shownAs: name)
    }
  }

  private func text(_ range: Range<Int>) -> String {
    let end = range.upperBound > range.lowerBound && buffer[range.upperBound - 1] == 0x0D ? range.upperBound - 1 : range.upperBound
    return String(decoding: buffer[range.lowerBound..<end], as: UTF8.self)
  }

  /// Drops the lines already returned from the front of the buffer.
  private mutating func compact() {
    guard start > 0 else { return }
    buffer.removeFirst(start)
    start = 0
  }

  private mutating func readBlock(shownAs name: String) throws {
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: Self.blockSize))
    while true {
      let count = buffer[old...].withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.blockSize) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else {
        buffer.removeLast(Self.blockSize)
        throw ShellError.file(path: name, problem: ArticleFiles.describe(errno))
      }
      buffer.removeLast(Self.blockSize - count)
      if count == 0 { atEnd = true }
      return
    }
  }
}
