/// Finds the names in an article's sentences with the trained tagger, then makes the article
/// agree with itself: a name keeps the type it has most often, and a name tagged in most of its
/// occurrences is tagged in all of them.
struct EntityRecognizer {
  let article: Article
  let tagger: EntityTagger
  let data: LanguageData

  func mentions() -> [Mention] {
    let repairs = NameRepairs(gazetteer: tagger.features.gazetteer, data: data)
    var mentions: [Mention] = []
    var segmentWords = [TaggingWords?](repeating: nil, count: article.segments.count)
    // `Article.sentences` are the prose segments in order; a dateline counts with the sentence after it.
    var sentenceOfSegment = [Int](repeating: 0, count: article.segments.count)
    var proseBefore = article.segments.filter(\.kind.isProse).count
    var sentenceNumber = max(0, proseBefore - 1)
    for (index, segment) in article.segments.enumerated().reversed() {
      if segment.kind.isProse {
        proseBefore -= 1
        sentenceNumber = proseBefore
      }
      sentenceOfSegment[index] = sentenceNumber
    }
    let tagged = TaggingWords.segments(of: article)
    for index in tagged { segmentWords[index] = TaggingWords(article.segments[index], in: article, grammar: data.grammar) }
    let taggedTexts = readTexts(of: tagged, words: segmentWords)
    let document = tagger.features.templates.contains(.documentContext) ? EntityFeatures.DocumentContext(sentences: taggedTexts, clusters: tagger.features.clusters) : nil
    // A long article's two halves are tagged on two cores, each with its own word cache.
    let taggedLabels = Concurrently.mapHalves(taggedTexts) { [tagger] part in
      var cache = EntityTagger.WordCache(document: document)
      // Once stopping is asked for, the rest is left untagged (the caller drops the result).
      return part.map { StopRequest.isRaised ? Array(repeating: .outside, count: $0.count) : tagger.labels(of: $0, cache: &cache) }
    }
    for (number, index) in tagged.enumerated() {
      let words = segmentWords[index]!
      let texts = taggedTexts[number]
      let labels = taggedLabels[number]
      var found: [(range: Range<Int>, type: EntityType)] = []
      var start: Int?
      for position in 0...labels.count {
        let label = position < labels.count ? labels[position] : .outside
        // Two people's names never touch without a word or mark between them: `Li Fei` is one.
        let continuesPerson = label.type == .person && start.map { labels[$0].type == .person } ?? false
        if let open = start, label.position == .begin && !continuesPerson || label.type != labels[open].type {
          // An indefinite noun phrase names no one (`empfangen: Eine Ehrengarde`).
          if !data.word(words.texts[open].lowercased(), isA: .indefinite) {
            found.append(repairs.withoutGovernedNoun(open..<position, words: words.texts, type: labels[open].type!))
          }
          start = nil
        }
        if label.type != nil && start == nil { start = position }
      }
      found = repairs.joiningSplitPersons(found.sorted { $0.range.lowerBound < $1.range.lowerBound }, words: texts)
      found = repairs.withBalancedBrackets(found, words: texts)
      for compound in repairs.compounds(in: words.texts) {
        found.removeAll { $0.range.overlaps(compound.range) }
        found.append(compound)
      }
      mentions += found.map { mention(words, range: $0.range, type: $0.type, segment: index, sentence: sentenceOfSegment[index]) }
    }
    return consistent(mentions, segmentWords: segmentWords, sentenceOfSegment: sentenceOfSegment)
  }

  /// How a headline, or a line of its own, is written.
  private enum Casing {
    /// `Clinton Goes After Trump`.
    case title
    /// `JAPAN GET LUCKY WIN`.
    case capitals
  }

