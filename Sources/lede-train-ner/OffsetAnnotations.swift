import Foundation
import LedeCore
import LedeLanguages

/// Reads annotated running text (JSON Lines of `{"text", "lang", "entities": [{"type", "start",
/// "end"}]}` with code-point offsets, as SmartData is shipped): each text is read and cut into
/// words as lede reads an article, and each word labelled by the names it lies in. A sentence in
/// which a name starts or ends inside a word is left out, since no labelling of its words is right.
enum OffsetAnnotations {
  /// The labelled sentences of each document of `language` in the file at `path`.
  static func documents(in path: String, language: Language) throws -> [[(words: [String], labels: [EntityLabel])]] {
    let reader = ArticleReader(catalog: LanguageResources.catalog)
    var result: [[(words: [String], labels: [EntityLabel])]] = []
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.isEmpty {
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let text = object["text"] as? String, (object["lang"] as? String) == language.code,
        let article = try reader.read(
          Array(text.utf8), fileName: "article.txt", origin: "", format: .text, options: .init(language: language)
        ).first,
        let shift = article.offset(in: text)
      else { continue }
      let names = (object["entities"] as? [[String: Any]] ?? []).compactMap { name -> (span: Span, type: EntityType)? in
        guard let start = name["start"] as? Int, let end = name["end"] as? Int, start - shift >= 0, start < end,
          let type = (name["type"] as? String).flatMap(EntityType.init(rawValue:))
        else { return nil }
        return (Span(start: start - shift, end: end - shift), type)
      }
      result.append(article.taggedWords(grammar: LanguageResources.catalog[language].grammar).compactMap { labelled($0, names: names) })
    }
    return result
  }

  /// The words of a segment with BIO labels from `names`; nil when a name's edge falls inside a word.
  private static func labelled(_ segment: (words: [String], spans: [Span]), names: [(span: Span, type: EntityType)])
    -> (words: [String], labels: [EntityLabel])?
  {
    var labels = [EntityLabel](repeating: .outside, count: segment.words.count)
    for name in names {
      let inside = segment.spans.indices.filter { segment.spans[$0].start < name.span.end && segment.spans[$0].end > name.span.start }
      guard let first = inside.first, let last = inside.last else { continue }
      guard segment.spans[first].start == name.span.start, segment.spans[last].end == name.span.end else { return nil }
      for index in inside { labels[index] = EntityLabel(type: name.type, position: index == first ? .begin : .inside) }
    }
    return (segment.words, labels)
  }
}
