import Testing

@testable import LedeCore

/// The JSON reader articles are loaded with: RFC 8259, with the mistake's place for errors.
struct JSONValueTests {
  @Test func valuesOfEveryKind() throws {
    let value = try JSONValue.parse(#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}, "": "" } "#)
    #expect(value["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null]))
    #expect(value["b"]?["c"]?.string == "d")
    #expect(value[""]?.string == "")
    #expect(value["a"]?.string == nil && value["missing"] == nil)
    #expect(try JSONValue.parse("0").integer == 0)
    #expect(try JSONValue.parse("-12").integer == -12)
    #expect(try JSONValue.parse("1.5").integer == nil)
    #expect(try JSONValue.parse("1.5").double == 1.5)
    // A key written twice: the last one counts, as in a dictionary.
    #expect(try JSONValue.parse(#"{"id": 1, "id": 2}"#)["id"]?.integer == 2)
  }

  @Test func stringsDecodeEveryEscape() throws {
    let text = try JSONValue.parse(#""\"\\\/\b\f\n\r\t \u00e4\u00C4 \ud83d\ude00 \ud800x ä""#).string
    #expect(text == "\"\\/\u{8}\u{C}\n\r\t äÄ 😀 \u{FFFD}x ä")
  }

  @Test func mistakesSayWhatAndWhere() {
    func failure(_ text: String) -> JSONValue.Failure? {
      do {
        _ = try JSONValue.parse(text)
        return nil
      } catch {
        return error
      }
    }
    #expect(failure("{\"text\": \"a\",\n \"b\": [1,\n}") == JSONValue.Failure(detail: "invalid value", offset: 24))
    #expect(failure("{\"text\": \"a\",\n \"b\": [1,\n}")?.line(in: "{\"text\": \"a\",\n \"b\": [1,\n}") == 3)
    #expect(failure("{\"a\" 1}")?.detail == "expected ':' after a key")
    #expect(failure("{a: 1}")?.detail == "expected a key in quotation marks")
    #expect(failure("[1 2]")?.detail == "expected ',' or ']'")
    #expect(failure("{\"a\": 1 \"b\": 2}")?.detail == "expected ',' or '}'")
    #expect(failure("[01]")?.detail == "invalid number")
    #expect(failure("[1.]")?.detail == "invalid number")
    #expect(failure("\"tab\there\"")?.detail == "unescaped control character in a string")
    #expect(failure("\"\\x\"")?.detail == "invalid escape")
    #expect(failure("{} {}")?.detail == "unexpected text after the value")
    #expect(failure("{\"text\": ")?.detail == "unexpected end of input")
    #expect(failure("tru")?.detail == "invalid value")
    #expect(failure("")?.detail == "unexpected end of input")
  }

  /// Nesting is bounded, so that a hostile line cannot exhaust the stack; the bound is the
  /// error, reached in time proportional to the input.
  @Test func deepNestingIsRefusedNotRecursedInto() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONValue.Failure(detail: "nested more than 512 deep", offset: 512)) { try JSONValue.parse(deep) }
    let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(throws: Never.self) { try JSONValue.parse(allowed) }
  }
}
