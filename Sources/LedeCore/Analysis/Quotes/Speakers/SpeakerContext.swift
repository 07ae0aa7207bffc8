/// What the steps that find a quote's speaker read: the language data, the article's sentences,
/// quotation marks and quoted spans, and the article's speakers (which note, sentence by
/// sentence, the names mentioned so far). One object that the steps share by reference: they
/// are made for every quote, and copying the language data and the speakers into each of them
/// cost more than the steps' own work.
final class SpeakerContext: Sendable {
  let data: LanguageData
  let speakers: Speakers
  let sentences: [SentenceWords]
  let pairs: [QuotationMarks.Pair]
  /// The spans of top-level quotes, marks included, in text order.
  let quoted: [Span]

  init(data: LanguageData, speakers: Speakers, sentences: [SentenceWords], pairs: [QuotationMarks.Pair], quoted: [Span]) {
    self.data = data
    self.speakers = speakers
    self.sentences = sentences
    self.pairs = pairs
    self.quoted = quoted
  }
}

/// A step that reads a `SpeakerContext`: its parts as the step's own.
protocol SpeakerStep {
  var context: SpeakerContext { get }
}

extension SpeakerStep {
  var data: LanguageData { context.data }
  var speakers: Speakers { context.speakers }
  var sentences: [SentenceWords] { context.sentences }
  var pairs: [QuotationMarks.Pair] { context.pairs }
  var quoted: [Span] { context.quoted }
}
