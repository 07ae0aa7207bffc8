/// Turns a sentence's words into the features the entity tagger weighs: the word and its
/// neighbours, shapes, prefixes and suffixes, hyphen parts, sentence position, gazetteer
/// matches (also of two words side by side) and word clusters (prefixes of the word's and its
/// neighbours' cluster paths). Features are 64-bit hashes, so a model stores no strings: each
/// word's parts are hashed once, and a feature mixes its template's number with those hashes.
///
/// Features split into those of the word alone (`Word.local`) and those it gives its neighbours
/// (`neighbourFeatures`), which a tagger can score once per distinct word, and the few that
/// depend on a pair of words or the sentence (`pairFeatures`).
public struct EntityFeatures: Sendable {
  public let gazetteer: Gazetteer
  public let clusters: WordClusters
  /// The optional templates weighed besides the standard ones; a model records those it was
  /// trained with (`EntityModel.templates`).
  public let templates: Templates

  /// Templates a language's model may weigh or not, as its training chose by dev score.
  public struct Templates: OptionSet, Sendable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The gazetteer codes of the word two places away, with the word between
    /// (`Antwerp and Hamburg`, `Berlin, Hamburg`): names in a list tend to share a type.
    public static let listedNames = Templates(rawValue: 1)
    /// What the article's other sentences say about a capitalised word (`DocumentContext`).
    public static let documentContext = Templates(rawValue: 2)
  }

  public init(gazetteer: Gazetteer, clusters: WordClusters = .none, templates: Templates = []) {
    self.gazetteer = gazetteer
    self.clusters = clusters
    self.templates = templates
  }

  /// The lengths of a word's cluster path prefixes it is weighed with (coarse to fine).
  static let clusterPrefixes = [4, 6, 10, 14]
  /// The length of a neighbour's cluster path prefix a word is weighed with.
  static let neighbourClusterPrefix = 10

  /// Feature templates; a template's number is mixed into each of its features.
  enum Template: UInt64 {
    case bias = 1, word, lower, shape, longShape, prefix, suffix, previous, next, beforePrevious, afterNext
    case previousShape, nextShape, previousAndWord, wordAndNext, shapeWindow, firstWord, lastHyphenPart
    case firstHyphenPart, gazetteer, previousGazetteer, nextGazetteer
    case cluster, previousCluster, nextCluster, gazetteerPair, listedAfter, listedBefore
    case documentPrevious, documentNext, documentInsideSentence, documentRepeated, documentLowercase
    case documentPreviousCluster, documentNextCluster
  }

  /// What the features need of one word, worked out once per distinct word.
  struct Word {
    /// The word in lower case and its `Gazetteer.hash`, for multi-word gazetteer entries.
    let lowered: String
    let key: UInt64
    let lower: UInt64
    let shape: UInt64
    /// The word's gazetteer codes on its own (not as part of a longer entry).
    let codes: [UInt16]
    /// Whether a longer gazetteer entry starts with the word.
    let startsPhrase: Bool
    /// The word's cluster path (of its written form, else of its lower case form), 0 if none.
    let cluster: UInt16
    /// The features of the word alone.
    let local: [UInt64]
  }

  private static let sentenceStart = Hasher64.hash(scalars: Array("<s>".unicodeScalars))
  private static let sentenceEnd = Hasher64.hash(scalars: Array("</s>".unicodeScalars))

  /// The features of every word of a sentence, in order; `document` is what the rest of its
  /// article says about its words (weighed if the templates ask for it).
  public func features(of words: [String], document: DocumentContext? = nil) -> [[UInt64]] {
    let analysed = words.map { word($0, document: document) }
    let phrases = phraseCodes(of: analysed)
    return analysed.indices.map { analysed[$0].local + contextFeatures(of: analysed, phrases: phrases, at: $0) }
  }

  /// One word's analysis and its own features, with those `document` gives it.
  func word(_ text: String, document: DocumentContext? = nil) -> Word {
    let lowered = CharacterClass.lowercased(text)
    let original = Array(text.unicodeScalars)
    let low = Array(lowered.unicodeScalars)
    let lower = Hasher64.hash(scalars: low)
    let shape = Hasher64.hash(values: Self.shortShape(original))
    let key = Gazetteer.hash(lowered.utf8)
    let codes = gazetteer.wordCodes(lowered, hash: key)
    let written = Hasher64.hash(scalars: original)
    var clusterPath = clusters.path(of: written)
    if clusterPath == 0 { clusterPath = clusters.path(of: lower) }
    var local: [UInt64] = []
    local.reserveCapacity(20 + codes.count)
    local.append(Self.feature(.bias))
    local.append(Self.feature(.word, written))
    local.append(Self.feature(.lower, lower))
    local.append(Self.feature(.shape, shape))
    local.append(Self.feature(.longShape, Hasher64.hash(values: Self.longShape(original))))
    for length in 2...4 where low.count > length {
      local.append(Self.feature(.prefix, UInt64(length), Hasher64.hash(scalars: low[..<length])))
      local.append(Self.feature(.suffix, UInt64(length), Hasher64.hash(scalars: low[(low.count - length)...])))
    }
    if let last = low.last { local.append(Self.feature(.suffix, 1, Hasher64.hash(scalars: [last]))) }
    if let first = low.firstIndex(of: "-"), let last = low.lastIndex(of: "-") {
      local.append(Self.feature(.firstHyphenPart, Hasher64.hash(scalars: low[..<first])))
      local.append(Self.feature(.lastHyphenPart, Hasher64.hash(scalars: low[(last + 1)...])))
    }
    for code in codes { local.append(Self.feature(.gazetteer, UInt64(code), shape)) }
    if clusterPath != 0 {
      for length in Self.clusterPrefixes {
        local.append(Self.feature(.cluster, UInt64(length), UInt64(WordClusters.prefix(clusterPath, length: length))))
      }
    }
    local += documentFeatures(of: text, in: document)
    return Word(
      lowered: lowered, key: key, lower: lower, shape: shape, codes: codes, startsPhrase: gazetteer.startsPhrase(key),
      cluster: clusterPath, local: local)
  }

  /// The codes of the longer gazetteer entries in a sentence, per word; only words that start
  /// one are looked up.
  func phraseCodes(of words: [Word]) -> [[UInt16]] {
    guard words.contains(where: \.startsPhrase) else { return Array(repeating: [], count: words.count) }
    return phraseCodes(lowered: words.map(\.lowered), hashes: words.map(\.key), starts: words.map(\.startsPhrase))
  }

  /// `phraseCodes(of:)` for a sentence's words given by their `Word.lowered`, `Word.key` and
  /// `Word.startsPhrase`.
  func phraseCodes(lowered: [String], hashes: [UInt64], starts: [Bool]) -> [[UInt16]] {
    var result = Array(repeating: [UInt16](), count: lowered.count)
    for index in lowered.indices where starts[index] {
      gazetteer.addPhraseCodes(startingAt: index, lowered, hashes: hashes, to: &result)
    }
    return result
  }

  /// The features of the word at `index` that depend on its neighbours and position;
  /// `phrases` are the multi-word gazetteer codes of the sentence.
  func contextFeatures(of words: [Word], phrases: [[UInt16]], at index: Int) -> [UInt64] {
    var features: [UInt64] = []
    for role in Neighbour.allCases {
      let position = index + role.offset
      features += position < 0 ? startFeatures(as: role) : position >= words.count ? endFeatures(as: role) : neighbourFeatures(of: words[position], as: role)
    }
    var pairs: [UInt64] = []
    pairFeatures(lowers: words.map(\.lower), shapes: words.map(\.shape), codes: words.map(\.codes), phrases: phrases, at: index, into: &pairs)
    return features + pairs
  }

  /// Where a neighbour stands from the word whose features it gives.
  enum Neighbour: CaseIterable {
    case beforePrevious, previous, next, afterNext

    /// The neighbour's position relative to the word.
    var offset: Int {
      switch self {
      case .beforePrevious: -2
      case .previous: -1
      case .next: 1
      case .afterNext: 2
      }
    }
  }

  /// The features a word gives the word it neighbours as `role`: they depend on it alone, so a
  /// tagger can score them once per distinct word. Its multi-word gazetteer codes are left to
  /// `pairFeatures`, since they depend on the sentence.
  func neighbourFeatures(of word: Word, as role: Neighbour) -> [UInt64] {
    switch role {
    case .beforePrevious: [Self.feature(.beforePrevious, word.lower)]
    case .previous:
      [Self.feature(.previous, word.lower), Self.feature(.previousShape, word.shape)]
        + word.codes.map { Self.feature(.previousGazetteer, UInt64($0)) } + clusterFeature(.previousCluster, of: word)
    case .next:
      [Self.feature(.next, word.lower), Self.feature(.nextShape, word.shape)]
        + word.codes.map { Self.feature(.nextGazetteer, UInt64($0)) } + clusterFeature(.nextCluster, of: word)
    case .afterNext: [Self.feature(.afterNext, word.lower)]
    }
  }

  /// A neighbour's cluster path prefix as `template`'s feature, if the neighbour has a path.
  private func clusterFeature(_ template: Template, of word: Word) -> [UInt64] {
    guard word.cluster != 0 else { return [] }
    return [Self.feature(template, UInt64(WordClusters.prefix(word.cluster, length: Self.neighbourClusterPrefix)))]
  }

  /// The features the start of the sentence gives a word it neighbours as `role` (`previous`
  /// or `beforePrevious`).
  func startFeatures(as role: Neighbour) -> [UInt64] {
    switch role {
    case .beforePrevious: [Self.feature(.beforePrevious, Self.sentenceStart)]
    case .previous: [Self.feature(.previous, Self.sentenceStart), Self.feature(.previousShape, Self.sentenceStart)]
    case .next, .afterNext: []
    }
  }

  /// The features the end of the sentence gives a word it neighbours as `role` (`next` or `afterNext`).
  func endFeatures(as role: Neighbour) -> [UInt64] {
    switch role {
    case .next: [Self.feature(.next, Self.sentenceEnd), Self.feature(.nextShape, Self.sentenceEnd)]
    case .afterNext: [Self.feature(.afterNext, Self.sentenceEnd)]
    case .beforePrevious, .previous: []
    }
  }

  /// The context features that depend on the word with a neighbour, on its position or on the
  /// sentence's multi-word gazetteer entries, written into `features` (emptied first) so that a
  /// tagger can reuse one buffer for a whole sentence. `lowers`, `shapes` and `codes` are the
  /// sentence's `Word.lower`, `Word.shape` and `Word.codes`; `phrases` its `phraseCodes`, empty
  /// if it has none.
  func pairFeatures(
    lowers: [UInt64], shapes: [UInt64], codes: [[UInt16]], phrases: [[UInt16]], at index: Int, into features: inout [UInt64]
  ) {
    let count = lowers.count
    let lower = lowers[index]
    let shape = shapes[index]
    let previousLower = index > 0 ? lowers[index - 1] : Self.sentenceStart
    let nextLower = index + 1 < count ? lowers[index + 1] : Self.sentenceEnd
    let previousShape = index > 0 ? shapes[index - 1] : Self.sentenceStart
    let nextShape = index + 1 < count ? shapes[index + 1] : Self.sentenceEnd
    features.removeAll(keepingCapacity: true)
    features.append(Self.feature(.previousAndWord, previousLower, lower))
    features.append(Self.feature(.wordAndNext, lower, nextLower))
    features.append(Self.feature(.shapeWindow, previousShape, shape, nextShape))
    if index == 0 { features.append(Self.feature(.firstWord, shape)) }
    if templates.contains(.listedNames) {
      if index > 1 {
        for code in codes[index - 2] { features.append(Self.feature(.listedAfter, previousLower, UInt64(code))) }
      }
      if index + 2 < count {
        for code in codes[index + 2] { features.append(Self.feature(.listedBefore, UInt64(code), nextLower)) }
      }
    }
    if index > 0 {
      for previous in codes[index - 1] {
        for code in codes[index] { features.append(Self.feature(.gazetteerPair, UInt64(previous), UInt64(code))) }
      }
    }
    guard !phrases.isEmpty else { return }
    for code in phrases[index] { features.append(Self.feature(.gazetteer, UInt64(code), shape)) }
    if index > 0 {
      for code in phrases[index - 1] { features.append(Self.feature(.previousGazetteer, UInt64(code))) }
    }
    if index + 1 < count {
      for code in phrases[index + 1] { features.append(Self.feature(.nextGazetteer, UInt64(code))) }
    }
  }

  static func feature(_ template: Template) -> UInt64 {
    finished(Hasher64.mix(0x9E37_79B9_7F4A_7C15, template.rawValue))
  }

  static func feature(_ template: Template, _ first: UInt64) -> UInt64 {
    finished(Hasher64.mix(Hasher64.mix(0x9E37_79B9_7F4A_7C15, template.rawValue), first))
  }

  static func feature(_ template: Template, _ first: UInt64, _ second: UInt64) -> UInt64 {
    finished(Hasher64.mix(Hasher64.mix(Hasher64.mix(0x9E37_79B9_7F4A_7C15, template.rawValue), first), second))
  }

  static func feature(_ template: Template, _ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
    finished(Hasher64.mix(feature(template, first, second), third))
  }

  /// Zero marks an empty slot in a model's table, so no feature hashes to it.
  private static func finished(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

  /// `Xx` for `Putin`, `X` for `USA`, `d-Xx` for `38-Jährige`: character classes, runs collapsed.
  static func shortShape(_ word: [Unicode.Scalar]) -> [UInt32] {
    var result: [UInt32] = []
    for scalar in word {
      let symbol = shapeSymbol(scalar)
      if result.last != symbol { result.append(symbol) }
    }
    return result
  }

  /// `Xxxxx` for `Putin`: character classes, runs longer than four shortened.
  static func longShape(_ word: [Unicode.Scalar]) -> [UInt32] {
    var result: [UInt32] = []
    var run = 0
    for scalar in word {
      let symbol = shapeSymbol(scalar)
      run = symbol == result.last ? run + 1 : 1
      if run <= 4 { result.append(symbol) }
    }
    return result
  }

  private static func shapeSymbol(_ scalar: Unicode.Scalar) -> UInt32 {
    if CharacterClass.isUppercase(scalar) { return 0x58 }  // X
    if CharacterClass.isLetter(scalar) { return 0x78 }  // x
    if CharacterClass.isDigit(scalar) { return 0x64 }  // d
    return scalar.value
  }
}

/// 64-bit FNV-1a over scalar values, and a mixing step that combines hashes.
enum Hasher64 {
  static func hash<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) -> UInt64 {
    hash(values: scalars.lazy.map(\.value))
  }

  static func hash<Values: Sequence<UInt32>>(values: Values) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
    return hash
  }

  /// Combines two hashes (the finaliser of SplitMix64 over their sum with an odd multiple).
  static func mix(_ seed: UInt64, _ value: UInt64) -> UInt64 {
    var z = seed &+ value &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
