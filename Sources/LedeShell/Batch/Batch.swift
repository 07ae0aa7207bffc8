import Foundation
import LedeCore
import LedeLanguages

#if canImport(Glibc)
  import Glibc
#endif

/// `lede batch`: reads articles as JSON Lines (files or standard input) and writes one JSON
/// line per article, in input order, with the article's id and the analyses asked for, as the
/// shell's commands give them under `--format json`. A line that cannot be analysed gives an
/// `{"id", "error", "line"}` record and the stream goes on. Articles are analysed on `jobs`
/// cores with a bounded window, so memory stays constant on an endless stream: the shape of a
/// Hadoop Streaming mapper and of Spark's `RDD.pipe`.
public struct Batch: Sendable {
  /// What to analyse and how to read the input.
  public struct Options: Sendable {
    /// The commands whose results each record carries, by name (`who`, `quotes`, …).
    public var analyses = Batch.defaultAnalyses
    /// Articles analysed at once.
    public var jobs = Workers.availableCores
    /// The fields of the text, id, date and language, where they are not the usual ones.
    public var fields = JSONFields()
    /// The language of every article, over its language field and detection (`load --lang`);
    /// nil takes the field, else detects it.
    public var language: Language?
    /// Files to read, in order; none (or `-`) reads standard input.
    public var inputs: [String] = []

    public init() {}
  }

  public static let defaultAnalyses = ["who", "quotes", "timeline", "stats"]

  /// The commands `--analyses` may name: those about one article that need no argument.
  public static var analysisNames: [String] {
    Commands.all.map { $0.spec }.filter { spec in
      guard case .article = spec.scope else { return false }
      return spec.arguments.allSatisfy(\.isOptional)
    }.map(\.name)
  }

  let options: Options

  /// Checks the options: every analysis must be one `analysisNames` lists.
  public init(_ options: Options) throws {
    for name in options.analyses where !Self.analysisNames.contains(name) {
      let suggestion = Suggestions.closest(to: name, among: Self.analysisNames).map { " (did you mean '\($0)'?)" } ?? ""
      throw ShellError.usage("unknown analysis '\(name)'\(suggestion)", usage: "--analyses " + Self.analysisNames.joined(separator: ","))
    }
    self.options = options
  }

  /// Reads every input and writes the records to `write`; returns the exit status: 0, or 1
  /// when a line could not be analysed, an input could not be read or the output failed.
  public func run(write: @escaping (String) -> Bool, report: (String) -> Void) -> Int32 {
    var failed = false
    /// Why the results could not be written (said when the write failed, while errno tells).
    var writeProblem: String?
    let workers = OrderedWorkers<BatchRecord>(jobs: options.jobs) { record in
      guard writeProblem == nil else { return }
      if record.isError { failed = true }
      if !write(record.json + "\n") { writeProblem = ArticleFiles.describe(errno) }
    }
    for input in options.inputs.isEmpty ? ["-"] : options.inputs {
      do {
        try read(input, into: workers) { writeProblem != nil }
      } catch {
        report("lede batch: \(Shell.messages(of: error).joined(separator: " "))")
        failed = true
      }
      if writeProblem != nil { break }
    }
    workers.finish()
    if let writeProblem { report("lede batch: cannot write the results: \(writeProblem)") }
    return failed || writeProblem != nil ? Launcher.Status.failure : Launcher.Status.success
  }

  private func read(_ input: String, into workers: OrderedWorkers<BatchRecord>, stop: () -> Bool) throws {
    let descriptor = input == "-" ? STDIN_FILENO : open(input, O_RDONLY)
    guard descriptor >= 0 else { throw ShellError.file(path: input, problem: ArticleFiles.describe(errno)) }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var lines = LineReader(descriptor: descriptor, limit: ArticleFiles.sizeLimit)
    var number = 0
    while !stop(), let line = try lines.next(shownAs: input) {
      number += 1
      let place = BatchRecord.Place(file: input == "-" ? nil : input, line: number)
      switch line {
      case .text(let text) where text.allSatisfy(\.isWhitespace): continue
      case .text(let text): workers.submit { [options] in BatchRecord.analyse(text, at: place, options: options) }
      case .tooLong(let bytes):
        let problem = "the line is too long (\(bytes) bytes; the limit is \(ArticleFiles.sizeLimit) bytes)"
        workers.submit { BatchRecord.failure(id: .null, at: place, problem) }
      }
    }
  }
}
