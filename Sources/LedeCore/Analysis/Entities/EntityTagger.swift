/// Labels a sentence's words with the best sequence of BIO labels under a model (Viterbi
/// decoding over label pairs; an `I-` label only continues a name of its own type).
public struct EntityTagger: Sendable {
  public let model: EntityModel
  public let features: EntityFeatures
  /// The model's label-pair weights as Viterbi decoding reads them, laid out once.
  private let slotWeights: [Float]

  /// Words already analysed, with the scores of the features they give themselves and their
  /// neighbours: within an article most words come back, so each distinct word is scored once.
  struct WordCache {
    /// Each distinct word's number.
    var numbers = WordNumbers()
    var words: [EntityFeatures.Word] = []
    /// `Self.block` scores per word, in the order of `words`.
    var scores: [Float] = []
    /// The scores the start and end of a sentence give their neighbours, laid out like a word's.
    var boundaries: [Float] = []
    /// What the article says about its words, if the model weighs it.
    var document: EntityFeatures.DocumentContext?

    init(document: EntityFeatures.DocumentContext? = nil) {
      self.document = document
    }
  }

  /// The blocks of a cached word's scores: its own features', then those it gives a word it
  /// neighbours in each role, in the order of `EntityFeatures.Neighbour.allCases`.
  private static let roles = EntityFeatures.Neighbour.allCases
  private static let offsets = roles.map(\.offset)
  private static let block = EntityModel.labelCount * (roles.count + 1)

  /// A tagger weighing `features`, which must be of the templates the model was trained with.
  public init(model: EntityModel, features: EntityFeatures) {
    precondition(model.templates == features.templates, "the model was trained with other feature templates")
    self.model = model
    self.features = features
    slotWeights = Viterbi.slotWeights(model.transitions)
  }

  /// The labels of `words`; `document` is what the rest of their article says about them.
  public func labels(of words: [String], document: EntityFeatures.DocumentContext? = nil) -> [EntityLabel] {
    var cache = WordCache(document: document)
    return labels(of: words, cache: &cache)
  }

  /// The labels of `words`, reusing and filling `cache`.
  func labels(of words: [String], cache: inout WordCache) -> [EntityLabel] {
    guard !words.isEmpty else { return [] }
    let labels = EntityModel.labelCount
    let block = Self.block
    if cache.boundaries.isEmpty { cache.boundaries = boundaryScores() }
    let numbers = words.map { word in
      let (number, isNew) = cache.numbers.insert(word)
      if isNew { add(word, to: &cache) }
      return number
    }
    // Read in place: a copy of a cached word would retain each of its arrays.
    let (lowers, shapes, codes, startsPhrase) = cache.words.withUnsafeBufferPointer { known in
      (
        numbers.map { known[$0].lower }, numbers.map { known[$0].shape }, numbers.map { known[$0].codes },
        numbers.contains { known[$0].startsPhrase }
      )
    }
    let phrases = !startsPhrase ? [] : cache.words.withUnsafeBufferPointer { known in
      features.phraseCodes(
        lowered: numbers.map { known[$0].lowered }, hashes: numbers.map { known[$0].key }, starts: numbers.map { known[$0].startsPhrase })
    }
    var buffer: [UInt64] = []
    buffer.reserveCapacity(16)
    let count = words.count
    let offsets = Self.offsets
    let best = cache.scores.withUnsafeBufferPointer { wordScores in
      cache.boundaries.withUnsafeBufferPointer { boundaries in
        Viterbi.decode(count: count, transitions: model.transitions, slotWeights: slotWeights) { position, scores in
          features.pairFeatures(lowers: lowers, shapes: shapes, codes: codes, phrases: phrases, at: position, into: &buffer)
          model.scores(buffer, into: &scores)
          // Index arithmetic wraps (no overflow checks): every index is far below `Int.max`.
          scores.withUnsafeMutableBufferPointer { scores in
            let own = numbers[position] &* block
            for label in 0..<labels { scores[label] += wordScores[own &+ label] }
            for (role, offset) in offsets.enumerated() {
              let neighbour = position &+ offset
              let start = (role &+ 1) &* labels
              let outside = neighbour < 0 || neighbour >= count
              let base = neighbour < 0 ? start : outside ? block &+ start : numbers[neighbour] &* block &+ start
              let source = outside ? boundaries : wordScores
              for label in 0..<labels { scores[label] += source[base &+ label] }
            }
          }
        }
      }
    }
    return best.map { EntityLabel.all[$0] }
  }

  /// Analyses and scores a word not seen before (just numbered) and keeps it in `cache`.
  private func add(_ text: String, to cache: inout WordCache) {
    let labels = EntityModel.labelCount
    let word = features.word(text, document: cache.document)
    var block = [Float](repeating: 0, count: labels)
    model.scores(word.local, into: &block)
    cache.scores += block
    for role in Self.roles {
      model.scores(features.neighbourFeatures(of: word, as: role), into: &block)
      cache.scores += block
    }
    cache.words.append(word)
  }

  /// The scores the sentence start (first block of blocks) and end (second) give as each
  /// neighbour role, laid out like a word's cached scores (the own-features block stays zero).
  private func boundaryScores() -> [Float] {
    let labels = EntityModel.labelCount
    let block = Self.block
    var result = [Float](repeating: 0, count: 2 * block)
    var scores = [Float](repeating: 0, count: labels)
    for (side, boundary) in [features.startFeatures(as:), features.endFeatures(as:)].enumerated() {
      for (number, role) in Self.roles.enumerated() {
        model.scores(boundary(role), into: &scores)
        result.replaceSubrange((side * block + (number + 1) * labels)..<(side * block + (number + 2) * labels), with: scores)
      }
    }
    return result
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
