/// Who could have said a quote: every entity or unnamed source a construction proposes for a
/// cue that may attribute it, the entities and the role and organisation nouns named near it,
/// the speakers of the quotes just before, the one a pronoun stands for, and nobody. Each
/// candidate keeps its evidence; `SpeakerFeatures` turns the evidence into what the model weighs.
struct SpeakerCandidates: SpeakerStep {
  /// What the speaker decision is about.
  struct Query {
    var span: Span
    var kind: Quote.Kind
    /// The sentence the quote opens in.
    var sentence: Int
    /// The cues that may attribute the quote, with their sentences.
    var cues: [(cue: SpeechCues.Cue, sentence: Int)]
    /// For a quote in marks: its marks' token indices in `sentence`.
    var marks: (open: Int, close: Int)?
    /// Proposals from other sentences (a transcript label, a lead-in ending in a colon).
    var leadIns: [(proposal: SourceProposal, sentence: Int)] = []
    /// The speaker of the reported speech the quote stands inside, if it does.
    var report: (key: String, name: String, type: String)?
  }

  /// One reason to think a candidate speaks.
  struct Evidence {
    /// The construction (`before-verb`, `passive-agent`), `near` or `previous`.
    var origin: String
    var flags: [String] = []
    var cue: SpeechCues.Cue?
    var cueSentence = 0
    /// The words that name the candidate here, and their kind (`name`, `description`, `pronoun`).
    var mention: Span?
    var kind: String
    /// Sentences between the quote and the mention (positive: the mention comes before).
    var distance = 0
    /// For a pronoun, why it stands for this candidate (`spoke just before`).
    var antecedent: [String] = []
  }

  struct Candidate {
    var key: String
    var name: String?
    /// `person`, `organization`, `place`, `other` (from `who`), `phrase` or `none`.
    var type: String
    var evidence: [Evidence] = []
  }

  let context: SpeakerContext
  let naming: SourceNaming
  let cueSources: CueSources
  let markSources: MarkSources
  let antecedents: Antecedents

  /// The steps of finding candidates, all reading `context`.
  init(context: SpeakerContext) {
    self.context = context
    cueSources = CueSources(context: context)
    naming = SourceNaming(context: context, cueSources: cueSources)
    markSources = MarkSources(context: context, cueSources: cueSources)
    antecedents = Antecedents(context: context)
  }

  /// Scores whom a pronoun (its words) stands for among `candidates` (the learned antecedent
  /// decision: the best is chosen).
  typealias Resolver = (_ pronoun: Span, _ candidates: [Antecedents.Candidate]) -> [Float]

  /// The candidates for `query`, nobody last; a pronoun that names a source stands for the
  /// antecedent `resolve` chooses. Words are named once per sentence (`names`).
  func candidates(for query: Query, after discourse: Discourse, names: inout SourceNaming.Memo, resolve: Resolver) -> [Candidate] {
    // The memo is moved into the pool and back, never copied (a copy would be copied again
    // on its first new name).
    var pool = Pool()
    swap(&pool.names, &names)
    defer { swap(&pool.names, &names) }
    for (cue, number) in query.cues {
      for proposal in cueSources.proposals(for: cue, in: sentences[number]) {
        add(proposal, cue: cue, sentence: number, query: query, discourse: discourse, to: &pool, resolve: resolve)
      }
    }
    if let marks = query.marks {
      for proposal in markSources.proposals(open: marks.open, close: marks.close, in: sentences[query.sentence]) {
        add(proposal, cue: nil, sentence: query.sentence, query: query, discourse: discourse, to: &pool, resolve: resolve)
      }
    }
    for (proposal, number) in query.leadIns {
      add(proposal, cue: nil, sentence: number, query: query, discourse: discourse, to: &pool, resolve: resolve)
    }
    if let subject = speakers.phrase(after: 0, in: sentences[query.sentence]), subject.lowerBound <= 1 {
      add(SourceProposal(construction: "sentence-subject", source: .words(subject)), cue: nil, sentence: query.sentence, query: query, discourse: discourse, to: &pool, resolve: resolve)
    }
    if let report = query.report {
      pool.add(key: report.key, name: report.name, type: report.type, Evidence(origin: "inside-report", kind: "previous"))
    }
    addNearMentions(of: query, to: &pool)
    addNearSourceNouns(of: query, after: discourse, to: &pool, resolve: resolve)
    let paragraph = sentences[query.sentence].segment.paragraph
    for (rank, spoken) in discourse.recentSpeakers(upTo: query.sentence, within: 6).enumerated() {
      let place = spoken.paragraph == paragraph ? "same-paragraph" : "paragraph-before"
      let flags = ["r\(rank)", spoken.kind.rawValue, "\(spoken.kind.rawValue)|\(place)|\(query.kind.rawValue)", "r\(rank)|\(place)"]
      pool.add(
        key: spoken.key, name: spoken.name, type: spoken.type,
        Evidence(origin: "previous", flags: flags, kind: "previous", distance: query.sentence - spoken.sentence))
    }
    return pool.candidates + [Candidate(key: "none", name: nil, type: "none")]
  }

