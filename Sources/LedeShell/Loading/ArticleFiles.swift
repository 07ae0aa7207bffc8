import Foundation
import LedeCore

#if canImport(Glibc)
  import Glibc
#endif

/// Finds and reads article files for `load`: single files, directories (every loadable file
/// in them), glob patterns, and `-` for standard input. Every problem becomes a one-line error
/// that names the file.
struct ArticleFiles {
  /// Files larger than this are refused before they are read.
  static let sizeLimit = 64 * 1024 * 1024

  let reader: ArticleReader
  /// Reads standard input for `-`.
  var readStandardInput: () throws -> [UInt8]
  /// Asked before each file of a directory or pattern; true stops the load (Ctrl-C).
  var isInterrupted: () -> Bool = { false }
  /// The path a command's argument means (`~` expanded; in a script, relative to its folder).
  var resolve: (String) -> String = ArticleFiles.expandTilde
  /// The ids of the articles already read from this file as it is now, if any: the file is
  /// not read again, unless `readsLoadedFiles`.
  var loadedIDs: (FileIdentity) -> Range<Int>? = { _ in nil }
  /// Whether a file loaded before is read again (`load` with options that change the reading).
  var readsLoadedFiles = false

  /// The outcome of loading one argument of `load`.
  struct Outcome {
    var articles: [Article] = []
    /// Files of a directory or pattern that were skipped, with the reason.
    var skipped: [ShellError] = []
    /// Files loaded before and unchanged since, with the ids of their articles.
    var alreadyLoaded: [(path: String, ids: Range<Int>)] = []
    /// The files read, in order, with the number of articles each gave (`articles` in order).
    var files: [(identity: FileIdentity, articles: Int)] = []
  }

