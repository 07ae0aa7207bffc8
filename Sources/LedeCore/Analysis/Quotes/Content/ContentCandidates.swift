/// The words a cue may report, one candidate per construction that could hold them, for the
/// learned content decision to choose from: the clause after a comma, `dass` or the verb; the
/// clause before `, sagte X`; the one word before a verb in second place (`Dies teilte X mit`);
/// the sentence around an inserted `, so X,` or `laut X` (two parts, the frame left out, each of
/// two words at least; around a reporting verb only where the verb takes the second place); an
/// infinitive complement (`urged Congress to …`); and, with no cue, the whole sentence or what
/// follows its colon.
struct ContentCandidates {
  /// One way of reading the reported words: the construction's name and the token ranges of
  /// the parts (two when a frame stands inside the report).
  struct Candidate {
    var construction: String
    var parts: [Range<Int>]
  }

  let data: LanguageData
  /// At most this many tokens may stand between a verb and the comma or `that` of its clause.
  static let reach = 8

  /// The candidates for the words `cue` reports in `sentence`.
  func candidates(for cue: SpeechCues.Cue, in sentence: SentenceWords, source: Range<Int>?) -> [Candidate] {
    let end = Self.end(of: sentence)
    let start = sentence.firstWordIndex
    let verbSecond = data.grammar.wordOrder == .verbSecond
    var found: [Candidate] = []
    found.reserveCapacity(8)
    func add(_ construction: String, _ parts: [Range<Int>], fewestWords: Int = 2) {
      // A part of a report around a frame has two words at least: one word left beside the
      // frame (`Erst`, `Sie`) is no report of its own.
      let least = parts.count > 1 ? 2 : 1
      let kept = parts.filter { sentence.wordCount($0) >= least }
      guard !kept.isEmpty, kept.reduce(0, { $0 + sentence.wordCount($1) }) >= fewestWords else { return }
      if !found.contains(where: { $0.parts == kept }) { found.append(Candidate(construction: construction, parts: kept)) }
    }
    let frameEnd = max(cue.last + 1, source?.upperBound ?? 0)
    let frameStart = min(cue.first, source?.lowerBound ?? cue.first)
    // After the cue: at its comma, its complementizer, or right after it (and its source).
    let window = (cue.last + 1)..<min(end, cue.last + 1 + Self.reach)
    if let comma = sentence.firstComma(in: window) { add("after-comma", [(comma + 1)..<end]) }
    if let complementizer = window.first(where: { sentence.word($0, isA: .complementizer, .complementizerOutside) }) {
      let opens = sentence.word(complementizer, isA: .complementizerOutside) ? complementizer + 1 : complementizer
      add("after-complementizer", [opens..<end])
    }
    if let marker = window.first(where: { sentence.word($0, isA: .infinitiveMarker) }) {
      add("infinitive", [marker..<end])
    }
    add("after-cue", [frameEnd..<end])
    // Before the cue: the clause up to the comma before it (`…, sagte X.`, `…, so X.`).
    if let comma = sentence.lastComma(in: start..<frameStart), comma > start {
      add("before-comma", [start..<comma])
      // A frame between commas inside the report: `Der Plan, sagte X, sei …`, `A, so X, B`.
      if let close = sentence.firstComma(in: frameEnd..<end) {
        add("around-commas", [start..<comma, (close + 1)..<end])
      }
    }
    // Where the verb takes the second place, the one word before a reporting verb that opens
    // the sentence may be the whole report: a pronoun for what was said before (`Dies teilte
    // das Ministerium mit`); the model tells it from a subject (`Er sagte, …`).
    if verbSecond, cue.isVerb, cue.first == start + 1 {
      add("prefield-word", [start..<cue.first], fewestWords: 1)
    }
    // The sentence around the frame: `Laut X habe …`, `Die Stadt habe laut Polizei …`. Around
    // a reporting verb only where the verb takes the second place: where the subject stands
    // before the verb (`Officials said …`), the words before it are who speaks, not what.
    if !cue.isVerb || verbSecond {
      add("around", [start..<frameStart, frameEnd..<end])
    }
    add("sentence", [start..<end])
    return found
  }

  /// The candidates of a sentence without a cue (free indirect speech in the subjunctive, a
  /// report after a lead-in's colon).
  func candidates(withoutCueIn sentence: SentenceWords) -> [Candidate] {
    let end = Self.end(of: sentence)
    var found = [Candidate(construction: "free-sentence", parts: [sentence.firstWordIndex..<end])]
    if let colon = (sentence.firstWordIndex..<end).first(where: { sentence.isPunctuation($0, ":") }), sentence.wordCount((colon + 1)..<end) >= 2 {
      found.append(Candidate(construction: "free-after-colon", parts: [(colon + 1)..<end]))
    }
    return found.filter { $0.parts.allSatisfy { sentence.wordCount($0) >= 2 } }
  }

  /// The end of a sentence's words (its final punctuation left out).
  static func end(of sentence: SentenceWords) -> Int {
    sentence.lastWordIndex(in: 0..<sentence.count).map { $0 + 1 } ?? sentence.count
  }

  /// The attribution opener (`wie`, `as`) that starts the sentence and the clause `verb` is in,
  /// with no comma before the verb.
  static func attributionOpener(before verb: Int, in sentence: SentenceWords, data: LanguageData) -> Int? {
    let opener = sentence.firstWordIndex
    guard opener < verb, sentence.word(opener, isA: .attributionOpener),
      sentence.firstComma(in: opener..<verb) == nil
    else { return nil }
    return opener
  }
}
