import LedeCore

/// Sentences with marks, as `show` returns them: the text of each and its marks, with offsets
/// relative to the sentence (Unicode scalars) and absolute ones for machines.
public struct AnnotatedText: Equatable, Sendable {
  public struct Sentence: Equatable, Sendable {
    /// The number shown in the margin (from 1).
    public var number: Int
    public var text: String
    /// Marks with spans relative to `text`.
    public var marks: [Annotation]
    /// Where `text` starts in the article.
    public var offset: Int
    /// A blank line comes before it (a new paragraph).
    public var opensParagraph: Bool

    /// The text with what `opening` and `closing` give at each mark's ends (closing the
    /// innermost first), the text between them written by `run`. Both get the marks still open
    /// around the one they start or end.
    func rendered(
      opening: (Annotation, [Annotation]) -> String, closing: (Annotation, [Annotation]) -> String,
      run: (Substring) -> String
    ) -> String {
      var result = ""
      var open: [Annotation] = []
      var next = 0
      let scalars = text.unicodeScalars
      var index = scalars.startIndex
      var position = 0
      let length = scalars.count
      while true {
        while let innermost = open.last, innermost.span.end <= position {
          open.removeLast()
          result += closing(innermost, open)
        }
        while next < marks.count, marks[next].span.start <= position {
          let mark = marks[next]
          next += 1
          guard mark.span.start == position else { continue }
          result += opening(mark, open)
          open.append(mark)
        }
        guard position < length else { break }
        // The text up to the next mark's start or end.
        let stop = min(length, open.last?.span.end ?? length, next < marks.count ? marks[next].span.start : length)
        let end = scalars.index(index, offsetBy: max(stop - position, 1))
        result += run(Substring(scalars[index..<end]))
        position = max(stop, position + 1)
        index = end
      }
      return result
    }
  }

  public var sentences: [Sentence]

  public init(sentences: [Sentence]) {
    self.sentences = sentences
  }

  /// The sentences of an analysed article (those numbered in `range`, from 0) with their marks.
  public init(_ analysis: ArticleAnalysis, range: ClosedRange<Int>? = nil) {
    let article = analysis.article
    let all = annotatedSentences(of: article, entities: analysis.entities, quotes: analysis.quotes, times: analysis.times)
    var lastParagraph: Int?
    var shown: [Sentence] = []
    for sentence in all where range?.contains(sentence.number) ?? true {
      let paragraph = article.sentences[sentence.number].paragraph
      defer { lastParagraph = paragraph }
      let start = sentence.span.start
      shown.append(
        Sentence(
          number: sentence.number + 1, text: String(article.text(of: sentence.span)),
          marks: sentence.annotations.map { mark in
            var relative = mark
            relative.span = Span(start: mark.span.start - start, end: mark.span.end - start)
            return relative
          },
          offset: start, opensParagraph: lastParagraph.map { $0 != paragraph } ?? false))
    }
    self.sentences = shown
  }

  /// Every sentence with its marks and their article offsets.
  public var json: Value {
    .array(sentences.map { sentence in
      .object([
        .init("sentence", .int(sentence.number)), .init("text", .string(sentence.text)),
        .init("marks", .array(sentence.marks.map { mark in
          .object([
            .init("kind", .string(mark.kind.rawValue)), .init("label", .string(mark.label)),
            .init("text", .string(Self.cut(sentence.text, mark.span))),
            .init("start", .int(sentence.offset + mark.span.start)), .init("end", .int(sentence.offset + mark.span.end)),
          ])
        })),
      ])
    })
  }

  /// One row per mark, for CSV and Markdown.
  public var markTable: Table {
    let columns = [Column("sentence"), Column("kind"), Column("text"), Column("label"), Column("start"), Column("end")]
    let rows: [[Value]] = sentences.flatMap { sentence in
      sentence.marks.map { mark in
        [
          .int(sentence.number), .string(mark.kind.rawValue), .string(Self.cut(sentence.text, mark.span)), .string(mark.label),
          .int(sentence.offset + mark.span.start), .int(sentence.offset + mark.span.end),
        ]
      }
    }
    return Table(columns: columns, rows: rows, noun: ("mark", "marks"))
  }

  /// The scalars of `text` in `span`.
  static func cut(_ text: String, _ span: Span) -> String {
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: span.start)
    let end = scalars.index(start, offsetBy: span.length)
    return String(scalars[start..<end])
  }
}
