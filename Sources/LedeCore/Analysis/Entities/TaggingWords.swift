/// The words the entity tagger reads in a segment: its tokens, with an English possessive
/// ending split off as the training data has it (`Russia's` → `Russia`, `'s`).
struct TaggingWords {
  let texts: [String]
  let spans: [Span]

  /// The segments whose names `who` reports: headline, dateline, subheadings and sentences.
  static func segments(of article: Article) -> [Int] {
    article.segments.indices.filter { article.segments[$0].kind.isProse || article.segments[$0].kind == .dateline }
  }

  init(_ segment: Segment, in article: Article) {
    let cut = article.tokenTexts(in: segment.span)
    var texts: [String] = []
    var spans: [Span] = []
    texts.reserveCapacity(cut.count)
    spans.reserveCapacity(cut.count)
    for (token, text) in cut {
      if article.language == .english, token.kind == .word, let ending = Self.possessiveEnding(of: text) {
        let cut = token.span.end - ending.unicodeScalars.count
        texts += [String(text.unicodeScalars.dropLast(ending.unicodeScalars.count)), ending]
        spans += [Span(start: token.span.start, end: cut), Span(start: cut, end: token.span.end)]
      } else {
        texts.append(text)
        spans.append(token.span)
      }
    }
    self.texts = texts
    self.spans = spans
  }

  /// The English possessive ending of `word` (`'s`, `’s`, a bare apostrophe), if it has one.
  static func possessiveEnding(of word: String) -> String? {
    // Every ending ends in `s`, `'` or the last byte of `’`: other words need no comparison.
    guard let last = word.utf8.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else { return nil }
    for ending in ["'s", "’s", "'", "’"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
      return ending
    }
    return nil
  }
}

extension Article {
  /// The words the entity tagger reads, one list for each segment it tags, with each word's
  /// span: what turns running text with annotated offsets into training sentences.
  public var taggedWords: [(words: [String], spans: [Span])] {
    TaggingWords.segments(of: self).map { index in
      let words = TaggingWords(segments[index], in: self)
      return (words.texts, words.spans)
    }
  }
}
