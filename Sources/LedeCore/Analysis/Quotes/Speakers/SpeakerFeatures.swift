/// Turns a speaker candidate's evidence into the features the speaker model weighs: each
/// construction that proposed it (with the cue's lemma, the kind of words, where the cue stands
/// from the quote and what the construction saw), where it is named near the quote, whether it
/// spoke just before, why a pronoun may stand for it, in how many other sentences a cue has it
/// say something, its type and head word; and, for nobody, what the quote and its cues are like.
struct SpeakerFeatures {
  let data: LanguageData
  let sentences: [SentenceWords]
  /// The sentences in which a cue has each entity (by key) say something, in ascending order
  /// (`CueSources.entitySubjects`): someone an article has speak elsewhere likely speaks a quote
  /// no cue attributes (German speaker accuracy 0.7261 -> 0.7292 on dev, 0.7231 -> 0.7266 on
  /// held-out training articles, over eight training orders; English unchanged).
  let cueSubjects: [String: [Int]]

  /// The features of every candidate for `query`, in their order: the candidate's own, and
  /// those of each piece of its evidence (of which the model counts the best).
  func features(of candidates: [SpeakerCandidates.Candidate], for query: SpeakerCandidates.Query) -> [(features: [FeatureName], evidence: QuoteChoice.Evidence)] {
    let distances = candidates.map { closestMention(of: $0, to: query) }
    let group = query.kind == .indirect ? "ind" : "dp"
    var result: [(features: [FeatureName], evidence: QuoteChoice.Evidence)] = []
    result.reserveCapacity(candidates.count)
    for index in candidates.indices {
      var features = self.features(of: candidates[index], for: query, among: candidates.count)
      let type = candidates[index].type
      // Each piece read in place: a copy would retain each of its strings and arrays.
      let evidence = candidates[index].evidence.withUnsafeBufferPointer { pieces in
        var evidence = QuoteChoice.Evidence(pieces: pieces.count, features: pieces.reduce(0) { $0 + Self.featureCount(of: $1) })
        for piece in pieces.indices { appendFeatures(of: pieces[piece], for: query, type: type, group: group, to: &evidence) }
        return evidence
      }
      if let distance = distances[index] {
        let side = distance.before ? "before" : "after"
        let closer = distances.indices.filter { other in
          other != index && distances[other].map { $0.before == distance.before && $0.tokens < distance.tokens } ?? false
        }.count
        features.append("closest-\(side)=\(min(closer, 3))")
        features.append("closest-\(side)=\(min(closer, 3))|t=\(type)|g=\(group)")
        features.append("mention-\(side)=\(ContentFeatures.bucket(distance.tokens))")
      }
      result.append((features, evidence))
    }
    return result
  }

  /// How the quote and its nearest cue lie, in which language: its group, and where the cue
  /// stands (`L:de|dp|after`). The model weighs every feature of a candidate alone, shared by
  /// the languages whose articles it learns from, and with this layout, one language's own.
  func layout(of query: SpeakerCandidates.Query) -> FeatureName {
    let group = query.kind == .indirect ? "ind" : "dp"
    let language = data.language.code
    guard let (cue, number) = query.cues.first else { return "L:\(language)|\(group)|nocue" }
    // `before|2` is `before`.
    return "L:\(language)|\(group)|\(Self.text(of: cuePlace(cue, sentence: number, for: query), before: "|"))"
  }

  /// The text before the first `separator` (ASCII), found by its bytes; all of it without one.
  private static func text(of text: String, before separator: Unicode.Scalar) -> Substring {
    text.utf8.firstIndex(of: UInt8(separator.value)).map { text[..<$0] } ?? text[...]
  }

  /// The candidate's mention nearest to the quote in the quote's sentence: before it or not,
  /// and the tokens between them.
  private func closestMention(of candidate: SpeakerCandidates.Candidate, to query: SpeakerCandidates.Query) -> (before: Bool, tokens: Int)? {
    let sentence = sentences[query.sentence]
    var best: (before: Bool, tokens: Int)?
    for index in candidate.evidence.indices {
      guard let mention = candidate.evidence[index].mention, sentence.segment.span.contains(mention.start) else { continue }
      let before = mention.end <= query.span.start
      let gap = before
        ? sentence.index(atOrAfter: query.span.start) - sentence.index(atOrAfter: mention.end)
        : sentence.index(atOrAfter: mention.start) - sentence.index(atOrAfter: query.span.end)
      if best.map({ max(0, gap) < $0.tokens }) ?? true { best = (before, max(0, gap)) }
    }
    return best
  }

  /// The features of `candidate` as the speaker of the quote `query` asks about.
  func features(of candidate: SpeakerCandidates.Candidate, for query: SpeakerCandidates.Query, among count: Int) -> [FeatureName] {
    let group = query.kind == .indirect ? "ind" : "dp"
    let hasCue = query.cues.isEmpty ? "nocue" : "cue"
    var features: [FeatureName] = []
    // Room for the features of `features(of:for:)`, with the three of the closest mention.
    features.reserveCapacity(12)
    features.append("t=\(candidate.type)")
    features.append("t=\(candidate.type)|g=\(group)|\(hasCue)")
    if candidate.type == "none" {
      appendFeaturesOfNobody(for: query, group: group, among: count, to: &features)
      return features
    }
    // The distinct constructions (`after-verb>pronoun` is `after-verb`).
    var origins: [Substring] = []
    for index in candidate.evidence.indices {
      let construction = Self.text(of: candidate.evidence[index].origin, before: ">")
      if !origins.contains(construction) { origins.append(construction) }
    }
    features.append("origins=\(min(origins.count, 4))")
    let elsewhere = min(Self.count(of: cueSubjects[candidate.key] ?? [], besides: query.sentence), 3)
    features.append("cued-elsewhere=\(elsewhere)")
    features.append("cued-elsewhere=\(elsewhere)|g=\(group)|\(hasCue)")
    if candidate.type == "phrase", let name = candidate.name {
      let words = name.utf8.split(separator: UInt8(ascii: " "))
      if let head = words.last { features.append("h=\(Substring(head).lowercased())") }
      features.append("phrase-words=\(min(words.count, 5))|\(name.first?.isUppercase ?? false ? "cap" : "low")")
    }
    return features
  }

