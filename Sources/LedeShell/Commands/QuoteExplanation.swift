import Foundation
import LedeCore

/// How `quotes` shows a quote's explanation: the speaker candidates the model ranked with their
/// scores, the features that weighed most for the winner and for the content or kind.
enum QuoteExplanation {
  /// The best candidates and their scores, `Kim Jong Un 6.2, – 1.0`.
  static func candidates(of quote: Quote) -> String {
    quote.explanation.candidates.map { "\($0.name ?? "–") \(score($0.score))" }.joined(separator: ", ")
  }

  /// Features and weights, `o=after-verb 4.3, cue@after|1 2.1`.
  static func reasons(_ reasons: [Explanation.Reason]) -> String {
    reasons.map { "\($0.feature) \(score($0.weight))" }.joined(separator: ", ")
  }

  /// The words that name the speaker here, as JSON (`text`, `start`, `end`), or null.
  static func mention(of quote: Quote) -> Value {
    guard let text = quote.explanation.speakerMention, let span = quote.explanation.speakerMentionSpan else { return .null }
    return .object([.init("text", .string(text)), .init("start", .int(span.start)), .init("end", .int(span.end))])
  }

  /// The whole explanation as JSON.
  static func json(of quote: Quote) -> Value {
    let explanation = quote.explanation
    func weighed(_ reasons: [Explanation.Reason]) -> Value {
      .array(reasons.map { .object([.init("feature", .string($0.feature)), .init("weight", .double(Double($0.weight)))]) })
    }
    return .object([
      .init("rule", .string(explanation.rule)), .init("content", Value(explanation.content)),
      .init("content_features", weighed(explanation.contentReasons)),
      .init("candidates", .array(explanation.candidates.map {
        .object([.init("speaker", Value($0.name)), .init("score", .double(Double($0.score)))])
      })),
      .init("speaker_features", weighed(explanation.speakerReasons)), .init("resolution", Value(explanation.resolution)),
    ])
  }

  /// One quote as a record: all of it, and with `explained` why.
  static func record(of quote: Quote, number: Int, explained: Bool) -> Record {
    var entries: [Record.Entry] = [
      .init("n", .int(number), visibility: .textOnly), .init("speaker", Value(quote.speaker)), .init("kind", .string(quote.kind.rawValue)),
      .init("cue", Value(quote.cue)), .init("text", .string(quote.text)), .init("start", .int(quote.start), visibility: .jsonOnly),
      .init("end", .int(quote.end), visibility: .jsonOnly), .init("speaker_mention", mention(of: quote), visibility: .jsonOnly),
      .init("mention", Value(quote.explanation.speakerMention), visibility: .textOnly),
      .init("cue_start", Value(quote.explanation.cueSpan?.start), visibility: .jsonOnly),
      .init("cue_end", Value(quote.explanation.cueSpan?.end), visibility: .jsonOnly),
    ]
    guard explained else { return Record(entries) }
    entries += [
      .init("rule", .string(quote.explanation.rule)), .init("resolution", Value(quote.explanation.resolution)),
      .init("candidates", .string(candidates(of: quote)), visibility: .textOnly),
      .init("speaker features", .string(reasons(quote.explanation.speakerReasons)), visibility: .textOnly),
      .init("content features", .string(reasons(quote.explanation.contentReasons)), visibility: .textOnly),
      .init("explanation", json(of: quote), visibility: .jsonOnly),
    ]
    return Record(entries)
  }

  private static func score(_ value: Float) -> String {
    String(format: "%.1f", value)
  }
}
