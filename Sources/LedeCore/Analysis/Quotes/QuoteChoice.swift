/// One decision the quote extractor takes by ranking candidates: what kind a quote in marks is,
/// which words a cue reports (or none), who a pronoun that names a source stands for, and who
/// speaks. Each candidate carries the features a
/// model weighs and what it proposes; training compares the proposals with the annotation.
public struct QuoteChoice: Sendable {
  /// The learned steps, each with a model of its own.
  public enum Step: String, Sendable, CaseIterable {
    case mark, content, speaker, antecedent
  }

  /// What choosing a candidate would mean.
  public enum Proposal: Sendable, Equatable {
    /// A quote in marks of this kind.
    case kind(Quote.Kind)
    /// Reported words in these parts (one, or two around an inserted frame), or nothing (`[]`).
    case content([Span])
    /// A speaker by name (nil: nobody is named), and the words that name it here.
    case speaker(String?, mention: Span?)
  }

  /// The features of a candidate's pieces of evidence (a speaker's constructions and mentions),
  /// one piece after another in one array: a candidate has a dozen pieces, and an array each
  /// would be made and freed for every quote.
  public struct Evidence: Sendable, ExpressibleByArrayLiteral {
    /// Every piece's features, in the order of the pieces.
    public private(set) var features: [FeatureName] = []
    /// Where each piece's features end in `features`.
    private var ends: [Int] = []

    public init() {}

    /// The evidence of `pieces`, each a list of features.
    public init(arrayLiteral pieces: [FeatureName]...) {
      for piece in pieces { append(piece) }
    }

    /// Room for `pieces` pieces of `features` features in all.
    init(pieces: Int, features: Int) {
      self.features.reserveCapacity(features)
      ends.reserveCapacity(pieces)
    }

    /// How many pieces there are.
    public var count: Int { ends.count }

    /// The features of piece `index`.
    public subscript(index: Int) -> ArraySlice<FeatureName> {
      features[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    /// Adds a piece with `features`.
    mutating func append(_ piece: [FeatureName]) {
      features += piece
      endPiece()
    }

    /// Ends the piece whose features were appended last (with `append(feature:)`).
    mutating func endPiece() {
      ends.append(features.count)
    }

    /// Appends a feature to the piece being written.
    mutating func append(feature: FeatureName) {
      features.append(feature)
    }
  }

  public struct Candidate: Sendable {
    /// The candidate's own features.
    public var features: [FeatureName]
    public var proposal: Proposal
    /// The features of each piece of its evidence: the model weighs them with its own, and
    /// they tell which piece weighed most.
    public var evidence = Evidence()
    /// The words that name the candidate near the quote (a speaker's mentions), one per piece of
    /// evidence that has some.
    public var mentions: [Span] = []
    /// What every feature is weighed with as well (`L:dp|after`: how quote and cue lie), if anything.
    public var conjunction: FeatureName?

    /// The distinct hashes of the features, its own and its evidence's, alone and after the
    /// conjunction, as models weigh them.
    public var hashes: [UInt64] {
      FeatureHash.distinct(features + evidence.features, conjoinedWith: conjunction?.state)
    }

    /// The candidate's score under `model`: the weights of `hashes` summed (in `sum`'s memory).
    func score(under model: RankingModel, in sum: inout DistinctSum) -> Float {
      sum.restart()
      let conjunction = self.conjunction?.state
      model.add(features, conjoinedWith: conjunction, to: &sum)
      model.add(evidence.features, conjoinedWith: conjunction, to: &sum)
      return model.score(of: sum)
    }

    /// The score of each piece of evidence alone under `model` (which piece weighed most).
    func evidenceScores(under model: RankingModel, in sum: inout DistinctSum) -> [Float] {
      let conjunction = self.conjunction?.state
      return (0..<evidence.count).map { index in
        sum.restart()
        model.add(evidence[index], conjoinedWith: conjunction, to: &sum)
        return model.score(of: sum)
      }
    }

    /// The features a model weighs, by name and hash: each alone, and with the conjunction
    /// (named `L:dp|after|t=person`); a feature of several pieces of evidence once.
    public var weighed: [(name: String, hash: UInt64)] {
      var seen: Set<UInt64> = []
      let all = (features + evidence.features).filter { seen.insert(FeatureHash.of($0)).inserted }
      let alone = all.map { ($0.description, FeatureHash.of($0)) }
      guard let conjunction else { return alone }
      return alone + all.map { ("\(conjunction)|\($0)", FeatureHash.of($0, conjoinedWith: conjunction.state)) }
    }
  }

  public let step: Step
  public var candidates: [Candidate]
  /// The quote decided on (marks or speaker), the sentence a cue stands in (content), or the
  /// pronoun (antecedent).
  public let span: Span
  /// The cue the content choice is for (nil: a sentence without a cue).
  public let cue: Span?
  /// Every cue of the sentence (content), so that annotated reports go to the right cue; the
  /// cues that may attribute the quote (speaker).
  public let sentenceCues: [Span]
  /// Whether the quote is indirect (speaker): indirect and quotes in marks are scored apart.
  public let isIndirect: Bool

  init(step: Step, candidates: [Candidate], span: Span, cue: Span? = nil, sentenceCues: [Span] = [], isIndirect: Bool = false) {
    self.step = step
    self.candidates = candidates
    self.span = span
    self.cue = cue
    self.sentenceCues = sentenceCues
    self.isIndirect = isIndirect
  }
}

/// A decision taken: the chosen candidate, and, when a model took it, every candidate's score
/// and the features that weighed most for the chosen one (for `--explain`).
public struct QuoteDecision: Sendable {
  public var index: Int
  public var scores: [Float]
  public var reasons: [Explanation.Reason]
  /// The scores of the chosen candidate's pieces of evidence (which counted most).
  public var evidence: [Float]