  /// Candidates by key, in the order first seen, and the names of words given so far.
  private struct Pool {
    var candidates: [Candidate] = []
    var names = SourceNaming.Memo()

    /// A quote has a handful of candidates: a key is found by comparing it with each, which
    /// costs less than hashing it.
    mutating func add(key: String, name: String, type: String, _ evidence: Evidence) {
      if let at = candidates.firstIndex(where: { $0.key == key }) {
        candidates[at].evidence.append(evidence)
      } else {
        candidates.append(Candidate(key: key, name: name, type: type, evidence: [evidence]))
      }
    }
  }

  private func add(
    _ proposal: SourceProposal, cue: SpeechCues.Cue?, sentence number: Int, query: Query, discourse: Discourse, to pool: inout Pool,
    resolve: Resolver
  ) {
    let sentence = sentences[number]
    var evidence = Evidence(origin: proposal.construction, flags: proposal.flags, cue: cue, cueSentence: number, kind: "name")
    evidence.distance = query.sentence - number
    switch proposal.source {
    case .previousSpeaker:
      guard let spoken = discourse.recentSpeakers(upTo: query.sentence, within: 3, limit: 1).first else { return }
      evidence.kind = "previous"
      pool.add(key: spoken.key, name: spoken.name, type: spoken.type, evidence)
    case .lastThing:
      guard let thing = discourse.lastThing, query.sentence - thing.sentence <= 2 else { return }
      evidence.kind = "description"
      add(name: thing.name, evidence, to: &pool)
    case .named(let name, let range):
      evidence.mention = sentence.span(range.lowerBound, range.upperBound - 1)
      add(name: name, evidence, to: &pool)
    case .words(let range):
      guard !isQuoted(sentence.tokens[range.lowerBound].span.start) else { return }
      evidence.mention = sentence.span(range.lowerBound, range.upperBound - 1)
      let named = pool.names.name(range, inSentence: number, by: naming)
      evidence.kind = named.kind
      if let person = named.appositive {
        var beside = evidence
        beside.origin += ">apposition"
        addEntity(person, beside, to: &pool)
      }
      switch named.identity {
      case .pronoun(let pronoun):
        let options = antecedents.candidates(of: pronoun, at: range.lowerBound, inSentence: number, after: discourse)
        guard let mention = evidence.mention else { return }
        guard let chosen = Ranking.best(resolve(mention, options)).map({ options[$0] }) else { return }
        var held = evidence
        held.origin += ">pronoun"
        held.antecedent = [chosen.reason]
        pool.add(key: chosen.key, name: chosen.name, type: chosen.type, held)
      case .entity(let entity):
        addEntity(entity, evidence, to: &pool)
      case .phrase(let name):
        add(name: name, evidence, to: &pool)
        for holder in named.holders {
          var held = evidence
          held.origin += ">holder"
          addEntity(holder, held, to: &pool)
        }
      }
    }
  }

