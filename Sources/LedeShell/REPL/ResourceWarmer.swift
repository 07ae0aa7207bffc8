import Foundation
import LedeCore
import LedeLanguages

/// Reads a language's resources (entity model, hyphenation patterns, reference frequencies) on
/// another thread as soon as the REPL has an article in that language, while the user reads
/// and types: the first `who`, `show` or `stats` then finds them ready. Scripts do not warm:
/// they read only what their commands need.
@MainActor
final class ResourceWarmer {
  private var warmed: Set<Language> = []

  /// Starts reading the resources of every loaded article's language not read yet.
  func warm(for session: Session) {
    for language in Set(session.articles.map(\.article.language)).subtracting(warmed) {
      warmed.insert(language)
      Thread.detachNewThread {
        _ = EntityResources.bundledTagger(for: language)
        _ = HyphenationResources.hyphenator(language)
        _ = ReferenceFrequencies.bundled(for: language)
      }
    }
  }
}
