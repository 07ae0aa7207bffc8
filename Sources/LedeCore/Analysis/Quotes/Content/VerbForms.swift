extension ContentFeatures {
  /// The prefix verb forms are named under: in a sentence with a cue, or in one without.
  enum VerbFormPrefix: Int, CaseIterable {
    case cue, free

    var text: String { self == .cue ? "cue" : "free" }
  }

  /// The verb-form features of each token of a sentence under one prefix, read once for all
  /// the candidates of its slots: lower-case words as themselves (short ones) and by their
  /// endings, so that the model learns which forms report speech (`sei`, `habe`, `hätten`).
  struct VerbForms {
    private var names: [FeatureName] = []
    /// Where each token's features end in `names`.
    private var ends: [Int] = []

    /// The forms of `sentence` under `prefix` for a candidate (every token) and under `none|`
    /// and `prefix` for reading nothing (the first `verbFormReach` tokens), read in one pass:
    /// short words as themselves, longer ones by their last `endingLengths` characters each
    /// (a word at least twice as long as the ending). Names read for decisions only (without
    /// text) come from `known`, which names each distinct word once.
    static func pair(
      of sentence: SentenceWords, prefix: VerbFormPrefix, endingLengths: [Int], names known: inout VerbFormNames
    ) -> (candidate: VerbForms, nothing: VerbForms) {
      var candidate = VerbForms(capacity: sentence.count)
      var nothing = VerbForms(capacity: min(sentence.count, ContentFeatures.verbFormReach))
      let labels = VerbFormLabels(prefix: prefix.text, endingLengths: endingLengths)
      let keepsText = FeatureText.isKept
      for index in 0..<sentence.count {
        let read = index < ContentFeatures.verbFormReach
        if sentence.isWord(index) && !sentence.isCapitalized(index) {
          if keepsText {
            for form in labels.forms(of: index, in: sentence) {
              candidate.names.append(form.candidate)
              if read { nothing.names.append(form.nothing) }
            }
          } else {
            known.forms(of: index, in: sentence, prefix: prefix, labels: labels) { form in
              candidate.names.append(FeatureName(state: form.candidate))
              if read { nothing.names.append(FeatureName(state: form.nothing)) }
            }
          }
        }
        candidate.ends.append(candidate.names.count)
        if read { nothing.ends.append(nothing.names.count) }
      }
      return (candidate, nothing)
    }

    /// Room for `tokens` tokens' features (a word and an ending each at most).
    private init(capacity tokens: Int) {
      names.reserveCapacity(2 * tokens)
      ends.reserveCapacity(tokens)
    }

    /// Appends the features of the first `verbFormReach` tokens of `parts`, in their order.
    func appendFeatures(in parts: [Range<Int>], to result: inout [FeatureName]) {
      var reach = ContentFeatures.verbFormReach
      for part in parts {
        let read = part.prefix(max(0, reach))
        reach -= read.count
        guard let first = read.first, let last = read.last else { continue }
        result += names[(first == 0 ? 0 : ends[first - 1])..<ends[last]]
      }
    }
  }

  /// The beginnings of the verb-form names under one prefix, for a candidate and for reading
  /// nothing: `cue|w=`, `none|cue|w=`, and one pair per ending length. Two-character endings
  /// are named `e=`, as the first models had them; others by their length (`e3=`, `e4=`).
  struct VerbFormLabels {
    let word: (candidate: FeatureName, nothing: FeatureName)
    let endings: [(length: Int, candidate: FeatureName, nothing: FeatureName)]

    init(prefix: String, endingLengths: [Int]) {
      word = ("\(prefix)|w=", "none|\(prefix)|w=")
      endings = endingLengths.map { length in
        let label = length == 2 ? "e" : "e\(length)"
        return (length, "\(prefix)|\(label)=", "none|\(prefix)|\(label)=")
      }
    }

    /// The names of the lower-case word at `index`: the word itself when it is short, and
    /// each ending it is long enough for.
    func forms(of index: Int, in sentence: SentenceWords) -> [(candidate: FeatureName, nothing: FeatureName)] {
      var forms: [(candidate: FeatureName, nothing: FeatureName)] = []
      let shape = sentence.shape(index)
      if shape.length <= 7 {
        let lowered = sentence.lowered[index]
        forms.append(("\(word.candidate)\(lowered)", "\(word.nothing)\(lowered)"))
      }
      for ending in endings where shape.length >= 2 * ending.length {
        let last = ending.length == 2 ? shape.ending : sentence.lowered[index].suffix(ending.length)
        forms.append(("\(ending.candidate)\(last)", "\(ending.nothing)\(last)"))
      }
      return forms
    }
  }

  /// The verb-form names of the distinct lower-case words of an article, under each prefix, as
  /// hash states: a word's forms are named the first time it is read, not in every sentence.
  /// (A name is its hash state once nothing will show its text.)
  struct VerbFormNames {
    private var numbers = WordNumbers()
    /// Per prefix: for each word number, where its forms lie in `states` (nil: not named yet).
    private var places = [[Range<Int>?]](repeating: [], count: VerbFormPrefix.allCases.count)
    private var states: [(candidate: UInt64, nothing: UInt64)] = []

    /// Calls `body` with the names of each form of the lower-case word at `index`, in order.
    mutating func forms(
      of index: Int, in sentence: SentenceWords, prefix: VerbFormPrefix, labels: VerbFormLabels,
      _ body: ((candidate: UInt64, nothing: UInt64)) -> Void
    ) {
      let (number, isNew) = numbers.insert(sentence.lowered[index])
      if isNew { for prefix in places.indices { places[prefix].append(nil) } }
      let range: Range<Int>
      if let known = places[prefix.rawValue][number] {
        range = known
      } else {
        let start = states.count
        for form in labels.forms(of: index, in: sentence) { states.append((form.candidate.state, form.nothing.state)) }
        range = start..<states.count
        places[prefix.rawValue][number] = range
      }
      for position in range { body(states[position]) }
    }
  }
}
