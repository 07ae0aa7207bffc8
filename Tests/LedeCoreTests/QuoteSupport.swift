import Testing
import LedeLanguages

@testable import LedeCore

/// Quotes and their candidates for sentences written for a test, as the shell finds them.
enum QuoteSample {
  /// The bundled quote models of `language`.
  static func models(_ language: Language) throws -> QuoteModels {
    try QuoteResources.bundledModels(for: language).get()
  }

  /// The article's entities, found by the bundled tagger.
  static func entities(of article: Article) throws -> [Entity] {
    let tagger = try EntityResources.bundledTagger(for: article.language).get()
    return LedeCore.entities(in: article, using: LanguageResources.catalog[article.language], tagger: tagger).entities
  }

  /// The quotes of `text` with the bundled models and the article's entities.
  static func quotes(_ text: String, _ language: Language) throws -> [Quote] {
    let article = try Sample.article(text, language: language)
    return LedeCore.quotes(
      in: article, using: LanguageResources.catalog[language], entities: try entities(of: article), models: try models(language))
  }

  /// An extractor over `text`, for its candidate generators.
  static func extractor(_ text: String, _ language: Language) throws -> QuoteExtractor {
    let article = try Sample.article(text, language: language)
    return QuoteExtractor(article: article, data: LanguageResources.catalog[language], entities: try entities(of: article))
  }

  /// The cues the cue finder finds in `text`, lower-cased.
  static func cues(_ text: String, _ language: Language) throws -> [String] {
    try extractor(text, language).cues.joined().map { $0.text.lowercased() }
  }

  /// What the constructions propose for each cue of the first sentence: construction and words.
  static func proposals(_ text: String, _ language: Language) throws -> [(construction: String, words: String)] {
    let extractor = try extractor(text, language)
    let sentence = extractor.sentences[0]
    let sources = extractor.cueSources
    return extractor.cues[0].flatMap { sources.proposals(for: $0, in: sentence) }.compactMap { proposal in
      switch proposal.source {
      case .words(let range): (proposal.construction, sentence.texts[range].joined(separator: " "))
      case .named(let name, _): (proposal.construction, name)
      case .previousSpeaker, .lastThing: (proposal.construction, "")
      }
    }
  }

  /// The content candidates of the first sentence's first cue: construction and the parts' texts.
  static func contents(_ text: String, _ language: Language) throws -> [(construction: String, parts: [String])] {
    let extractor = try extractor(text, language)
    let sentence = extractor.sentences[0]
    let candidates = ContentCandidates(data: extractor.data)
    let sources = extractor.cueSources
    let options = extractor.cues[0].first.map {
      candidates.candidates(for: $0, in: sentence, source: extractor.frameSource(of: $0, in: sentence, sources: sources))
    }
      ?? candidates.candidates(withoutCueIn: sentence)
    return options.map { option in
      (option.construction, option.parts.map { part in
        let words = part.filter(sentence.isWord)
        guard let first = words.first, let last = words.last else { return "" }
        return String(extractor.article.text(of: sentence.span(first, last)))
      })
    }
  }
}

extension SpeakerCandidates {
  /// The candidates for `query` with names given afresh.
  func candidates(for query: Query, after discourse: Discourse, resolve: Resolver) -> [Candidate] {
    var names = SourceNaming.Memo()
    return candidates(for: query, after: discourse, names: &names, resolve: resolve)
  }
}
