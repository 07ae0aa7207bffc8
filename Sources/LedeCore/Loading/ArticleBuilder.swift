/// Builds an `Article` from a draft: paragraphs, header roles, language, tokens and segments.
struct ArticleBuilder {
  let catalog: LanguageCatalog
  let options: ArticleReader.Options
  /// Made once for all the articles built, not once per article (it gathers the languages'
  /// function words).
  private let detector: LanguageDetector
  /// Each language's tokenizer and sentence splitter, made once, not once per article.
  private let segmenters: [Language: Segmenter]

  /// What segmenting the text of one language takes.
  private final class Segmenter: Sendable {
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter

    init(_ data: LanguageData) {
      tokenizer = Tokenizer(abbreviations: data.abbreviations, longest: data.longestAbbreviation)
      splitter = SentenceSplitter(data: data)
    }
  }

  init(catalog: LanguageCatalog, options: ArticleReader.Options) {
    self.catalog = catalog
    self.options = options
    detector = LanguageDetector(catalog: catalog)
    segmenters = catalog.languages.mapValues(Segmenter.init)
  }

  /// Body paragraphs without closing punctuation and with at most this many words are
  /// subheadings.
  static let subheadingWordLimit = 15
  /// Language detection reads at most this many scalars from the body's start.
  static let languageSampleLength = 12_000

  func build(_ draft: ArticleDraft, name: String, origin: String, format: ArticleFormat) -> Article {
    var text = draft.text
    return text.withUTF8 { build(draft, bytes: $0, name: name, origin: origin, format: format) }
  }

  private func build(
    _ draft: ArticleDraft, bytes: UnsafeBufferPointer<UInt8>, name: String, origin: String, format: ArticleFormat
  ) -> Article {
    let (paragraphs, offsets) = ParagraphScanner.scan(bytes)
    func scalars(of stretch: ParagraphScanner.Stretch) -> [Unicode.Scalar] {
      var scalars: [Unicode.Scalar] = []
      UTF8Decoding.decode(bytes, stretch.utf8Start..<stretch.utf8End, into: &scalars)
      return scalars
    }

    var metadata = draft.metadata
    var warnings = draft.warnings
    var header = PlainTextHeader.Result()
    if draft.mayHaveTextHeader {
      let leading = paragraphs.prefix(PlainTextHeader.maximumHeaderParagraphs + 1).map { paragraph in
        let scalars = scalars(of: paragraph)
        return ScalarText.string(scalars, scalars.indices)
      }
      header = PlainTextHeader(catalog: catalog).recognize(leading)
      metadata.complete(with: header.metadata)
      warnings += header.warnings
    }
    if let date = options.date { metadata.date = date }

    let bodyIndex = header.roles.count
    let (language, languageSource) = chooseLanguage(
      declared: metadata.language, sample: paragraphs.dropFirst(bodyIndex).prefix(40), scalars: scalars)
    let segmenter = segmenters[language] ?? Segmenter(catalog[language])

    var tokens = TokenList()
    tokens.reserveCapacity(bytes.count / 6)
    var segments: [Segment] = []
    var headings = draft.headings[...]
    var characters: [Unicode.Scalar] = []
    for (index, paragraph) in paragraphs.enumerated() {
      characters.removeAll(keepingCapacity: true)
      UTF8Decoding.decode(bytes, paragraph.utf8Start..<paragraph.utf8End, into: &characters)
      let raw = segmenter.tokenizer.tokenize(characters)
      let base = paragraph.start
      for token in raw { tokens.append(Span(start: base + token.start, end: base + token.end), kind: token.kind) }
      func span(_ range: Range<Int>) -> Span {
        Span(start: base + raw[range.lowerBound].start, end: base + raw[range.upperBound - 1].end)
      }
      guard !raw.isEmpty else { continue }

      if index < header.roles.count {
        segments.append(Segment(kind: header.roles[index], span: paragraph.span, paragraph: index))
        continue
      }
      while let heading = headings.first, heading.span.start < paragraph.end {
        headings.removeFirst()
        guard paragraph.span.contains(heading.span) else { continue }
        let isTitle = heading.level == 1 && !segments.contains { $0.kind == .headline }
        segments.append(Segment(kind: isTitle ? .headline : .subheading, span: heading.span, paragraph: index))
      }
      if segments.last?.paragraph == index { continue }

      var first = 0
      if index == bodyIndex && header.datelineLength > 0 {
        while first < raw.count && raw[first].start < header.datelineLength { first += 1 }
        if first > 0 { segments.append(Segment(kind: .dateline, span: span(0..<first), paragraph: index)) }
      }
      guard first < raw.count else { continue }
      if index + 1 < paragraphs.count && isSubheading(characters, raw[first...]) {
        segments.append(Segment(kind: .subheading, span: span(first..<raw.count), paragraph: index))
        continue
      }
      let body = Array(raw[first...])
      for sentence in segmenter.splitter.split(characters, body) {
        segments.append(Segment(kind: .sentence, span: span((sentence.lowerBound + first)..<(sentence.upperBound + first)), paragraph: index))
      }
    }
    return Article(
      name: name, origin: origin, format: format, encoding: draft.encoding, text: draft.text, metadata: metadata,
      language: language, languageSource: languageSource, paragraphs: paragraphs.map(\.span), segments: segments,
      tokens: tokens, offsets: offsets, warnings: warnings)
  }

  private func chooseLanguage(
    declared: Language?, sample: ArraySlice<ParagraphScanner.Stretch>,
    scalars: (ParagraphScanner.Stretch) -> [Unicode.Scalar]
  ) -> (Language, Article.LanguageSource) {
    if let requested = options.language { return (requested, .requested) }
    if let declared { return (declared, .declared) }
    var text: [Unicode.Scalar] = []
    for paragraph in sample where text.count < Self.languageSampleLength {
      text.append(contentsOf: scalars(paragraph).prefix(Self.languageSampleLength))
      text.append(" ")
    }
    if let guess = detector.detect(scalars: text) {
      return (guess.language, .detected)
    }
    return (options.fallbackLanguage, .assumed)
  }

  /// A short line inside the body without closing punctuation: `NORDKOREA SIEHT … PHASE`.
  private func isSubheading(_ scalars: [Unicode.Scalar], _ tokens: ArraySlice<Tokenizer.RawToken>) -> Bool {
    guard let last = tokens.last, tokens.count <= Self.subheadingWordLimit * 3, last.kind != .abbreviation else {
      return false
    }
    let mark = scalars[last.end - 1]
    guard !CharacterClass.isTerminal(mark), !CharacterClass.isQuote(mark), !":,;)".unicodeScalars.contains(mark),
      !scalars.contains("\n")
    else { return false }
    let words = tokens.count { $0.kind != .punctuation && $0.kind != .symbol }
    return words >= 1 && words <= Self.subheadingWordLimit
  }
}