  /// Loads everything `argument` names; throws when it names nothing loadable.
  func load(_ argument: String, format: ArticleFormat?, options: ArticleReader.Options) throws -> Outcome {
    if argument == "-" {
      let bytes = try readStandardInput()
      return Outcome(articles: try read(bytes, path: "-", fileName: "stdin.txt", format: format ?? .text, options: options))
    }
    let path = resolve(argument)
    var status = stat()
    // A file whose own name has `[`, `*` or `?` in it is that file, not a pattern.
    if Self.isPattern(path), stat(path, &status) != 0 {
      let matches = Self.glob(path)
      guard !matches.isEmpty else { throw ShellError.file(path: argument, problem: "no files match this pattern") }
      return try collect(matches, format: format, options: options)
    }
    guard stat(path, &status) == 0 else { throw ShellError.file(path: argument, problem: Self.describe(errno)) }
    // A FIFO would block until something writes to it, a device might never end.
    guard [S_IFDIR, S_IFREG].contains(status.st_mode & S_IFMT) else {
      throw ShellError.file(path: argument, problem: "not a file but a pipe, socket or device (for standard input, load -)")
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      let files = entries.sorted().filter { !$0.hasPrefix(".") && ArticleFormat(fileName: $0) != nil }
        .map { (path as NSString).appendingPathComponent($0) }
        .filter { var entry = stat(); return stat($0, &entry) == 0 && (entry.st_mode & S_IFMT) == S_IFREG }
      guard !files.isEmpty else {
        throw ShellError.file(
          path: argument, problem: "directory has no loadable files (\(ArticleFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      return try collect(files, format: format, options: options)
    }
    var outcome = Outcome()
    try loadFile(path, shownAs: argument, format: format, options: options, into: &outcome)
    return outcome
  }

  private func collect(
    _ paths: [String], format: ArticleFormat?, options: ArticleReader.Options
  ) throws -> Outcome {
    var outcome = Outcome()
    for path in paths {
      if isInterrupted() { throw ShellError.interrupted }
      do {
        try loadFile(path, shownAs: path, format: format, options: options, into: &outcome)
      } catch let error as ShellError {
        outcome.skipped.append(error)
      } catch {
        outcome.skipped.append(.file(path: path, problem: "\(error)"))
      }
    }
    return outcome
  }

  /// Reads the file at `path` into `outcome`, unless its articles are loaded already.
  private func loadFile(
    _ path: String, shownAs shown: String, format: ArticleFormat?, options: ArticleReader.Options, into outcome: inout Outcome
  ) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw ShellError.file(path: shown, problem: Self.describe(errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw ShellError.file(path: shown, problem: Self.describe(errno)) }
    guard (status.st_mode & S_IFMT) != S_IFDIR else { throw ShellError.file(path: shown, problem: "is a directory") }
    if let ids = loadedIDs(FileIdentity(status)), !readsLoadedFiles {
      outcome.alreadyLoaded.append((shown, ids))
      return
    }
    let size = Int(status.st_size)
    guard size <= Self.sizeLimit else {
      throw ShellError.file(path: shown, problem: LedeError.fileTooLarge(bytes: size, limit: Self.sizeLimit).description)
    }
    let bytes = try Self.read(descriptor, atMost: size, shownAs: shown)
    let fileName = (path as NSString).lastPathComponent
    // The article's origin is the path that was read (from a script: taken from its folder).
    let articles = try read(bytes, path: path, fileName: fileName, format: format ?? ArticleFormat(fileName: fileName) ?? .text, options: options)
    outcome.articles += articles
    outcome.files.append((FileIdentity(status), articles.count))
  }

  /// What can be read from `descriptor` until its end, but no more than `limit` bytes (a file's
  /// size; for a stream one byte over the size limit, so that a stream longer than any article
  /// is not read to its end); a read that fails is an error naming `shown`.
  static func read(_ descriptor: Int32, atMost limit: Int, shownAs shown: String) throws -> [UInt8] {
    var bytes: [UInt8] = []
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
      bytes.reserveCapacity(min(limit, Int(info.st_size)) + 1)
    }
    var chunk = [UInt8](repeating: 0, count: min(limit, 1 << 20))
    while bytes.count < limit {
      let wanted = min(chunk.count, limit - bytes.count)
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, wanted) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw ShellError.file(path: shown, problem: Self.describe(errno)) }
      if count == 0 { break }
      bytes += chunk[..<count]
    }
    return bytes
  }

  private func read(_ bytes: [UInt8], path: String, fileName: String, format: ArticleFormat, options: ArticleReader.Options)
    throws -> [Article]
  {
    guard bytes.count <= Self.sizeLimit else {
      throw ShellError.file(path: path, problem: LedeError.fileTooLarge(bytes: bytes.count, limit: Self.sizeLimit).description)
    }
    do {
      return try reader.read(bytes, fileName: fileName, origin: path, format: format, options: options)
    } catch let error as LedeError {
      throw ShellError.file(path: path, problem: error.description)
    }
  }

  static func isPattern(_ path: String) -> Bool {
    path.contains("*") || path.contains("?") || path.contains("[")
  }

  static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { result.gl_pathv[$0].map { String(cString: $0) } }
      .filter { var entry = stat(); return stat($0, &entry) == 0 && (entry.st_mode & S_IFMT) == S_IFREG }
  }

  /// `path` taken from `folder` (nil: the working directory), `~` expanded, `.` and `..` folded
  /// away as far as the path allows: `Examples/scripts` + `../articles/a.txt` is
  /// `Examples/articles/a.txt`.
  static func resolve(_ path: String, from folder: String?) -> String {
    let expanded = expandTilde(path)
    guard let folder, !expanded.hasPrefix("/"), expanded != "-" else { return expanded }
    var parts: [Substring] = []
    for part in (folder + "/" + expanded).split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
    }
    let joined = parts.joined(separator: "/")
    return folder.hasPrefix("/") ? "/" + joined : joined.isEmpty ? "." : joined
  }

  static func expandTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return NSHomeDirectory() + path.dropFirst()
  }

  /// `no such file or directory`, `permission denied`: strerror in lede's lower-case style.
  static func describe(_ code: Int32) -> String {
    switch code {
    case ENOENT: return "no such file or directory"
    case EACCES, EPERM: return "permission denied"
    case EISDIR: return "is a directory"
    case ENOTDIR: return "a part of the path is not a directory"
    default: return String(cString: strerror(code)).lowercased()
    }
  }
}