  public init(index: Int, scores: [Float] = [], reasons: [Explanation.Reason] = [], evidence: [Float] = []) {
    self.index = index
    self.scores = scores
    self.reasons = reasons
    self.evidence = evidence
  }
}

/// Takes the quote extractor's decisions.
public protocol QuoteDecider {
  mutating func choose(_ choice: QuoteChoice) -> QuoteDecision
}

/// The learned models of one language's quote extractor (`{de,en}/quotes-*.model`, written by
/// `Scripts/train-quotes`).
public struct QuoteModels: Sendable {
  public var models: [QuoteChoice.Step: RankingModel]

  public init(_ models: [QuoteChoice.Step: RankingModel]) {
    self.models = models
  }

  /// Models that know nothing (every first candidate wins): for tests of candidates alone.
  public static let untrained = QuoteModels([:])

  public subscript(step: QuoteChoice.Step) -> RankingModel { models[step] ?? .empty }
}

/// Decides with the shipped models: the best-scoring candidate and its piece of evidence that
/// weighs most; with `explains`, every candidate's score and the features that weighed most are
/// kept for `--explain`.
public struct ModelDecider: QuoteDecider {
  public let models: QuoteModels
  public let explains: Bool
  /// Each step's sum of weights, in the order of `QuoteChoice.Step.allCases`: kept from one
  /// decision to the next, so that its memory is laid out once.
  private var sums: [DistinctSum?] = Array(repeating: nil, count: QuoteChoice.Step.allCases.count)

  public init(_ models: QuoteModels, explains: Bool = true) {
    self.models = models
    self.explains = explains
  }

  /// How many of the chosen candidate's features an explanation lists.
  static let reasonCount = 6

  public mutating func choose(_ choice: QuoteChoice) -> QuoteDecision {
    let model = models[choice.step]
    let step = QuoteChoice.Step.allCases.firstIndex(of: choice.step)!
    var sum = sums[step] ?? model.sum()
    sums[step] = nil
    defer { sums[step] = sum }
    // Read in place: a copy of a candidate would retain each of its arrays.
    let (scores, best, evidence) = choice.candidates.withUnsafeBufferPointer { candidates in
      let scores = candidates.indices.map { candidates[$0].score(under: model, in: &sum) }
      let best = Ranking.best(scores)
      return (scores, best, best.map { candidates[$0].evidenceScores(under: model, in: &sum) } ?? [])
    }
    guard let best else { return QuoteDecision(index: 0) }
    guard explains else { return QuoteDecision(index: best, scores: scores, evidence: evidence) }
    let weighed = choice.candidates[best].weighed.map { Explanation.Reason(feature: $0.name, weight: model.weight(ofHash: $0.hash)) }.filter { $0.weight != 0 }
    let reasons = weighed.sorted { abs($0.weight) != abs($1.weight) ? abs($0.weight) > abs($1.weight) : $0.feature < $1.feature }
      .prefix(Self.reasonCount)
    return QuoteDecision(index: best, scores: scores, reasons: Array(reasons), evidence: evidence)
  }
}
