/// Small helpers for writing HTML that is also well-formed XML (every element closed, every
/// attribute quoted, only numeric character references), so that a report can be checked.
enum HTML {
  /// Text with `&`, `<`, `>`, `"` escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
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
