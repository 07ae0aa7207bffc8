/// Turns a sentence's words into the features the entity tagger weighs: the word and its
/// neighbours, shapes, prefixes and suffixes, hyphen parts, sentence position and gazetteer
/// matches. Features are 64-bit hashes, so a model stores no strings: each word's parts are
/// hashed once, and a feature mixes its template's number with those hashes.
///
/// Features split into those of the word alone (`Word.local`), which a tagger can score once
/// per distinct word, and those of its context.
public struct EntityFeatures: Sendable {
  public let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  /// Feature templates; a template's number is mixed into each of its features.
  private enum Template: UInt64 {
    case bias = 1, word, lower, shape, longShape, prefix, suffix, previous, next, beforePrevious, afterNext
    case previousShape, nextShape, previousAndWord, wordAndNext, shapeWindow, firstWord, lastHyphenPart
    case firstHyphenPart, gazetteer, previousGazetteer, nextGazetteer
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
    /// The features of the word alone.
    let local: [UInt64]
  }

  private static let sentenceStart = Hasher64.hash(scalars: Array("<s>".unicodeScalars))
  private static let sentenceEnd = Hasher64.hash(scalars: Array("</s>".unicodeScalars))

  /// The features of every word of a sentence, in order.
  public func features(of words: [String]) -> [[UInt64]] {
    let analysed = words.map(word)
    let phrases = gazetteer.phraseCodes(analysed.map(\.lowered), hashes: analysed.map(\.key))
    return analysed.indices.map { analysed[$0].local + contextFeatures(of: analysed, phrases: phrases, at: $0) }
  }

  /// One word's analysis and its own features.
  func word(_ text: String) -> Word {
    let lowered = CharacterClass.lowercased(text)
    let original = Array(text.unicodeScalars)
    let low = Array(lowered.unicodeScalars)
    let lower = Hasher64.hash(scalars: low)
    let shape = Hasher64.hash(values: Self.shortShape(original))
    let key = Gazetteer.hash(lowered.utf8)
    let codes = gazetteer.wordCodes(lowered, hash: key)
    var local: [UInt64] = []
    local.reserveCapacity(16 + codes.count)
    local.append(Self.feature(.bias))
    local.append(Self.feature(.word, Hasher64.hash(scalars: original)))
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
    return Word(lowered: lowered, key: key, lower: lower, shape: shape, codes: codes, local: local)
  }

  /// The features of the word at `index` that depend on its neighbours and position;
  /// `phrases` are the multi-word gazetteer codes of the sentence.
  func contextFeatures(of words: [Word], phrases: [[UInt16]], at index: Int) -> [UInt64] {
    var features: [UInt64] = []
    contextFeatures(of: words, phrases: phrases, at: index, into: &features)
    return features
  }

  /// `contextFeatures(of:phrases:at:)` written into `features` (emptied first), so that a
  /// tagger can reuse one buffer for a whole sentence.
  func contextFeatures(of words: [Word], phrases: [[UInt16]], at index: Int, into features: inout [UInt64]) {
    func lower(_ index: Int) -> UInt64 {
      index < 0 ? Self.sentenceStart : index >= words.count ? Self.sentenceEnd : words[index].lower
    }
    func shape(_ index: Int) -> UInt64 {
      index < 0 ? Self.sentenceStart : index >= words.count ? Self.sentenceEnd : words[index].shape
    }
    let word = words[index]
    features.removeAll(keepingCapacity: true)
    features.append(Self.feature(.previous, lower(index - 1)))
    features.append(Self.feature(.next, lower(index + 1)))
    features.append(Self.feature(.beforePrevious, lower(index - 2)))
    features.append(Self.feature(.afterNext, lower(index + 2)))
    features.append(Self.feature(.previousShape, shape(index - 1)))
    features.append(Self.feature(.nextShape, shape(index + 1)))
    features.append(Self.feature(.previousAndWord, lower(index - 1), word.lower))
    features.append(Self.feature(.wordAndNext, word.lower, lower(index + 1)))
    features.append(Self.feature(.shapeWindow, shape(index - 1), word.shape, shape(index + 1)))
    if index == 0 { features.append(Self.feature(.firstWord, word.shape)) }
    for code in phrases[index] { features.append(Self.feature(.gazetteer, UInt64(code), word.shape)) }
    if index > 0 {
      for code in words[index - 1].codes { features.append(Self.feature(.previousGazetteer, UInt64(code))) }
      for code in phrases[index - 1] { features.append(Self.feature(.previousGazetteer, UInt64(code))) }
    }
    if index + 1 < words.count {
      for code in words[index + 1].codes { features.append(Self.feature(.nextGazetteer, UInt64(code))) }
      for code in phrases[index + 1] { features.append(Self.feature(.nextGazetteer, UInt64(code))) }
    }
  }

  private static func feature(_ template: Template) -> UInt64 {
    finished(Hasher64.mix(0x9E37_79B9_7F4A_7C15, template.rawValue))
  }

  private static func feature(_ template: Template, _ first: UInt64) -> UInt64 {
    finished(Hasher64.mix(Hasher64.mix(0x9E37_79B9_7F4A_7C15, template.rawValue), first))
  }

  private static func feature(_ template: Template, _ first: UInt64, _ second: UInt64) -> UInt64 {
    finished(Hasher64.mix(Hasher64.mix(Hasher64.mix(0x9E37_79B9_7F4A_7C15, template.rawValue), first), second))
  }

  private static func feature(_ template: Template, _ first: UInt64, _ second: UInt64, _ third: UInt64) -> UInt64 {
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
