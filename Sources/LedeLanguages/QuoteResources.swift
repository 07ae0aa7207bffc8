import Foundation
import LedeCore

/// The learned quote models of each language (`{de,en}/quotes-{mark,content,speaker}.model`,
/// written by `Scripts/train-quotes`), read on first use.
public enum QuoteResources {
  private static let german = Result { try models(for: .german, in: try LanguageResources.resourceDirectory()) }
  private static let english = Result { try models(for: .english, in: try LanguageResources.resourceDirectory()) }

  /// The bundled models for `language`, or why there are none.
  public static func bundledModels(for language: Language) -> Result<QuoteModels, Error> {
    switch language {
    case .german: german
    case .english: english
    }
  }

  /// The file a step's model is stored in, inside a language's folder.
  public static func fileName(of step: QuoteChoice.Step) -> String { "quotes-\(step.rawValue).model" }

  /// Reads the models of `language` from a resource directory.
  public static func models(for language: Language, in directory: URL) throws -> QuoteModels {
    var models: [QuoteChoice.Step: RankingModel] = [:]
    for step in QuoteChoice.Step.allCases {
      let file = "\(language.code)/\(fileName(of: step))"
      let path = directory.appendingPathComponent(file).path
      guard let bytes = FileBytes.read(path) else {
        throw LanguageResources.DataFileError(file: file, line: 0, problem: "cannot read \(path)")
      }
      do {
        models[step] = try RankingModel(bytes: bytes)
      } catch {
        throw LanguageResources.DataFileError(file: file, line: 0, problem: "\(error)")
      }
    }
    return QuoteModels(models)
  }
}
