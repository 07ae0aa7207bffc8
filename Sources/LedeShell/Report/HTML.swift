/// Small helpers for writing HTML that is also well-formed XML (every element closed, every
/// attribute quoted, only numeric character references), so that a report can be checked.
enum HTML {
  /// Text with `&`, `<`, `>`, `"` escaped (unchanged, and not copied character by character,
  /// when it holds none of them).
  static func escape<Text: StringProtocol>(_ text: Text) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return String(text) }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }

  /// `<tag a="b">content</tag>` with the content already escaped.
  static func element(_ tag: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
    "<\(tag)\(attributeText(attributes))>\(content)</\(tag)>"
  }

  static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }

  /// A number for SVG coordinates: at most one decimal.
  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
