/// Writes `Value`s as JSON, keys in their given order, non-ASCII text as is (UTF-8): compact, one
/// value per line, for pipes and files; indented by two spaces per level, as jq shows it, for a
/// person at a terminal.
enum JSONWriter {
  static func write(_ value: Value, indented: Bool = false) -> String {
    // Gathered as UTF-8 bytes: a large result (200,000 rows) is copied a string at a time.
    var output: [UInt8] = []
    write(value, into: &output, indentation: indented ? "\n" : nil)
    return String(decoding: output, as: UTF8.self)
  }

  /// `indentation` is the line break and spaces before a nested value, nil for compact output.
  private static func write(_ value: Value, into output: inout [UInt8], indentation: String?) {
    switch value {
    case .null: output.appendUTF8("null")
    case .bool(let flag): output.appendUTF8(flag ? "true" : "false")
    case .int(let number): output.appendUTF8(String(number))
    case .double(let number): output.appendUTF8(Value.format(number))
    case .string(let text): writeString(text, into: &output)
    case .array(let values):
      writeContainer(values, open: "[", close: "]", into: &output, indentation: indentation) { element, output, inner in
        write(element, into: &output, indentation: inner)
      }
    case .object(let fields):
      writeContainer(fields, open: "{", close: "}", into: &output, indentation: indentation) { field, output, inner in
        writeString(field.key, into: &output)
        output.appendUTF8(inner == nil ? ":" : ": ")
        write(field.value, into: &output, indentation: inner)
      }
    }
  }

  private static func writeContainer<Element>(
    _ elements: [Element], open: String, close: String, into output: inout [UInt8], indentation: String?,
    element writeElement: (Element, inout [UInt8], String?) -> Void
  ) {
    output.appendUTF8(open)
    let inner = indentation.map { $0 + "  " }
    for (index, element) in elements.enumerated() {
      if index > 0 { output.appendUTF8(",") }
      if let inner { output.appendUTF8(inner) }
      writeElement(element, &output, inner)
    }
    if let indentation, !elements.isEmpty { output.appendUTF8(indentation) }
    output.appendUTF8(close)
  }

  private static func writeString(_ text: String, into output: inout [UInt8]) {
    output.appendUTF8("\"")
    // Printable ASCII without `"` and `\\` (most keys and values) goes in as it is.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
      output.appendUTF8(text)
      output.appendUTF8("\"")
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.appendUTF8("\\\"")
      case "\\": output.appendUTF8("\\\\")
      case "\n": output.appendUTF8("\\n")
      case "\r": output.appendUTF8("\\r")
      case "\t": output.appendUTF8("\\t")
      case "\u{2028}": output.appendUTF8("\\u2028")
      case "\u{2029}": output.appendUTF8("\\u2029")
      default:
        // C0 and C1 controls, DEL and bidi overrides as escapes: the same string to a parser,
        // and nothing a terminal acts on when JSON is shown on one.
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
          || (0x2066...0x2069).contains(scalar.value)
        {
          let hex = String(scalar.value, radix: 16)
          output.appendUTF8("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          UTF8.encode(scalar) { output.append($0) }
        }
      }
    }
    output.appendUTF8("\"")
  }
}
