/// The quotes of an article: direct, partial and scare quotes in quotation marks, and indirect
/// speech, each with its speaker and cue, decided by the language's learned quote models. With
/// the article's `entities` (from `who`), speakers are ranked among them and take their names.
/// With `explained`, each quote keeps the scores and features of its decisions (slower).
public func quotes(
  in article: Article, using data: LanguageData, entities: [Entity] = [], models: QuoteModels, explained: Bool = true
) -> [Quote] {
  var decider = ModelDecider(models, explains: explained)
  guard explained else {
    // Nothing reads the features' names, only their hashes.
    return FeatureText.withoutText { quotes(in: article, using: data, entities: entities, decider: &decider) }
  }
  return quotes(in: article, using: data, entities: entities, decider: &decider)
}

/// The quotes of an article with every decision taken by `decider` (training takes them with an
/// annotated article at hand, `quotes(in:using:entities:models:)` with the shipped models).
public func quotes<Decider: QuoteDecider>(
  in article: Article, using data: LanguageData, entities: [Entity] = [], decider: inout Decider
) -> [Quote] {
  var extractor = QuoteExtractor(article: article, data: data, entities: entities)
  return extractor.run(&decider)
}

/// Reads an article's sentences in text order and takes the learned decisions for each: the
/// kind of every quote in marks, the words each cue reports, and every quote's speaker, with
/// what was decided before (the speakers just reported) at hand for the next decision. Its
/// language data, sentences and quotation marks are those of its `context`.
struct QuoteExtractor: SpeakerStep {
  let article: Article
  let cueFinder: SpeechCues
  let contentCandidates: ContentCandidates
  let contentFeatures: ContentFeatures
  let markFeatures: MarkFeatures
  let speakerFeatures: SpeakerFeatures
  /// What the speaker steps read; its speakers note the names each sentence mentions as the
  /// sentences are read (`Speakers.noteMentions`).
  let context: SpeakerContext
  var discourse = Discourse()
  /// The names of words given in the current sentence (forgotten when its mentions are noted).
  var names = SourceNaming.Memo()
  /// The verb forms of the words read so far, named once per word.
  var verbFormNames = ContentFeatures.VerbFormNames()
  /// The last sentence with a quote or reported speech found in it (-1: none yet).
  var lastReported = -1
  /// The cues of each sentence (outside quotes), found once.
  let cues: [[SpeechCues.Cue]]
  /// For each sentence of a transcript's turn, the label of that turn (`WALLACE:`): worked out
  /// once for the article, so that a paragraph of many quotes costs no walk back per quote.
  let transcriptLabels: [(sentence: Int, range: Range<Int>)?]

  init(article: Article, data: LanguageData, entities: [Entity] = []) {
    self.article = article
    let halves = Concurrently.mapHalves(article.sentences) { part in
      var forms = SentenceWords.Forms()
      let sentences = part.map { SentenceWords($0, in: article, data: data, forms: &forms) }
      return [(sentences: sentences, usage: forms.usage)]
    }
    let sentences = halves.flatMap(\.sentences)
    let usage = halves.dropFirst().reduce(halves[0].usage) {
      ($0.capitalizedInside.union($1.usage.capitalizedInside), $0.lowercase.union($1.usage.lowercase))
    }
    let numbers = Dictionary(article.sentences.enumerated().map { ($1.span.start, $0) }) { first, _ in first }
    cueFinder = SpeechCues(data: data)
    let speakers = Speakers(article: article, sentences: sentences, numbers: numbers, data: data, usage: usage, entities: entities)
    let pairs = QuotationMarks.pairs(in: Self.scalars(of: article.text), paragraphs: article.paragraphs)
    let quoted = pairs.filter { $0.depth == 0 }.map { Span(start: $0.open, end: $0.close + 1) }
    contentCandidates = ContentCandidates(data: data)
    contentFeatures = ContentFeatures(data: data)
    markFeatures = MarkFeatures(data: data)
    let finder = cueFinder
    let cues = sentences.map { finder.cues(in: $0, outside: quoted) }
    self.cues = cues
    transcriptLabels = Self.transcriptLabels(of: sentences)
    let context = SpeakerContext(data: data, speakers: speakers, sentences: sentences, pairs: pairs, quoted: quoted)
    self.context = context
    speakerFeatures = SpeakerFeatures(data: data, sentences: sentences, cueSubjects: CueSources(context: context).entitySubjects(of: cues))
  }

