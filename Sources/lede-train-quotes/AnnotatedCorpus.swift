import Foundation
import LedeCore
import LedeLanguages

/// Reads the annotated quote corpora (`train-*.jsonl`, `dev-*.jsonl`): each text read as lede
/// reads a file, its entities found, and the annotated offsets moved to the article's text.
enum AnnotatedCorpus {
  /// Reads a JSON Lines file of annotated articles of `language` (others are skipped).
  static func read(_ path: String, language: Language, detectLanguage: Bool = false) throws -> [AnnotatedArticle] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    let reader = ArticleReader(catalog: LanguageResources.catalog)
    let tagger = try EntityResources.bundledTagger(for: language).get()
    let data = LanguageResources.catalog[language]
    var result: [AnnotatedArticle] = []
    for line in lines where !line.isEmpty {
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let id = object["id"] as? String, let text = object["text"] as? String,
        (object["lang"] as? String).flatMap(Language.init(code:)) == language
      else { continue }
      let options = ArticleReader.Options(language: detectLanguage ? nil : language)
      guard let article = try reader.read(Array(text.utf8), fileName: "article.txt", origin: id, format: .text, options: options).first
      else { continue }
      guard let shift = article.offset(in: text) else { continue }
      let entities = LedeCore.entities(in: article, using: data, tagger: tagger).entities
      let quotes = (object["quotes"] as? [[String: Any]] ?? []).compactMap { Self.gold($0, shift: shift) }
      result.append(AnnotatedArticle(id: id, article: article, entities: entities, quotes: quotes))
    }
    return result
  }

  private static func gold(_ object: [String: Any], shift: Int) -> AnnotatedArticle.Quote? {
    guard let start = object["start"] as? Int, let end = object["end"] as? Int, start <= end,
      let kind = (object["kind"] as? String).flatMap(Quote.Kind.init(rawValue:))
    else { return nil }
    let cue = (object["cue_span"] as? [String: Any]).flatMap { cue -> Span? in
      guard let start = cue["start"] as? Int, let end = cue["end"] as? Int, start <= end else { return nil }
      return Span(start: start - shift, end: end - shift)
    }
    let mention = (object["mention"] as? [String: Any]).flatMap { mention -> Span? in
      guard let start = mention["start"] as? Int, let end = mention["end"] as? Int, start <= end else { return nil }
      return Span(start: start - shift, end: end - shift)
    }
    return AnnotatedArticle.Quote(
      span: Span(start: start - shift, end: end - shift), kind: kind, speaker: object["speaker"] as? String, cue: cue, mention: mention)
  }
}
