/// A language lede analyses. Raw values are ISO 639-1 codes, as used in the JSON contract.
public enum Language: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
  case german = "de"
  case english = "en"

  /// Accepts ISO 639-1 and 639-2 codes and English names, case-insensitively
  /// (`de`, `deu`, `ger`, `German`, `de-AT`, `en_US`).
  public init?(code: String) {
    let lowered = code.lowercased()
    let primary = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lowered
    switch primary {
    case "de", "deu", "ger", "german", "deutsch": self = .german
    case "en", "eng", "english", "englisch": self = .english
    default: return nil
    }
  }

  public var code: String { rawValue }
  public var name: String { self == .german ? "German" : "English" }
  public var description: String { rawValue }
}
