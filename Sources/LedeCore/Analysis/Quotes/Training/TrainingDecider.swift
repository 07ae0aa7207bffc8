/// Takes the extractor's decisions while training: the steps being trained are ranked by their
/// learners, which learn, where the annotation tells, from the candidates it calls right; the
/// other steps are taken by fixed models.
public struct TrainingDecider: QuoteDecider {
  public var learners: [QuoteChoice.Step: RankingLearner]
  let fixed: QuoteModels
  /// The annotated quotes of the article being read, and which of them a decision has used.
  var gold: [AnnotatedArticle.Quote] = []
  private var used: Set<Int> = []
  /// Speaker decisions whose annotated speaker no candidate names.
  public private(set) var unreachable = 0
  public private(set) var speakerDecisions = 0
  private var speakerGold: Int?
  /// What the decisions got right and wrong, for studying errors.
  public var study = DecisionStudy()

  /// Trains the learners of `steps`, each moving its weights as `updates` says (the perceptron
  /// where it says nothing); the other steps are taken by `fixed`.
  public init(training steps: Set<QuoteChoice.Step>, fixed: QuoteModels, updates: [QuoteChoice.Step: WeightUpdate] = [:]) {
    learners = Dictionary(uniqueKeysWithValues: steps.map { ($0, RankingLearner(update: updates[$0] ?? .perceptron)) })
    self.fixed = fixed
  }

  /// Annotated reports some content candidate matched, in the article being read.
  private var offered: Set<Int> = []

  /// Starts on a new article, whose language's pronouns are `pronouns`.
  public mutating func begin(_ article: AnnotatedArticle, pronouns: Set<String>) {
    offered = []
    gold = article.quotes
    used = []
    study.begin(article, pronouns: pronouns)
  }

  /// Notes the annotated reports of the article just read that no content choice found.
  public mutating func finish() {
    for (index, quote) in gold.enumerated() where quote.isIndirect && !used.contains(index) {
      study.missed(quote, offered: offered.contains(index))
    }
  }

  public mutating func choose(_ choice: QuoteChoice) -> QuoteDecision {
    // The annotated reports a content choice may claim, found once: the right candidates and
    // those offered are among them, and so are the reports the chosen parts take.
    let eligible = choice.step == .content ? eligible(for: choice) : []
    let right = rightCandidates(of: choice, eligible: eligible)
    if choice.step == .content {
      for candidate in choice.candidates {
        if case .content(let parts) = candidate.proposal {
          for part in parts { if let match = bestGold(for: part, indirect: true, eligible: eligible) { offered.insert(match) } }
        }
      }
    }
    let index: Int
    let scores: [Float]
    let hashes = choice.candidates.map(\.hashes)
    if learners[choice.step] != nil {
      scores = learners[choice.step]!.scores(of: hashes)
      index = learners[choice.step]!.learn(hashes: hashes, right: right, weight: weight(of: choice, right: right))
    } else {
      scores = hashes.map { fixed[choice.step].score(hashes: $0) }
      index = Ranking.best(scores) ?? 0
    }
    if choice.step == .antecedent, !right.isEmpty { study.count("antecedent \(right.contains(index) ? "right" : "wrong")") }
    if choice.step == .speaker {
      study.speaker(choice, chosen: index, right: right, annotated: speakerGold.map { gold[$0] }, model: fixed[.speaker])
    }
    if choice.step == .content, case .content(let parts) = choice.candidates[index].proposal {
      // Each part takes a report of its own: one the part before it took is no longer open.
      for part in parts {
        guard let match = bestGold(for: part, indirect: true, eligible: eligible.subtracting(used)) else {
          study.spurious(part, cue: choice.cue)
          continue
        }
        used.insert(match)
      }
    }
    return QuoteDecision(index: index, scores: scores)
  }

  /// How much a mistake counts: missing a report costs more than reporting nothing, so that the
  /// content model does not learn to prefer "nothing" (most cues report nothing new).
  private func weight(of choice: QuoteChoice, right: Set<Int>) -> Float {
    guard choice.step == .content, right.contains(where: { choice.candidates[$0].proposal != .content([]) }) else { return 1 }
    return Self.missedReportCost
  }

  /// Chosen by dev score in both languages (1, 1.5, 2, 3 tried: 2 gave the best indirect F1).
  static let missedReportCost: Float = 2

  // MARK: What the annotation calls right