  private func addEntity(_ index: Int, _ evidence: Evidence, to pool: inout Pool) {
    let entity = speakers.entities[index]
    pool.add(key: speakers.entityKeys[index], name: entity.name, type: entity.type.rawValue, evidence)
  }

  /// A source by name: the entity of that name or alias, else an unnamed source.
  private func add(name: String, _ evidence: Evidence, to pool: inout Pool) {
    if let entity = speakers.entityIndex(named: name) { return addEntity(entity, evidence, to: &pool) }
    pool.add(key: Self.key(ofPhrase: name), name: name, type: "phrase", evidence)
  }

  /// The key of an unnamed source: its words in lower case.
  static func key(ofPhrase name: String) -> String { "p:" + name.lowercased() }

  /// Entities named outside quotes in the two sentences before the quote, its own and the next.
  /// The mentions of one entity in one sentence on one side of the quote give the same
  /// features; of each such run only the first and the last count (the nearest to the quote is
  /// one of them), so that a sentence naming someone a hundred times costs what two do.
  private func addNearMentions(of query: Query, to pool: inout Pool) {
    for number in max(0, query.sentence - 2)...min(sentences.count - 1, query.sentence + 1) {
      let mentions = speakers.mentions(in: sentences[number]).filter {
        !isQuoted($0.span.start) && !query.span.contains($0.span.start)
      }
      let isBefore = { (span: Span) in number == query.sentence && span.start < query.span.start }
      // The first and last mention of each entity on each side of the quote: one entry per
      // entity and side (an entity's number twice, plus one after the quote), found by
      // comparing with the few entries so far.
      var ends: [(run: Int, first: Int, last: Int)] = []
      for (index, mention) in mentions.enumerated() {
        let run = mention.entity * 2 + (isBefore(mention.span) ? 1 : 0)
        if let known = ends.firstIndex(where: { $0.run == run }) { ends[known].last = index } else { ends.append((run, index, index)) }
      }
      // Each mention is in one run, so only a run of one mention gives an index twice.
      var kept: [Int] = []
      kept.reserveCapacity(ends.count * 2)
      for end in ends {
        kept.append(end.first)
        if end.last != end.first { kept.append(end.last) }
      }
      for index in kept.sorted() {
        let mention = mentions[index]
        var evidence = Evidence(origin: "near", kind: "name")
        evidence.mention = mention.span
        evidence.distance = query.sentence - number
        if number == query.sentence { evidence.flags = [isBefore(mention.span) ? "before" : "after"] }
        addEntity(mention.entity, evidence, to: &pool)
      }
    }
  }

  /// The role and organisation nouns outside quotes that name no entity (`die Staatsanwaltschaft`,
  /// `Experten`, `the spokesman`) in the quote's sentence and the one before: unnamed sources, and
  /// through their role the entities that hold it. (Nouns of the sentence after the quote and
  /// of the second before, as candidates too, lowered German dev speaker accuracy.)
  private func addNearSourceNouns(of query: Query, after discourse: Discourse, to pool: inout Pool, resolve: Resolver) {
    for number in max(0, query.sentence - 1)...query.sentence {
      let sentence = sentences[number]
      for index in sentence.sourceNouns {
        let start = sentence.tokens[index].span.start
        guard !query.span.contains(start), !speakers.namesEntity(index..<(index + 1), in: sentence) else { continue }
        let side = number == query.sentence ? [start < query.span.start ? "before" : "after"] : []
        let proposal = SourceProposal(construction: "near-noun", source: .words(index..<(index + 1)), flags: side)
        add(proposal, cue: nil, sentence: number, query: query, discourse: discourse, to: &pool, resolve: resolve)
      }
    }
  }

  private func isQuoted(_ offset: Int) -> Bool {
    let low = quoted.partitioningIndex { $0.end > offset }
    return low < quoted.count && quoted[low].start <= offset
  }
}
