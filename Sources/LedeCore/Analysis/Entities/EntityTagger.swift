/// Labels a sentence's words with the best sequence of BIO labels under a model (Viterbi
/// decoding over label pairs; an `I-` label only continues a name of its own type).
public struct EntityTagger: Sendable {
  public let model: EntityModel
  public let features: EntityFeatures

  /// Words already analysed, with the scores of their own features: within an article most
  /// words come back, so each distinct word is scored once.
  struct WordCache {
    var words: [String: (word: EntityFeatures.Word, scores: [Float])] = [:]
  }

  public init(model: EntityModel, features: EntityFeatures) {
    self.model = model
    self.features = features
  }

  /// The labels of `words`.
  public func labels(of words: [String]) -> [EntityLabel] {
    var cache = WordCache()
    return labels(of: words, cache: &cache)
  }

  /// The labels of `words`, reusing and filling `cache`.
  func labels(of words: [String], cache: inout WordCache) -> [EntityLabel] {
    guard !words.isEmpty else { return [] }
    let labels = EntityModel.labelCount
    var analysed: [EntityFeatures.Word] = []
    var localScores = [Float](repeating: 0, count: words.count * labels)
    analysed.reserveCapacity(words.count)
    for (position, text) in words.enumerated() {
      let entry: (word: EntityFeatures.Word, scores: [Float])
      if let known = cache.words[text] {
        entry = known
      } else {
        let word = features.word(text)
        var scores = [Float](repeating: 0, count: labels)
        model.scores(word.local, into: &scores)
        entry = (word, scores)
        cache.words[text] = entry
      }
      analysed.append(entry.word)
      for label in 0..<labels { localScores[position * labels + label] = entry.scores[label] }
    }
    let phrases = features.gazetteer.phraseCodes(analysed.map(\.lowered), hashes: analysed.map(\.key))
    var buffer: [UInt64] = []
    buffer.reserveCapacity(32)
    let best = Viterbi.decode(count: words.count, transitions: model.transitions) { position, scores in
      features.contextFeatures(of: analysed, phrases: phrases, at: position, into: &buffer)
      model.scores(buffer, into: &scores)
      for label in 0..<labels { scores[label] += localScores[position * labels + label] }
    }
    return best.map { EntityLabel.all[$0] }
  }
}

extension EntityLabel {
  /// `(labelCount + 1) × labelCount` flags: whether label `to` may follow label `from`, where
  /// row `labelCount` is the start of a sentence.
  static let allowedTransitions: [Bool] = {
    let labels = EntityLabel.all
    let starts: [EntityLabel?] = labels + [nil]
    return starts.flatMap { from in labels.map { $0.mayFollow(from) } }
  }()
}
