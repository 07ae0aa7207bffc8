/// What the decisions on annotated articles got right and wrong, for studying errors: speaker
/// decisions by group, outcome and the kind of the annotated mention, whether the annotated
/// mention and cue were among the candidates', the annotated reports no content choice found,
/// and, when asked for, an entry for each mistake (on held-out training articles, never on dev).
public struct DecisionStudy {
  /// Counts by what happened (`ind wrong`, `dp mention other wrong`, `antecedent right`).
  public private(set) var tally: [String: Int] = [:]
  /// With `recordsErrors`, one entry per mistake.
  public var recordsErrors = false
  public private(set) var errors: [String] = []
  /// The text of the article being read, as scalars, and the language's pronouns.
  private var scalars: [Unicode.Scalar] = []
  private var pronouns: Set<String> = []

  public init() {}

  mutating func begin(_ article: AnnotatedArticle, pronouns: Set<String>) {
    scalars = Array(article.article.text.unicodeScalars)
    self.pronouns = pronouns
  }

  mutating func count(_ what: String) { tally[what, default: 0] += 1 }

  /// Notes an annotated report no content choice found: offered by some candidate or by none.
  mutating func missed(_ quote: AnnotatedArticle.Quote, offered: Bool) {
    count(offered ? "ind missed, offered" : "ind missed, never offered")
    guard recordsErrors else { return }
    errors.append("missed \(offered ? "offered" : "never") cue=[\(words(quote.cue))]: \(words(quote.span).prefix(160))")
  }

  /// Notes a report a content choice found that no annotated report matches, with its cue.
  mutating func spurious(_ part: Span, cue: Span?) {
    count("ind spurious")
    guard recordsErrors else { return }
    errors.append("spurious cue=[\(words(cue))]: \(words(part).prefix(160))")
  }

  /// Notes a speaker decision on a quote that matches the annotated `quote` (nil: none does):
  /// the candidate `chosen` by `model`, the `right` ones.
  mutating func speaker(
    _ choice: QuoteChoice, chosen: Int, right: Set<Int>, annotated quote: AnnotatedArticle.Quote?, model: RankingModel
  ) {
    let group = choice.isIndirect ? "ind" : "dp"
    let outcome = right.isEmpty ? (quote == nil ? "unmatched" : "unreachable") : right.contains(chosen) ? "right" : "wrong"
    count("\(group) \(outcome)")
    guard let quote, outcome != "unmatched" else { return }
    count("by mention: \(mentionKind(quote)) \(outcome)")
    if let mention = quote.mention {
      let named = choice.candidates[chosen].mentions.contains { $0.overlaps(mention) } ? "chosen"
        : choice.candidates.contains { $0.mentions.contains { $0.overlaps(mention) } } ? "other" : "none"
      count("\(group) mention \(named) \(outcome)")
    }
    if let cue = quote.cue {
      let found = choice.sentenceCues.contains { $0.overlaps(cue) } ? "cue found" : choice.sentenceCues.isEmpty ? "no cue found" : "other cue found"
      count("\(group) \(found) \(outcome)")
    }
    if recordsErrors, outcome != "right" { record(choice, chosen: chosen, annotated: quote, outcome: outcome, model: model) }
  }

  /// What the annotated mention of a quote's speaker is: a pronoun, a name, a description, none.
  func mentionKind(_ quote: AnnotatedArticle.Quote) -> String {
    guard let mention = quote.mention, mention.start >= 0, mention.end <= scalars.count else { return "none" }
    let words = self.words(mention).split(separator: " ")
    if words.count == 1, pronouns.contains(words[0].lowercased()) { return "pronoun" }
    let capitalised = words.filter { $0.first?.isUppercase ?? false }.count
    return capitalised >= 2 || words.count == 1 && capitalised == 1 ? "name/noun" : "description"
  }

  private mutating func record(_ choice: QuoteChoice, chosen: Int, annotated quote: AnnotatedArticle.Quote, outcome: String, model: RankingModel) {
    let ranked = choice.candidates.indices.map { ($0, model.score(hashes: choice.candidates[$0].hashes)) }.sorted { $0.1 > $1.1 }
    let names = ranked.prefix(5).map { index, score -> String in
      guard case .speaker(let name, let mention) = choice.candidates[index].proposal else { return "?" }
      return "\(name ?? "–")[\(words(mention))] \(String(format: "%.1f", score))"
    }
    func weighed(_ index: Int) -> String {
      choice.candidates[index].weighed.map { ($0.name, model.weight(ofHash: $0.hash)) }.filter { $0.1 != 0 }.sorted { abs($0.1) > abs($1.1) }
        .prefix(8).map { "\($0.0) \(String(format: "%.1f", $0.1))" }.joined(separator: ", ")
    }
    let right = choice.candidates.indices.first { index in
      guard case .speaker(let name, _) = choice.candidates[index].proposal else { return false }
      return SpeakerMatch.matches(gold: quote.speaker, predicted: name)
    }
    errors.append(
      "\(outcome) \(quote.kind.rawValue) gold=\(quote.speaker ?? "–") mention=[\(words(quote.mention))] mkind=\(mentionKind(quote))\n"
        + "  quote: \(words(quote.span).prefix(100))\n  candidates: \(names.joined(separator: " | "))\n  chosen: \(weighed(chosen))"
        + (right.map { "\n  right: \(weighed($0))" } ?? ""))
  }

  /// The words of `span` in the article being read, on one line.
  private func words(_ span: Span?) -> String {
    guard let span, span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return "-" }
    return String(String.UnicodeScalarView(scalars[span.start..<span.end])).replacingOccurrences(of: "\n", with: " ")
  }
}