  /// The candidates of `choice` the annotation calls right; a content choice's among the
  /// annotated reports it may claim, `eligible`.
  private mutating func rightCandidates(of choice: QuoteChoice, eligible: Set<Int>) -> Set<Int> {
    switch choice.step {
    case .mark:
      let kind = bestGold(for: choice.span, indirect: false).map { gold[$0].kind } ?? .scare
      return Set(choice.candidates.indices.filter { choice.candidates[$0].proposal == .kind(kind) })
    case .content:
      return rightContent(of: choice, eligible: eligible)
    case .antecedent:
      // The pronoun is the annotated mention of a quote's speaker: the antecedents of that name.
      guard let quote = gold.first(where: { $0.mention?.overlaps(choice.span) ?? false }), quote.speaker != nil else { return [] }
      let right = matching(quote.speaker, among: choice)
      if right.isEmpty { study.count("antecedent unreachable") }
      return right
    case .speaker:
      speakerGold = bestGold(for: choice.span, indirect: choice.isIndirect)
      guard let match = speakerGold else { return [] }
      speakerDecisions += 1
      // A pronoun names somebody: an annotation that leaves its speaker out (no named source
      // before it) tells nothing about who it is, and teaches nothing.
      if learners[.speaker] != nil, gold[match].speaker == nil, study.mentionKind(gold[match]) == "pronoun" { return [] }
      let right = matching(gold[match].speaker, among: choice)
      if right.isEmpty { unreachable += 1 }
      return right
    }
  }

  /// The candidates whose name is right for the annotated `speaker`.
  private func matching(_ speaker: String?, among choice: QuoteChoice) -> Set<Int> {
    Set(choice.candidates.indices.filter { index in
      guard case .speaker(let name, _) = choice.candidates[index].proposal else { return false }
      return SpeakerMatch.matches(gold: speaker, predicted: name)
    })
  }

  /// The content candidates that match the most annotated reports this cue may have
  /// (`eligible`; their overlap at least half of each report), of those the tightest; "none"
  /// when none matches.
  private func rightContent(of choice: QuoteChoice, eligible: Set<Int>) -> Set<Int> {
    var scored: [(index: Int, matched: Int, fit: Double)] = []
    for (index, candidate) in choice.candidates.enumerated() {
      guard case .content(let parts) = candidate.proposal, !parts.isEmpty else { continue }
      var matched: Set<Int> = []
      var fit = 0.0
      for part in parts {
        guard let match = bestGold(for: part, indirect: true, eligible: eligible), !matched.contains(match) else { continue }
        matched.insert(match)
        fit += Self.intersectionOverUnion(part, gold[match].span)
      }
      if !matched.isEmpty { scored.append((index, matched.count, fit)) }
    }
    guard let most = scored.map(\.matched).max() else {
      return Set(choice.candidates.indices.filter { choice.candidates[$0].proposal == .content([]) })
    }
    let best = scored.filter { $0.matched == most }.map(\.fit).max() ?? 0
    return Set(scored.filter { $0.matched == most && $0.fit >= best - 0.15 }.map(\.index))
  }

  /// The annotated reports a content choice may claim: unused, in its sentence, and cued by its
  /// cue, or by no cue of the sentence lede found.
  private func eligible(for choice: QuoteChoice) -> Set<Int> {
    Set(gold.indices.filter { index in
      let quote = gold[index]
      guard quote.isIndirect, !used.contains(index), quote.span.start < choice.span.end, choice.span.start < quote.span.end else { return false }
      guard let cue = quote.cue, choice.sentenceCues.contains(where: { $0.overlaps(cue) }) else { return true }
      return choice.cue.map { $0.overlaps(cue) } ?? false
    })
  }

  /// The annotated quote of the group that `span` overlaps most, by at least half of its length.
  private func bestGold(for span: Span, indirect: Bool, eligible: Set<Int>? = nil) -> Int? {
    var best: (index: Int, share: Double)?
    for (index, quote) in gold.enumerated() where quote.isIndirect == indirect && (eligible?.contains(index) ?? true) {
      let overlap = span.overlap(with: quote.span)
      let share = Double(overlap) / Double(max(1, quote.span.length))
      if share >= 0.5, share > best?.share ?? 0 { best = (index, share) }
    }
    return best?.index
  }

  static func intersectionOverUnion(_ first: Span, _ second: Span) -> Double {
    let overlap = first.overlap(with: second)
    let union = max(first.end, second.end) - min(first.start, second.start)
    return Double(overlap) / Double(max(1, union))
  }
}