  /// The words the tagger reads in each of the `tagged` segments: their own, but in a headline
  /// or a line of its own in title case or in capitals as the body of the article writes them,
  /// so that only names look like names. The body's words are gathered only for such lines.
  private func readTexts(of tagged: [Int], words segmentWords: [TaggingWords?]) -> [[String]] {
    let segmentsPerParagraph = Dictionary(grouping: tagged) { article.segments[$0].paragraph }.mapValues(\.count)
    let mayBeTitle = Set(tagged.filter { article.segments[$0].kind == .headline || segmentsPerParagraph[article.segments[$0].paragraph] == 1 })
    var casings: [Int: Casing] = [:]
    for index in mayBeTitle {
      let texts = segmentWords[index]!.texts
      casings[index] = Self.isTitleCase(texts) ? .title : Self.isInCapitals(texts) ? .capitals : nil
    }
    guard !casings.isEmpty else { return tagged.map { segmentWords[$0]!.texts } }
    let body = tagged.filter { !mayBeTitle.contains($0) }.compactMap { segmentWords[$0] }
    // Of the body's words only those a title-case line asks about, unless a line in capitals
    // needs all its capitalised words.
    let titleWords = casings.filter { $0.value == .title }.keys.flatMap { segmentWords[$0]!.texts }
    let startsLowercase = { (word: String) in word.unicodeScalars.first.map(CharacterClass.isLowercase) ?? false }
    let startsUppercase = { (word: String) in word.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }
    let hasCapitals = casings.values.contains(.capitals)
    let lowercaseWords = Self.words(in: body, among: Set(titleWords.map { $0.lowercased() }), where: startsLowercase)
    let capitalizedWords = Self.words(in: body, among: hasCapitals ? nil : Set(titleWords), where: startsUppercase)
    // A word in capitals as the body spells it (`Japan`), else in lower case.
    let bodySpelling = hasCapitals ? Dictionary(capitalizedWords.map { ($0.uppercased(), $0) }) { first, second in min(first, second) } : [:]
    let gazetteer = tagger.features.gazetteer
    return tagged.map { index in
      var texts = segmentWords[index]!.texts
      switch casings[index] {
      case .title:
        // In lower case when the article writes it so elsewhere, or never capitalises it and it
        // is no given name.
        for position in texts.indices {
          let lowered = texts[position].lowercased()
          let known = capitalizedWords.contains(texts[position]) || gazetteer.contains(lowered, in: .givenName)
          if lowercaseWords.contains(lowered) || !known { texts[position] = lowered }
        }
      case .capitals:
        texts = texts.map { bodySpelling[$0] ?? $0.lowercased() }
      case nil:
        break
      }
      return texts
    }
  }

  func mention(_ words: TaggingWords, range: Range<Int>, type: EntityType, segment: Int, sentence: Int) -> Mention {
    let span = Span(start: words.spans[range.lowerBound].start, end: words.spans[range.upperBound - 1].end)
    return Mention(text: String(article.text(of: span)), span: span, type: type, sentence: sentence, segment: segment, tokens: range)
  }

  /// The words of `segments` that pass `test`, of all (nil) or only of `queries`. A word is
  /// hashed only when its length in bytes and its first byte are those of a query: most words of
  /// an article are not.
  private static func words(in segments: [TaggingWords], among queries: Set<String>?, where test: (String) -> Bool) -> Set<String> {
    guard queries.map({ !$0.isEmpty }) ?? true else { return [] }
    let outline = { (word: String) in min(word.utf8.count, 63) << 8 | Int(word.utf8.first ?? 0) }
    var asked = [Bool](repeating: queries == nil, count: 64 << 8)
    for query in queries ?? [] { asked[outline(query)] = true }
    var result: Set<String> = []
    for words in segments {
      for word in words.texts where asked[outline(word)] && test(word) && queries.map({ $0.contains(word) }) ?? true {
        result.insert(word)
      }
    }
    return result
  }

  /// Whether a line is written in capitals: four words with letters or more, none in lower case.
  private static func isInCapitals(_ words: [String]) -> Bool {
    let lettered = words.filter { $0.unicodeScalars.contains(where: CharacterClass.isLetter) }
    return lettered.count >= 4 && !lettered.contains { $0.unicodeScalars.contains(where: CharacterClass.isLowercase) }
  }

  /// Whether most words of a headline start with a capital while having lower-case letters
  /// (`Clinton Goes After Trump`; not a headline in capitals, nor a German one, nor a list of
  /// names such as a results line, `Davis Love, Anders Forsbrand (Sweden), Nick Faldo`).
  private static func isTitleCase(_ words: [String]) -> Bool {
    guard words.lazy.filter({ $0 == "," }).count < 2 else { return false }
    let lettered = words.filter { $0.unicodeScalars.contains(where: CharacterClass.isLetter) }
    guard lettered.count >= 4, lettered.contains(where: { $0.unicodeScalars.contains(where: CharacterClass.isLowercase) }) else { return false }
    let capitalized = lettered.filter { $0.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }.count
    return capitalized * 10 >= lettered.count * 8
  }
}
