import Foundation
#if canImport(FoundationXML)
  import FoundationXML
#endif
import Testing

@testable import LedeShell

/// Text from an article is data: no character of it acts on the terminal in any format for
/// people, and JSON keeps it exactly.
@Suite struct HostileTextTests {
  /// A title that sets the window title, a quote that clears the screen and switches to the
  /// alternate screen, a bidi override and a C1 control sequence introducer.
  static let article = "Titel\u{1B}]0;pwned\u{07} hier\n\nKim sagte am Montag: „Wir \u{1B}[2J\u{1B}[?1049h siegen.“ "
    + "Der Text \u{202E} endet. \u{9B}31m rot.\n"

  static func isActive(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F..<0xA0).contains(scalar.value) || scalar == "\u{202E}"
  }

  @Test(arguments: [OutputFormat.table, .csv, .markdown])
  func noCharacterOfAnArticleReachesTheTerminal(format: OutputFormat) throws {
    let folder = try Paths.temporaryFolder()
    let path = folder.appendingPathComponent("hostile.txt").path
    try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
    for command in ["text", "show", "who", "sentences", "info", "quotes", "kwic Kim", "articles"] {
      let test = TestShell(format: format)
      test.run(["load \(path) --lang de", command])
      #expect(!test.output.output.unicodeScalars.contains(where: Self.isActive), "\(command) in \(format)")
    }
    let shown = TestShell()
    shown.run(["load \(path) --lang de", "text"])
    #expect(shown.output.output.contains("Titel␛]0;pwned␇ hier"))
  }

  @Test func jsonKeepsTheTextExactly() throws {
    let folder = try Paths.temporaryFolder()
    let path = folder.appendingPathComponent("hostile.txt").path
    try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
    let test = TestShell(format: .json)
    #expect(test.run(["load \(path) --lang de", "info"]) == 0)
    #expect(test.lastJSONObject()?["title"] as? String == "Titel\u{1B}]0;pwned\u{07} hier")
  }

  /// The report stays well-formed XML (which allows no control characters) and holds none.
  @Test func theReportOfAHostileArticleIsWellFormed() throws {
    let folder = try Paths.temporaryFolder()
    let path = folder.appendingPathComponent("hostile.txt").path
    try Self.article.write(toFile: path, atomically: true, encoding: .utf8)
    let report = folder.appendingPathComponent("report.html").path
    #expect(TestShell().run(["load \(path) --lang de", "export \(report)"]) == 0)
    let data = try Data(contentsOf: URL(fileURLWithPath: report))
    let parser = XMLParser(data: data)
    #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
    #expect(!String(decoding: data, as: UTF8.self).unicodeScalars.contains(where: Self.isActive))
  }

  /// An article whose every field carries markup: the report parses, and every element and
  /// attribute in it is one the report of an ordinary article has too; no attribute holds a
  /// `javascript:` link or an event handler.
  @Test func noElementOrAttributeOfTheReportComesFromTheArticle() throws {
    let folder = try Paths.temporaryFolder()
    let markup = "<script>alert(1)</script><img src=x onerror=alert(1)><a href=\\\"javascript:alert(1)\\\">"
    let json = """
      {"title": "Kim \(markup)", "author": "Reuters \(markup)", "url": "javascript:alert(1)", "date": "2024-06-19",
       "text": "Kim Jong Un \(markup) sagte am Montag: „Wir siegen \(markup).“ Die Firma </svg><g onload=alert(1)> wuchs."}
      """
    let hostile = folder.appendingPathComponent("hostile.json").path
    try json.write(toFile: hostile, atomically: true, encoding: .utf8)
    func markupOfReport(loading path: String) throws -> (elements: Set<String>, attributes: Set<String>, values: [String]) {
      let report = folder.appendingPathComponent("report-\(UUID().uuidString).html").path
      #expect(TestShell().run(["load \(path) --lang de", "export \(report)"]) == 0)
      let collector = MarkupCollector()
      let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: report)))
      parser.delegate = collector
      #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
      return (collector.elements, collector.attributes, collector.values)
    }
    let ordinary = try markupOfReport(loading: Paths.seed)
    let found = try markupOfReport(loading: hostile)
    #expect(found.elements.isSubset(of: ordinary.elements), "\(found.elements.subtracting(ordinary.elements))")
    #expect(found.attributes.isSubset(of: ordinary.attributes), "\(found.attributes.subtracting(ordinary.attributes))")
    #expect(!found.values.contains { $0.lowercased().contains("javascript:") || $0.lowercased().contains("alert(") })
  }

  @Test func errorsShowWhatTheyRepeatVisibly() {
    let test = TestShell()
    test.run(["who\u{1B}[2J"])
    #expect(!test.output.errors.unicodeScalars.contains(where: Self.isActive))
    #expect(test.output.errors.contains("who␛[2J"))
  }

  @Test func eachCharacterStaysOneSoOffsetsHold() {
    let text = "a\u{1B}b\u{202E}c\u{9B}d\u{7F}"
    #expect(VisibleText.of(text).unicodeScalars.count == text.unicodeScalars.count)
    #expect(VisibleText.of("Grüße\tund\nmehr") == "Grüße\tund\nmehr")
  }
}

/// The element and attribute names of an XML document, and every attribute value.
private final class MarkupCollector: NSObject, XMLParserDelegate {
  var elements: Set<String> = []
  var attributes: Set<String> = []
  var values: [String] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    elements.insert(elementName)
    attributes.formUnion(attributeDict.keys)
    values += attributeDict.values
  }
}
