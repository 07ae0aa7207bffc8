import Foundation
import Testing
import LedeCore
import LedeLanguages

/// Builds articles from literal text, as `load` would from a file.
enum Sample {
  static let reader = ArticleReader(catalog: LanguageResources.catalog)

  static func article(
    _ text: String, format: ArticleFormat = .text, fileName: String = "sample.txt", language: Language? = nil,
    date: CalendarDate? = nil
  ) throws -> Article {
    try articles(Array(text.utf8), format: format, fileName: fileName, language: language, date: date)[0]
  }

  static func articles(
    _ bytes: [UInt8], format: ArticleFormat, fileName: String = "sample.txt", language: Language? = nil,
    date: CalendarDate? = nil
  ) throws -> [Article] {
    try reader.read(
      bytes, fileName: fileName, origin: fileName, format: format, options: .init(date: date, language: language))
  }

  /// The texts of the article's sentences (headline, subheadings, sentences).
  static func sentences(_ text: String, language: Language? = nil) throws -> [String] {
    let article = try article(text, language: language)
    return article.sentences.map { String(article.text(of: $0.span)) }
  }

  /// The package's root folder, found from this file's place.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func example(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: packageRoot.appendingPathComponent("Examples/articles/\(name)")))
  }

  /// A bundled example article, read as `load` reads it.
  static func exampleArticles(_ name: String) throws -> [Article] {
    let format = try #require(ArticleFormat(fileName: name))
    return try articles(try example(name), format: format, fileName: name)
  }
}
