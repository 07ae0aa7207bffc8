import LedeCore

/// An article's entities and quotes as brat standoff annotation, so that annotators can correct
/// lede's output in brat: the `.txt` (the article's text, which the offsets count into, in
/// Unicode code points as brat's do) and the `.ann` with a text-bound annotation per entity
/// mention (`PER`, `ORG`, `LOC`, `MISC`), quote (`Quote`), cue (`Cue`) and speaker mention, and
/// the relations `Speaker` (quote to the words naming its speaker) and `Said` (quote to its cue).
enum BratWriter {
  static func write(_ analysis: ArticleAnalysis) -> (annotations: String, text: String) {
    let article = analysis.article
    var lines: [String] = []
    var ids: [String: String] = [:]
    /// Adds a text-bound annotation (once per type and span) and gives its id.
    func bound(_ type: String, _ span: Span) -> String? {
      guard span.start < span.end, span.end <= article.length else { return nil }
      let key = "\(type) \(span.start) \(span.end)"
      if let known = ids[key] { return known }
      let id = "T\(ids.count + 1)"
      ids[key] = id
      let words = article.text(of: span)
      lines.append("\(id)\t\(type) \(fragments(span, words: words))\t\(words.split(separator: "\n").joined(separator: " ").replacingOccurrences(of: "\t", with: " "))")
      return id
    }
    for entity in analysis.entities {
      for mention in entity.mentions { _ = bound(entity.type.conllTag, mention.span) }
    }
    var relations = 0
    for quote in analysis.quotes {
      guard let quoteID = bound("Quote", quote.span) else { continue }
      if let cue = quote.explanation.cueSpan, let cueID = bound("Cue", cue) {
        relations += 1
        lines.append("R\(relations)\tSaid Arg1:\(quoteID) Arg2:\(cueID)")
      }
      if let mention = quote.explanation.speakerMentionSpan {
        // The speaker's words as an entity mention when they are one, else as a Speaker annotation.
        let entityType = analysis.entities.first { $0.mentions.contains { $0.span == mention } }.map { $0.type.conllTag }
        if let speakerID = bound(entityType ?? "Speaker", mention) {
          relations += 1
          lines.append("R\(relations)\tSpeaker Arg1:\(quoteID) Arg2:\(speakerID)")
        }
      }
    }
    return (lines.joined(separator: "\n") + "\n", analysis.article.text)
  }

  /// A span (its `words`) as brat's offsets: `start end`, or fragments `start end;start end`
  /// around line breaks (brat's annotation lines hold no line break).
  private static func fragments(_ span: Span, words: Substring) -> String {
    var parts: [String] = []
    var start = span.start
    for (offset, scalar) in words.unicodeScalars.enumerated() where scalar == "\n" {
      if span.start + offset > start { parts.append("\(start) \(span.start + offset)") }
      start = span.start + offset + 1
    }
    if span.end > start { parts.append("\(start) \(span.end)") }
    return parts.joined(separator: ";")
  }
}
