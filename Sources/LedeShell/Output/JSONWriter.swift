/// Writes `Value`s as JSON, keys in their given order, non-ASCII text as is (UTF-8): compact, one
/// value per line, for pipes and files; indented by two spaces per level, as jq shows it, for a
/// person at a terminal.
enum JSONWriter {
  static func write(_ value: Value, indented: Bool = false) -> String {
    var output = ""
    write(value, into: &output, indentation: indented ? "\n" : nil)
    return output
  }

  /// `indentation` is the line break and spaces before a nested value, nil for compact output.
  private static func write(_ value: Value, into output: inout String, indentation: String?) {
    switch value {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .int(let number): output += String(number)
    case .double(let number): output += Value.format(number)
    case .string(let text): writeString(text, into: &output)
    case .array(let values):
      writeContainer(values, open: "[", close: "]", into: &output, indentation: indentation) { element, output, inner in
        write(element, into: &output, indentation: inner)
      }
    case .object(let fields):
      writeContainer(fields, open: "{", close: "}", into: &output, indentation: indentation) { field, output, inner in
        writeString(field.key, into: &output)
        output += inner == nil ? ":" : ": "
        write(field.value, into: &output, indentation: inner)
      }
    }
  }

  private static func writeContainer<Element>(
    _ elements: [Element], open: String, close: String, into output: inout String, indentation: String?,
    element writeElement: (Element, inout String, String?) -> Void
  ) {
    output += open
    let inner = indentation.map { $0 + "  " }
    for (index, element) in elements.enumerated() {
      if index > 0 { output += "," }
      if let inner { output += inner }
      writeElement(element, &output, inner)
    }
    if let indentation, !elements.isEmpty { output += indentation }
    output += close
  }

  private static func writeString(_ text: String, into output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{2028}": output += "\\u2028"
      case "\u{2029}": output += "\\u2029"
      default:
        // C0 and C1 controls, DEL and bidi overrides as escapes: the same string to a parser,
        // and nothing a terminal acts on when JSON is shown on one.
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
          || (0x2066...0x2069).contains(scalar.value)
        {
          output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}
