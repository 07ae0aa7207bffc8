import Foundation
import LedeCore

/// Hyphenation patterns for counting syllables, read on first use from the system's libhyphen
/// dictionaries (Debian `hyphen-de`, `hyphen-en-us`: `/usr/share/hyphen/hyph_de_DE.dic`,
/// `hyph_en_US.dic`; `LEDE_HYPHEN_DIR` names another folder).
public enum HyphenationResources {
  private static let german = Result { try hyphenator(for: .german) }
  private static let english = Result { try hyphenator(for: .english) }

  /// The hyphenator of `language`, or why there is none.
  public static func hyphenator(_ language: Language) -> Result<Hyphenator, Error> {
    switch language {
    case .german: german
    case .english: english
    }
  }

  private static func hyphenator(for language: Language) throws -> Hyphenator {
    let folder = ProcessInfo.processInfo.environment["LEDE_HYPHEN_DIR"] ?? "/usr/share/hyphen"
    let path = folder + "/" + (language == .german ? "hyph_de_DE.dic" : "hyph_en_US.dic")
    guard let bytes = FileBytes.read(path) else {
      throw MissingHyphenationPatterns(path: path, package: language == .german ? "hyphen-de" : "hyphen-en-us")
    }
    return try Hyphenator(dictionary: bytes)
  }
}

/// No pattern file for a language, and the package that brings it.
public struct MissingHyphenationPatterns: Error, CustomStringConvertible {
  public let path: String
  public let package: String
  public var description: String { "no hyphenation patterns at \(path) (install them: apt-get install \(package))" }
}