  /// How many of the ascending sentence `numbers` are not `sentence` (found by halving: an
  /// article may have one source speak in thousands of sentences).
  private static func count(of numbers: [Int], besides sentence: Int) -> Int {
    let at = numbers.partitioningIndex { $0 >= sentence }
    return numbers.count - (at < numbers.count && numbers[at] == sentence ? 1 : 0)
  }

  /// How many features `appendFeatures(of:for:type:group:to:)` writes for `evidence` at most.
  private static func featureCount(of evidence: SpeakerCandidates.Evidence) -> Int {
    15 + evidence.flags.count + 2 * evidence.antecedent.count
  }

  /// Writes the features of one piece of `evidence` as a piece of `features`.
  private func appendFeatures(
    of evidence: SpeakerCandidates.Evidence, for query: SpeakerCandidates.Query, type: String, group: String,
    to features: inout QuoteChoice.Evidence
  ) {
    defer { features.endPiece() }
    let origin: FeatureName = "o=\(evidence.origin)"
    let hasCue = query.cues.isEmpty ? "nocue" : "cue"
    // One by one: an array literal appended would be made and freed for every piece.
    features.append(feature: origin)
    features.append(feature: "\(origin)|k=\(evidence.kind)")
    features.append(feature: "\(origin)|t=\(type)")
    features.append(feature: "\(origin)|g=\(group)")
    features.append(feature: "\(origin)|\(hasCue)|g=\(group)")
    features.append(feature: "\(origin)|k=\(evidence.kind)|\(hasCue)")
    for flag in evidence.flags { features.append(feature: "\(origin)|f=\(flag)") }
    if let cue = evidence.cue {
      features.append(feature: "\(origin)|l=\(lemma(of: cue, in: sentences[evidence.cueSentence]))")
      let place = cuePlace(cue, sentence: evidence.cueSentence, for: query)
      features.append(feature: "\(origin)|cue@\(place)")
      let nearest = query.cues.first.map { $0.cue.first == cue.first && $0.sentence == evidence.cueSentence } ?? false
      features.append(feature: "\(origin)|nearest-cue=\(nearest)")
      features.append(feature: "cue@\(place)|k=\(evidence.kind)")
    }
    if evidence.origin.hasPrefix("near") || evidence.origin == "previous" {
      features.append(feature: "\(origin)|d=\(min(max(evidence.distance, -2), 4))")
      features.append(feature: "\(origin)|d=\(min(max(evidence.distance, -2), 4))|t=\(type)|g=\(group)")
    } else if evidence.distance != 0 {
      features.append(feature: "\(origin)|far")
    }
    if data.grammar.speakerContextWords, let mention = evidence.mention {
      let number = query.sentence - evidence.distance
      let (before, after) = sentences.indices.contains(number) ? sentences[number].words(beside: mention) : ("^", "$")
      features.append(feature: "\(origin)|w-1=\(before)")
      features.append(feature: "w-1=\(before)|k=\(evidence.kind)")
      features.append(feature: "\(origin)|w+1=\(after)")
    }
    for reason in evidence.antecedent {
      features.append(feature: "a=\(reason)")
      features.append(feature: "\(origin)|a=\(reason)")
    }
  }

  /// Where a cue stands from the quote: before or after it, in which sentence, how many tokens away.
  private func cuePlace(_ cue: SpeechCues.Cue, sentence number: Int, for query: SpeakerCandidates.Query) -> String {
    guard number == query.sentence else { return number < query.sentence ? "sentence-before" : "sentence-after" }
    let sentence = sentences[number]
    guard let marks = query.marks else { return "same" }
    if cue.last < marks.open { return "before|\(ContentFeatures.bucket(marks.open - cue.last - 1))" }
    if cue.first > marks.close { return "after|\(ContentFeatures.bucket(cue.first - marks.close - 1))" }
    return sentence.count > 0 ? "inside" : "same"
  }

  private func lemma(of cue: SpeechCues.Cue, in sentence: SentenceWords) -> String {
    switch cue.kind {
    case .verb(let verb): verb.lemma
    case .phrase: cue.text.lowercased()
    case .statement: sentence.lowered[cue.first]
    }
  }

  /// What speaks for nobody saying the quote: its kind, no cue, a passive cue without an agent,
  /// a label before the marks, few other candidates.
  private func appendFeaturesOfNobody(
    for query: SpeakerCandidates.Query, group: String, among count: Int, to features: inout [FeatureName]
  ) {
    features.append("none|g=\(group)")
    features.append("none|k=\(query.kind.rawValue)")
    features.append("none|candidates=\(min(count - 1, 5))")
    guard let (cue, number) = query.cues.first else {
      features.append("none|nocue|g=\(group)")
      return
    }
    let sentence = sentences[number]
    let passive = (max(0, cue.first - 2)..<cue.first).contains { sentence.word($0, isA: .passiveAuxiliary) }
    features.append("none|l=\(lemma(of: cue, in: sentence))|passive=\(passive)")
    features.append("none|passive=\(passive)")
    if let marks = query.marks, marks.open > 0, data.word(sentences[query.sentence].lowered[marks.open - 1], isA: .labelVerb) {
      features.append("none|label")
    }
  }
}
