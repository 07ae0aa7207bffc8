import Foundation

/// The scores of `../shared/eval/score_quotes.py`, computed in the process: detection of direct
/// and partial quotes (DP) and of indirect ones (IND), speaker accuracy on the matched ones, and
/// end to end (matched and the speaker right). A prediction matches an annotated quote of its
/// group when their overlap covers at least half of the annotated one (one to one, greedy).
public struct QuoteScores {
  public struct Counts: Sendable {
    public var gold = 0
    public var predicted = 0
    public var matched = 0
    public var speakers = 0

    public static func + (first: Counts, second: Counts) -> Counts {
      Counts(
        gold: first.gold + second.gold, predicted: first.predicted + second.predicted, matched: first.matched + second.matched,
        speakers: first.speakers + second.speakers)
    }

    public var f1: Double { f1(matched) }
    public var precision: Double { predicted == 0 ? 0 : Double(matched) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var speakerAccuracy: Double { matched == 0 ? 0 : Double(speakers) / Double(matched) }
    public var endToEndF1: Double { f1(speakers) }

    private func f1(_ right: Int) -> Double {
      let precision = predicted == 0 ? 0 : Double(right) / Double(predicted)
      let recall = gold == 0 ? 0 : Double(right) / Double(gold)
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// Direct and partial quotes, and indirect ones.
  public private(set) var direct = Counts()
  public private(set) var indirect = Counts()

  public init() {}

  /// Adds an article's predictions.
  public mutating func add(_ predicted: [Quote], for article: AnnotatedArticle) {
    let found = predicted.filter { $0.kind != .scare }
    for indirectGroup in [false, true] {
      let gold = article.quotes.filter { $0.isIndirect == indirectGroup }
      let guesses = found.filter { ($0.kind == .indirect) == indirectGroup }
      var counts = Counts(gold: gold.count, predicted: guesses.count)
      var pairs: [(share: Double, distance: Int, gold: Int, guess: Int)] = []
      for (goldIndex, quote) in gold.enumerated() {
        for (guessIndex, guess) in guesses.enumerated() {
          let overlap = quote.span.overlap(with: guess.span)
          let share = Double(overlap) / Double(max(1, quote.span.length))
          if overlap > 0, share >= 0.5 { pairs.append((share, -abs(guess.span.start - quote.span.start), goldIndex, guessIndex)) }
        }
      }
      pairs.sort { ($0.share, $0.distance, $0.gold, $0.guess) > ($1.share, $1.distance, $1.gold, $1.guess) }
      var usedGold: Set<Int> = []
      var usedGuess: Set<Int> = []
      for pair in pairs where !usedGold.contains(pair.gold) && !usedGuess.contains(pair.guess) {
        usedGold.insert(pair.gold)
        usedGuess.insert(pair.guess)
        counts.matched += 1
        if SpeakerMatch.matches(gold: gold[pair.gold].speaker, predicted: guesses[pair.guess].speaker) { counts.speakers += 1 }
      }
      if indirectGroup { indirect = indirect + counts } else { direct = direct + counts }
    }
  }

  /// One line of figures, as the tables report them.
  public var summary: String {
    let all = direct + indirect
    return String(
      format: "DP F1 %.3f spk %.3f e2e %.3f | IND P %.3f R %.3f F1 %.3f spk %.3f e2e %.3f | ALL F1 %.3f spk %.3f e2e %.3f",
      direct.f1, direct.speakerAccuracy, direct.endToEndF1, indirect.precision, indirect.recall, indirect.f1, indirect.speakerAccuracy,
      indirect.endToEndF1,
      all.f1, all.speakerAccuracy, all.endToEndF1)
  }
}
