/// Turns a sentence's words into the features the entity tagger weighs: the word and its
/// neighbours, shapes, prefixes and suffixes, hyphen parts, sentence position and gazetteer
/// matches. Features are hashed to 64 bits, so a model stores no strings; words are hashed
/// as Unicode scalars without building feature strings, which keeps tagging fast.
public struct EntityFeatures: Sendable {
  public let gazetteer: Gazetteer

  public init(gazetteer: Gazetteer) {
    self.gazetteer = gazetteer
  }

  /// Feature templates; a template's number is hashed with its values.
  private enum Template: UInt64 {
    case bias = 1, word, lower, shape, longShape, prefix, suffix, previous, next, beforePrevious, afterNext
    case previousShape, nextShape, previousAndWord, wordAndNext, shapeWindow, firstWord, lastHyphenPart
    case firstHyphenPart, gazetteer, previousGazetteer, nextGazetteer
  }

  /// The features of every word of a sentence, in order.
  public func features(of words: [String]) -> [[UInt64]] {
    let loweredWords = words.map { $0.lowercased() }
    let lowered = loweredWords.map { $0.unicodeScalars.map(\.value) }
    let original = words.map { $0.unicodeScalars.map(\.value) }
    let shapes = words.map(Self.shortShape)
    let matches = gazetteer.matches(loweredWords).map { $0.map { Array($0.unicodeScalars.map(\.value)) } }
    let start: [UInt32] = [0x3C, 0x73, 0x3E]
    let end: [UInt32] = [0x3C, 0x2F, 0x73, 0x3E]
    func lower(_ index: Int) -> [UInt32] {
      index < 0 ? start : index >= words.count ? end : lowered[index]
    }
    func shape(_ index: Int) -> [UInt32] {
      index < 0 ? start : index >= words.count ? end : shapes[index]
    }
    return words.indices.map { index in
      var features: [UInt64] = []
      features.reserveCapacity(40)
      func add(_ template: Template, _ parts: ArraySlice<UInt32>...) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ template.rawValue
        hash = hash &* 0x100_0000_01b3
        for part in parts {
          for value in part { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
          hash = (hash ^ 0x1f) &* 0x100_0000_01b3
        }
        features.append(hash == 0 ? 1 : hash)
      }
      let low = lowered[index]
      add(.bias)
      add(.word, original[index][...])
      add(.lower, low[...])
      add(.shape, shapes[index][...])
      add(.longShape, Self.longShape(original[index])[...])
      for length in 2...4 where low.count > length {
        add(.prefix, [UInt32(length)], low.prefix(length))
        add(.suffix, [UInt32(length)], low.suffix(length))
      }
      add(.suffix, [1], low.suffix(1))
      add(.previous, lower(index - 1)[...])
      add(.next, lower(index + 1)[...])
      add(.beforePrevious, lower(index - 2)[...])
      add(.afterNext, lower(index + 2)[...])
      add(.previousShape, shape(index - 1)[...])
      add(.nextShape, shape(index + 1)[...])
      add(.previousAndWord, lower(index - 1)[...], low[...])
      add(.wordAndNext, low[...], lower(index + 1)[...])
      add(.shapeWindow, shape(index - 1)[...], shapes[index][...], shape(index + 1)[...])
      if index == 0 { add(.firstWord, shapes[index][...]) }
      if let hyphen = low.firstIndex(of: 0x2D) {
        add(.firstHyphenPart, low[..<hyphen])
        let last = low.lastIndex(of: 0x2D)!
        add(.lastHyphenPart, low[(last + 1)...])
      }
      for match in matches[index] { add(.gazetteer, match[...], shapes[index][...]) }
      if index > 0 { for match in matches[index - 1] { add(.previousGazetteer, match[...]) } }
      if index + 1 < words.count { for match in matches[index + 1] { add(.nextGazetteer, match[...]) } }
      return features
    }
  }

  /// `Xx` for `Putin`, `X` for `USA`, `d-Xx` for `38-Jährige`: character classes, runs collapsed.
  static func shortShape(_ word: String) -> [UInt32] {
    var result: [UInt32] = []
    for scalar in word.unicodeScalars {
      let symbol = shapeSymbol(scalar)
      if result.last != symbol { result.append(symbol) }
    }
    return result
  }

  /// `Xxxxx` for `Putin`: character classes, runs longer than four shortened.
  static func longShape(_ word: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    var run = 0
    for value in word {
      let symbol = Unicode.Scalar(value).map(shapeSymbol) ?? 0
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
