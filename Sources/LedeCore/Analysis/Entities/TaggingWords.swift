/// The words the entity tagger reads in a segment: its tokens, with the language's split endings
/// (English possessives) split off as the training data has it (`Russia's` → `Russia`, `'s`).
struct TaggingWords {
  let texts: [String]
  let spans: [Span]

  /// The segments whose names `who` reports: headline, dateline, subheadings and sentences.
  static func segments(of article: Article) -> [Int] {
    article.segments.indices.filter { article.segments[$0].kind.isProse || article.segments[$0].kind == .dateline }
  }

  init(_ segment: Segment, in article: Article, grammar: Grammar) {
    let (range, all) = article.tokenIndices(in: segment.span)
    let tokens = article.tokens
    var texts: [String] = []
    var spans: [Span] = []
    texts.reserveCapacity(range.count)
    spans.reserveCapacity(range.count)
    for index in range {
      let (token, text) = (tokens[index], all[index])
      if token.kind == .word, let split = grammar.split(text, at: token.span) {
        texts += [split.stem, split.ending]
        spans += [split.stemSpan, split.endingSpan]
      } else {
        texts.append(text)
        spans.append(token.span)
      }
    }
    self.texts = texts
    self.spans = spans
  }
}

extension Article {
  /// The words the entity tagger reads, one list for each segment it tags, with each word's
  /// span: what turns running text with annotated offsets into training sentences.
  public func taggedWords(grammar: Grammar) -> [(words: [String], spans: [Span])] {
    TaggingWords.segments(of: self).map { index in
      let words = TaggingWords(segments[index], in: self, grammar: grammar)
      return (words.texts, words.spans)
    }
  }
}
