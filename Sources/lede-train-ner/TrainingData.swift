import Foundation
import LedeCore

/// Readers for the annotated corpora the entity tagger learns from: CoNLL-2003 (`token POS
/// chunk label`, IOB1), two-column BIO files (`token<TAB>label`) and GermEval 2014
/// (`index<TAB>token<TAB>outer<TAB>inner`).
enum TrainingData {
  enum Format { case conll2003, bio, germEval }

  struct Problem: Error, CustomStringConvertible {
    let description: String
  }

  typealias Sentence = (words: [String], labels: [EntityLabel])

  /// The sentences of one file.
  static func sentences(in path: String, format: Format) throws -> [Sentence] {
    try documents(in: path, format: format).documents.flatMap { $0 }
  }

  /// The sentences of one file by the documents it marks (CoNLL-2003's `-DOCSTART-` lines),
  /// and whether it marks any (if not, all its sentences are one group).
  static func documents(in path: String, format: Format) throws -> (documents: [[Sentence]], marked: Bool) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw Problem(description: "\(path): cannot read")
    }
    var documents: [[Sentence]] = [[]]
    var marked = false
    var words: [String] = []
    var raw: [String] = []
    func finish() {
      if !words.isEmpty { documents[documents.count - 1].append((words, labels(raw, format: format))) }
      words = []
      raw = []
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("-DOCSTART-") {
        finish()
        marked = true
        documents.append([])
        continue
      }
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        finish()
        continue
      }
      if format == .germEval && line.hasPrefix("#") { continue }
      // A token that was only a soft hyphen is empty once the hyphen is removed (GermEval train).
      if format == .bio && line.hasPrefix("\t") { continue }
      let fields = line.split(whereSeparator: { format == .conll2003 ? $0 == " " : $0 == "\t" }).map(String.init)
      switch format {
      case .conll2003 where fields.count == 4:
        words.append(fields[0])
        raw.append(fields[3])
      case .bio where fields.count == 2:
        words.append(fields[0])
        raw.append(fields[1])
      case .germEval where fields.count >= 3:
        words.append(fields[1])
        raw.append(fields[2])
      default:
        throw Problem(description: "\(path):\(number + 1): unexpected line '\(line.prefix(60))'")
      }
    }
    finish()
    return (documents.filter { !$0.isEmpty }, marked)
  }

  /// Whether each sentence of a GermEval file comes from Wikipedia (its `#` line names the
  /// source), in the order `sentences(in:format:)` reads them.
  static func isWikipediaSentence(in path: String) throws -> [Bool] {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw Problem(description: "\(path): cannot read")
    }
    return text.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.contains("wikipedia.org") }
  }

  /// BIO labels from a file's raw labels. IOB1 (`I-` starts a name unless it continues one of
  /// the same type) becomes BIO; GermEval's derived and partial names (`B-LOCderiv`,
  /// `B-ORGpart`) are not names of their own and become `O`.
  static func labels(_ raw: [String], format: Format) -> [EntityLabel] {
    var result: [EntityLabel] = []
    for text in raw {
      let cleaned = text.hasSuffix("deriv") || text.hasSuffix("part") ? "O" : text
      guard var label = EntityLabel(cleaned) else {
        result.append(.outside)
        continue
      }
      if label.position == .inside && !label.mayFollow(result.last) {
        label = EntityLabel(type: label.type, position: .begin)
      }
      result.append(label)
    }
    return result
  }
}
