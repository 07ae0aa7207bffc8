import LedeCore

/// Articles with their entity mentions as CoNLL-2003-style columns: one token per line, its
/// tag in BIO (`B-PER`, `I-PER`, `O`; PER, ORG, LOC and MISC for lede's person, organization,
/// place and other), a blank line after each sentence (and header line: byline, dateline), and
/// `-DOCSTART-` before each article, as NER taggers read and write them.
enum CoNLLWriter {
  static func write(_ analyses: [ArticleAnalysis]) -> String {
    var lines: [String] = []
    for analysis in analyses {
      lines += ["-DOCSTART-\tO", ""]
      let tags = tagsByStart(analysis.entities)
      for segment in analysis.article.segments {
        var open: (end: Int, type: String)?
        for (token, text) in analysis.article.tokenTexts(in: segment.span) {
          var tag = "O"
          if let mention = tags[token.span.start] {
            tag = "B-" + mention.type
            open = mention
          } else if let current = open, token.span.start < current.end {
            tag = "I-" + current.type
          } else {
            open = nil
          }
          // A token is one line: whitespace inside it (none in lede's tokens) would split it.
          lines.append(text.replacingOccurrences(of: "\t", with: " ") + "\t" + tag)
        }
        lines.append("")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The tag type and end of every mention, by the offset it starts at.
  private static func tagsByStart(_ entities: [Entity]) -> [Int: (end: Int, type: String)] {
    var tags: [Int: (end: Int, type: String)] = [:]
    for entity in entities {
      let type = entity.type.conllTag
      for mention in entity.mentions { tags[mention.start] = (mention.end, type) }
    }
    return tags
  }
}

extension EntityType {
  /// The tag CoNLL-2003 gives the type (`PER`, `ORG`, `LOC`, and `MISC` for other names).
  var conllTag: String { self == .other ? "MISC" : tag }
}
