/// Small helpers for writing HTML that is also well-formed XML (every element closed, every
/// attribute quoted, only numeric character references), so that a report can be checked.
enum HTML {
  /// Text with `&`, `<`, `>`, `"` escaped and control characters shown (`VisibleText`: XML
  /// allows none of them); unchanged, and not copied character by character, when it holds none.
  static func escape<Text: StringProtocol>(_ text: Text) -> String {
    let markup = text.utf8.contains { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }
    let active = text.unicodeScalars.contains(where: VisibleText.isActive)
    guard markup || active else { return String(text) }
    let visible = active ? VisibleText.of(String(text)) : String(text)
    guard markup else { return visible }
    var result = ""
    result.reserveCapacity(visible.utf8.count + 16)
    for character in visible {
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
