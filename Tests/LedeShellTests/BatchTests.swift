import Foundation
import LedeCore
import Testing

@testable import LedeShell

/// `lede batch`: one record per input line, in order, errors as records, and a line reader
/// that never keeps more than its limit.
@Suite struct BatchTests {
  private func run(_ input: String, _ configure: (inout Batch.Options) -> Void = { _ in }) throws -> (records: [[String: Any]], status: Int32) {
    let folder = try Paths.temporaryFolder()
    let file = folder.appendingPathComponent("in.jsonl")
    try input.write(to: file, atomically: true, encoding: .utf8)
    var options = Batch.Options()
    options.inputs = [file.path]
    options.analyses = ["who", "quotes", "stats"]
    configure(&options)
    var lines: [String] = []
    let status = try Batch(options).run(write: { lines.append($0); return true }) { _ in }
    let records = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    return (records, status)
  }

  private static let german = #"{"id": "de-1", "lang": "de", "date": "2024-05-06", "text": "Der Kanzler sagte am Montag in Berlin, er werde bleiben."}"#
  private static let english = #"{"id": 2, "text": "Mayor Ann Lee said the bridge would reopen on Friday."}"#

  @Test func oneRecordPerLineInOrderWithTheInputsIds() throws {
    let input = (0..<12).map { $0 % 2 == 0 ? Self.german : Self.english }.joined(separator: "\n")
    let (records, status) = try run(input) { $0.jobs = 3 }
    #expect(status == 0)
    #expect(records.map { $0["line"] as? Int } == Array(1...12))
    #expect(records[0]["id"] as? String == "de-1")
    #expect(records[1]["id"] as? Int == 2)
    #expect(records[0]["language"] as? String == "de" && records[0]["date"] as? String == "2024-05-06")
    let who = try #require(records[1]["who"] as? [[String: Any]])
    #expect(who.contains { $0["name"] as? String == "Ann Lee" })
    #expect((records[1]["quotes"] as? [[String: Any]])?.first?["speaker"] as? String == "Ann Lee")
    #expect((records[0]["stats"] as? [String: Any])?["sentences"] as? Int == 1)
  }

  @Test func theSameRecordsOnOneWorkerAndOnMany() throws {
    let input = (0..<8).map { $0 % 3 == 0 ? Self.german : Self.english }.joined(separator: "\n")
    let withoutFile = { (records: [[String: Any]]) in records.map { $0.filter { $0.key != "file" } as NSDictionary } }
    let one = withoutFile(try run(input) { $0.jobs = 1 }.records)
    let many = withoutFile(try run(input) { $0.jobs = 4 }.records)
    #expect(one.count == 8 && one == many)
  }

  @Test func aBadLineGivesAnErrorRecordAndTheStreamGoesOn() throws {
    let input = [Self.english, "not json", #"{"id": "x", "title": "no text"}"#, "", Self.german].joined(separator: "\n")
    let (records, status) = try run(input)
    #expect(status == 1)
    #expect(records.count == 4)
    #expect(records[1]["line"] as? Int == 2 && (records[1]["error"] as? String)?.hasPrefix("not valid JSON") == true)
    #expect(records[2]["id"] as? String == "x" && (records[2]["error"] as? String)?.contains("no article text") == true)
    #expect(records[3]["line"] as? Int == 5 && records[3]["error"] == nil)
  }

  @Test func fieldsCanBeNamed() throws {
    let input = #"{"uuid": "a7", "body": "Die Polizei teilte am Dienstag mit, der Täter sei gefasst.", "published": "2024-03-05", "sprache": "de", "text": "not this"}"#
    let (records, _) = try run(input) { options in
      options.fields = JSONFields(text: "body", id: "uuid", date: "published", language: "sprache")
      options.analyses = ["stats"]
    }
    #expect(records[0]["id"] as? String == "a7")
    #expect(records[0]["date"] as? String == "2024-03-05")
    #expect(records[0]["language"] as? String == "de")
    #expect((records[0]["stats"] as? [String: Any])?["words"] as? Int == 10)
  }

  @Test func anUnknownAnalysisIsRefusedBeforeReading() {
    var options = Batch.Options()
    options.analyses = ["whom"]
    #expect(throws: ShellError.self) { try Batch(options) }
  }

  @Test func theLineReaderSkipsALineOverItsLimit() throws {
    let folder = try Paths.temporaryFolder()
    let file = folder.appendingPathComponent("lines.txt")
    try "short\n\(String(repeating: "x", count: 50))\r\nlast".write(to: file, atomically: true, encoding: .utf8)
    let descriptor = open(file.path, O_RDONLY)
    defer { close(descriptor) }
    var reader = LineReader(descriptor: descriptor, limit: 20)
    #expect(try reader.next(shownAs: "lines.txt") == .text("short"))
    #expect(try reader.next(shownAs: "lines.txt") == .tooLong(bytes: 51))
    #expect(try reader.next(shownAs: "lines.txt") == .text("last"))
    #expect(try reader.next(shownAs: "lines.txt") == nil)
  }
}
