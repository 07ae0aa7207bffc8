/// Who a pronoun that names a speaker (`er sagte`, `she said`) may stand for: the speakers of
/// the quotes just before it and the people and organisations named in the sentences before it,
/// each once, with what the antecedent model weighs to choose among them — how recently it spoke
/// or was named, its rank among those that agree with the pronoun in gender, whether it opened
/// its sentence, the words beside its name (where the grammar asks for them), how often the
/// article named it, its type.
struct Antecedents: SpeakerStep {
  /// One entity or unnamed source the pronoun may stand for, with its features.
  struct Candidate {
    var key: String
    var name: String
    var type: String
    var features: [FeatureName]
    /// Why it may be meant, in words: it spoke just before, or was named before.
    var reason: String
  }

  /// What is known of one candidate before its features are written.
  private struct Facts {
    var key: String
    var name: String
    var type: String
    var agreement: String
    var spoke: (rank: Int, agreeing: Int?, distance: Int, sameParagraph: Bool)?
    var named: (rank: Int, agreeing: Int?, back: Int, opens: Bool, before: String, after: String)?
    var mentions = 0
  }

  /// How far back speakers and names are looked for, in sentences.
  static let spokeWithin = 4
  static let namedWithin = 3
  /// How many named people and organisations are candidates at most.
  static let namedLimit = 6

  /// What it reads; a name inside a quote in marks (`context.quoted`) is talked about, not speaking.
  let context: SpeakerContext

  /// The candidates for `pronoun` at token `index` of sentence `number`.
  func candidates(of pronoun: String, at index: Int, inSentence number: Int, after discourse: Discourse) -> [Candidate] {
    let gender = data.genders[pronoun]
    func agreement(_ name: String) -> String {
      guard let gender else { return "open" }
      guard let known = speakers.gender(of: name) else { return "unknown" }
      return known == gender ? "yes" : "no"
    }
    // A handful of candidates: one is found by comparing keys, not through a dictionary.
    var facts: [Facts] = []
    let paragraph = sentences[number].segment.paragraph
    var agreeing = 0
    for (rank, spoken) in discourse.recentSpeakers(upTo: number, within: Self.spokeWithin).enumerated() {
      let agrees = agreement(spoken.name)
      let agreeingRank = agrees == "no" ? nil : agreeing
      if agrees != "no" { agreeing += 1 }
      facts.append(
        Facts(
          key: spoken.key, name: spoken.name, type: spoken.type, agreement: agrees,
          spoke: (rank, agreeingRank, number - spoken.sentence, spoken.paragraph == paragraph)))
    }
    let limit = sentences[number].tokens[index].span.start
    var rank = 0
    agreeing = 0
    for back in 0...Self.namedWithin where number - back >= 0 && rank < Self.namedLimit {
      let sentence = sentences[number - back]
      let mentions = speakers.mentions(in: sentence).filter { (back > 0 || $0.span.end <= limit) && !isQuoted($0.span.start) }
      for mention in mentions.sorted(by: { $0.span.start > $1.span.start }) where rank < Self.namedLimit {
        let entity = speakers.entities[mention.entity]
        let key = speakers.entityKeys[mention.entity]
        guard entity.type == .person || entity.type == .organization, facts.firstIndex(where: { $0.key == key && $0.named != nil }) == nil
        else { continue }
        let agrees = agreement(entity.name)
        let agreeingRank = agrees == "no" ? nil : agreeing
        if agrees != "no" { agreeing += 1 }
        let opens = sentence.index(atOrAfter: mention.span.start) <= sentence.firstWordIndex
        let (before, after) = sentence.words(beside: mention.span)
        let at = facts.firstIndex { $0.key == key } ?? facts.count
        if at == facts.count { facts.append(Facts(key: key, name: entity.name, type: entity.type.rawValue, agreement: agrees)) }
        facts[at].named = (rank, agreeingRank, back, opens, before, after)
        // An entity's mentions are in text order: the count before the pronoun by halving.
        facts[at].mentions = entity.mentions.partitioningIndex { $0.span.start >= limit }
        rank += 1
      }
    }
    return facts.map { facts in
      Candidate(
        key: facts.key, name: facts.name, type: facts.type, features: features(of: facts, pronoun: pronoun),
        reason: facts.spoke != nil ? "spoke just before" : "named just before")
    }
  }

  private func features(of facts: Facts, pronoun: String) -> [FeatureName] {
    var features: [FeatureName] = ["t=\(facts.type)", "p=\(pronoun)|t=\(facts.type)", "agree=\(facts.agreement)", "agree=\(facts.agreement)|t=\(facts.type)"]
    if let spoke = facts.spoke {
      features += ["spoke|r\(spoke.rank)", "spoke|d\(spoke.distance)", "spoke|paragraph=\(spoke.sameParagraph)"]
      if let agreeing = spoke.agreeing { features.append("spoke|ar\(min(agreeing, 2))") }
    }
    if let named = facts.named {
      features += ["named|r\(min(named.rank, 4))", "named|d\(named.back)", "named|opens=\(named.opens)"]
      if data.grammar.antecedentContextWords { features += ["named|w-1=\(named.before)", "named|w+1=\(named.after)"] }
      if let agreeing = named.agreeing { features += ["named|ar\(min(agreeing, 3))", "named|ar\(min(agreeing, 3))|d\(named.back)"] }
    }
    let spokeRank = facts.spoke?.agreeing.map { "s\(min($0, 2))" } ?? (facts.spoke == nil ? "s-" : "sx")
    let namedRank = facts.named?.agreeing.map { "n\(min($0, 2))" } ?? (facts.named == nil ? "n-" : "nx")
    features += ["\(spokeRank)|\(namedRank)", "\(spokeRank)|\(namedRank)|\(facts.agreement)", "mentions=\(Self.bucket(facts.mentions))"]
    return features
  }

  private static func bucket(_ count: Int) -> String {
    switch count {
    case 0: "0"
    case 1: "1"
    case 2...3: "2-3"
    default: "4+"
    }
  }

  private func isQuoted(_ offset: Int) -> Bool {
    let low = quoted.partitioningIndex { $0.end > offset }
    return low < quoted.count && quoted[low].start <= offset
  }
}
