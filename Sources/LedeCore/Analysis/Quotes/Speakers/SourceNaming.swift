/// Gives the words a construction proposes the name of a speaker: a pronoun (resolved later,
/// by the speaker model, among the people before it), an entity `who` found, or an unnamed
/// source by its own words (`Sprecher`, `officials`, `Polizeiangaben`), whose role may name an
/// entity of the article too (`der venezolanische Präsident` → the person with that role).
struct SourceNaming: SpeakerStep {
  /// What proposed words name.
  enum Identity: Equatable {
    case pronoun(String)
    case entity(Int)
    case phrase(String)
  }

  /// Proposed words, named.
  struct Named {
    var identity: Identity
    /// `name`, `description` (a role or organisation noun, a common noun) or `pronoun`.
    var kind: String
    /// Entities the description may stand for (people with that role, the organisation it heads).
    var holders: [Int] = []
    /// The person named beside the words, set off by a comma at most (`der Sprecher, Peter
    /// Hahn`; `Rob Mueller, Sekretär des Klubs`), when the words name someone else.
    var appositive: Int?
  }

  /// The names given so far in one sentence: a sentence with several quotes, or a cue's
  /// subject that is a source noun near the quote too, asks for the same words again.
  struct Memo {
    private struct Words: Hashable {
      var sentence: Int
      var range: Range<Int>
    }

    private var named: [Words: Named] = [:]

    /// The name `naming` gives tokens `range` of sentence `number`, given once per sentence.
    mutating func name(_ range: Range<Int>, inSentence number: Int, by naming: SourceNaming) -> Named {
      let words = Words(sentence: number, range: range)
      if let known = named[words] { return known }
      let found = naming.name(range, inSentence: number)
      named[words] = found
      return found
    }

    /// Forgets every name: the names mentioned so far, on which a description's holders
    /// depend, have changed.
    mutating func forget() {
      named.removeAll(keepingCapacity: true)
    }
  }

  let context: SpeakerContext
  let cueSources: CueSources

  /// The name of tokens `range` of sentence `number`, with the person named beside them.
  func name(_ range: Range<Int>, inSentence number: Int) -> Named {
    var named = identify(range, inSentence: number)
    let person = appositive(of: range, in: sentences[number])
    if let person, named.identity != .entity(person) { named.appositive = person }
    return named
  }

  /// What tokens `range` of sentence `number` name.
  private func identify(_ range: Range<Int>, inSentence number: Int) -> Named {
    let sentence = sentences[number]
    let first = sentence.lowered[range.lowerBound]
    if range.count == 1, data.speakerPronouns.contains(first) { return Named(identity: .pronoun(first), kind: "pronoun") }
    if range.count == 1, data.word(first, isA: .pronominalAdverb) {
      let document = documentBefore(number) ?? sentence.texts[range.lowerBound]
      return Named(identity: .phrase(document), kind: "description")
    }
    if let name = cueSources.quotedName(after: range, in: sentence), speakers.entityIndex(in: range, of: sentence) == nil {
      return Named(identity: .phrase(sentence.texts[name].joined(separator: " ")), kind: "name")
    }
    if let entity = speakers.entityIndex(in: range, of: sentence) { return Named(identity: .entity(entity), kind: "name") }
    let capitalized = range.filter { sentence.isCapitalized($0) }
    let indefinite = range.lowerBound > 0 && sentence.word(range.lowerBound - 1, isA: .indefinite)
    let describes = !capitalized.isEmpty && capitalized.allSatisfy { sentence.roleLemma($0) != nil }
      && !capitalized.dropLast().contains { data.courtesyTitles.contains(sentence.lowered[$0]) }
    if describes, let complement = cueSources.genitiveComplement(after: range, in: sentence) {
      let name = sentence.texts[range.lowerBound..<complement.upperBound].joined(separator: " ")
      return Named(identity: .phrase(name), kind: "description", holders: indefinite ? [] : holders(of: range, in: sentence))
    }
    let resolvedName = speakers.resolve(range, in: sentence)
    // `der nordkoreanische Staatschef` where `who` gives Kim Jong Un that role: the description
    // and the person both, for the speaker model to choose between (the corpora name the
    // speaker of `der Bundestrainer sagte` by the description when its name is not there).
    if describes, !indefinite, let person = personWithRole(range, in: sentence) {
      return Named(identity: .phrase(resolvedName), kind: "description", holders: [person])
    }
    if let entity = speakers.entityIndex(named: resolvedName) { return Named(identity: .entity(entity), kind: "name") }
    let named = range.contains { sentence.isCapitalized($0) && sentence.roleLemma($0) == nil && $0 != sentence.firstWordIndex }
    return Named(
      identity: .phrase(resolvedName), kind: named && !describes ? "name" : "description",
      holders: describes && !indefinite ? holders(of: range, in: sentence) : [])
  }

  /// The person whose name ends right before `range` or starts right after it (or after its
  /// genitive complement), set off by a comma at most.
  private func appositive(of range: Range<Int>, in sentence: SentenceWords) -> Int? {
    let end = cueSources.genitiveComplement(after: range, in: sentence)?.upperBound ?? range.upperBound
    let after = end < sentence.count && sentence.texts[end] == "," ? end + 1 : end
    let before = range.lowerBound > 0 && sentence.texts[range.lowerBound - 1] == "," ? range.lowerBound - 1 : range.lowerBound
    let start = after < sentence.count ? sentence.tokens[after].span.start : nil
    let stop = before > 0 ? sentence.tokens[before - 1].span.end : nil
    return speakers.mentions(in: sentence).first { mention in
      speakers.entities[mention.entity].type == .person && (mention.span.start == start || mention.span.end == stop)
    }?.entity
  }

  /// The entities a role description may stand for: the person `who` gives that role, the
  /// people named after that role noun, the organisation of that kind named last.
  private func holders(of range: Range<Int>, in sentence: SentenceWords) -> [Int] {
    let kept = range.filter { !sentence.word($0, isA: .article) }
    guard let last = kept.last, let role = sentence.roleLemma(last) else { return [] }
    let words = kept.map { sentence.lowered[$0] }
    var names: [String] = []
    if data.endsInOrganizationWord(role) {
      if let organization = speakers.organization(headedBy: role) { names.append(organization) }
    } else {
      if let person = speakers.person(withRole: words) { names.append(person) }
      if let holder = speakers.holder(ofRole: role) { names.append(holder) }
    }
    var seen: Set<Int> = []
    return names.compactMap(speakers.entityIndex(named:)).filter { seen.insert($0).inserted }
  }

  /// The person `who` gives the role the description `range` names (its role noun and attributes).
  private func personWithRole(_ range: Range<Int>, in sentence: SentenceWords) -> Int? {
    let words = range.filter { !sentence.word($0, isA: .article) }.map { sentence.lowered[$0] }
    return speakers.person(withRole: words).flatMap(speakers.entityIndex(named:))
  }

  /// The last noun with an article in the sentence before `number` that names no entity (`eine
  /// Stellungnahme`): what a pronominal adverb (`darin`) refers to.
  private func documentBefore(_ number: Int) -> String? {
    guard number > 0 else { return nil }
    let before = sentences[number - 1]
    let noun = (1..<max(1, before.count)).last {
      before.isCapitalized($0) && before.word($0 - 1, isA: .article) && !speakers.namesEntity($0..<($0 + 1), in: before)
    }
    return noun.map { before.texts[$0] }
  }
}