  /// The Unicode scalars of `text`, decoded from its bytes in one pass, as the loader decodes
  /// an article's paragraphs (a string's bytes are valid UTF-8).
  private static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    var scalars: [Unicode.Scalar] = []
    text.withUTF8 { UTF8Decoding.decode($0, $0.indices, into: &scalars) }
    return scalars
  }

  /// What finds the sources a construction proposes.
  var cueSources: CueSources { CueSources(context: context) }

  /// What finds and names a quote's speaker candidates.
  var speakerCandidates: SpeakerCandidates { SpeakerCandidates(context: context) }

  mutating func run<Decider: QuoteDecider>(_ decider: inout Decider) -> [Quote] {
    var result: [Quote] = []
    let topLevel = pairs.filter { $0.depth == 0 }
    var pairIndex = 0
    // Stopping early (Ctrl-C) leaves the later sentences unread; the caller drops the result.
    for number in sentences.indices where !StopRequest.isRaised {
      let sentence = sentences[number]
      var found: [Found] = []
      while pairIndex < topLevel.count && topLevel[pairIndex].open < sentence.segment.span.end {
        let pair = topLevel[pairIndex]
        pairIndex += 1
        guard pair.open >= sentence.segment.span.start || number == 0 else { continue }
        if let quote = markedQuote(pair, sentence: number, decider: &decider) { found.append(quote) }
      }
      found += reportedSpeech(in: number, besides: found.map(\.quote), decider: &decider)
      found.sort { $0.quote.span < $1.quote.span }
      for index in found.indices where found[index].quote.kind != .scare {
        if let report = found[..<index].last(where: { $0.quote.kind == .indirect && $0.quote.span.contains(found[index].quote.span) }) {
          found[index].query.report = report.speaker
        }
        attribute(&found[index], decider: &decider)
      }
      noteOpening(of: number)
      speakers.noteMentions(in: sentence, number: number, outside: quoted)
      names.forget()
      result += found.map(\.quote)
    }
    return result.sorted { $0.span < $1.span }
  }

  /// A quote found in a sentence, with what its speaker decision needs.
  struct Found {
    var quote: Quote
    var query: SpeakerCandidates.Query
    /// The speaker chosen (its candidate key, name and type), once it is.
    var speaker: (key: String, name: String, type: String)?
  }

  /// Notes the organisation that opens sentence `number`, or what a name owns there (`Donald
  /// Trump’s campaign is …`): what `it` speaking soon after stands for.
  private mutating func noteOpening(of number: Int) {
    let sentence = sentences[number]
    guard let opening = speakers.phrase(after: 0, in: sentence), opening.lowerBound <= 1,
      opening.contains(where: { sentence.isCapitalized($0) && !sentence.isRole($0) }),
      !data.speakerPronouns.contains(sentence.lowered[opening.lowerBound])
    else { return }
    let sources = cueSources
    let owned = sources.isPossessiveMark(opening.upperBound, in: sentence) ? opening.upperBound + 1
      : sources.possessiveEnding(of: opening.upperBound - 1, in: sentence) != nil ? opening.upperBound : nil
    if let noun = owned, sentence.isWord(noun), !sentence.isCapitalized(noun) {
      discourse.lastThing = (String(article.text(of: sentence.span(opening.lowerBound, noun))), number)
    } else if let entity = speakers.entityIndex(in: opening, of: sentence), speakers.entities[entity].type == .organization {
      discourse.lastThing = (speakers.entities[entity].name, number)
    }
  }
}
