/// Finds the names in an article's sentences with the trained tagger, then makes the article
/// agree with itself: a name keeps the type it has most often, and a name tagged in most of its
/// occurrences is tagged in all of them.
struct EntityRecognizer {
  let article: Article
  let tagger: EntityTagger
  let data: LanguageData

  func mentions() -> [Mention] {
    let repairs = NameRepairs(gazetteer: tagger.features.gazetteer, language: article.language)
    var mentions: [Mention] = []
    var segmentWords: [Int: TaggingWords] = [:]
    // `Article.sentences` are the prose segments in order; a dateline counts with the sentence after it.
    var sentenceOfSegment: [Int: Int] = [:]
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
    for index in tagged { segmentWords[index] = TaggingWords(article.segments[index], in: article) }
    // A headline, or a line of its own, may be in title case; the rest is body text.
    let segmentsPerParagraph = Dictionary(grouping: tagged) { article.segments[$0].paragraph }.mapValues(\.count)
    let mayBeTitle = Set(tagged.filter { article.segments[$0].kind == .headline || segmentsPerParagraph[article.segments[$0].paragraph] == 1 })
    let body = tagged.filter { !mayBeTitle.contains($0) }.compactMap { segmentWords[$0] }
    let lowercaseWords = Self.words(in: body) { $0.unicodeScalars.first.map(CharacterClass.isLowercase) ?? false }
    let capitalizedWords = Self.words(in: body) { $0.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }
    let taggedTexts = tagged.map { index in
      var texts = segmentWords[index]!.texts
      // `Hillary Clinton Goes After Donald Trump`: in a title-case headline a word is read in
      // lower case when the article writes it so elsewhere, or never capitalises it and it is
      // no given name, so that only names look like names.
      if mayBeTitle.contains(index), Self.isTitleCase(texts) {
        let gazetteer = tagger.features.gazetteer
        for position in texts.indices {
          let lowered = texts[position].lowercased()
          let known = capitalizedWords.contains(texts[position]) || gazetteer.contains(lowered, in: .givenName)
          if lowercaseWords.contains(lowered) || !known { texts[position] = lowered }
        }
      }
      return texts
    }
    // A long article's two halves are tagged on two cores, each with its own word cache.
    let taggedLabels = Concurrently.mapHalves(taggedTexts) { [tagger] part in
      var cache = EntityTagger.WordCache()
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
      for compound in repairs.compounds(in: words.texts) {
        found.removeAll { $0.range.overlaps(compound.range) }
        found.append(compound)
      }
      mentions += found.map { mention(words, range: $0.range, type: $0.type, segment: index, sentence: sentenceOfSegment[index] ?? 0) }
    }
    return consistent(mentions, segmentWords: segmentWords, sentenceOfSegment: sentenceOfSegment)
  }

  private func mention(_ words: TaggingWords, range: Range<Int>, type: EntityType, segment: Int, sentence: Int) -> Mention {
    let span = Span(start: words.spans[range.lowerBound].start, end: words.spans[range.upperBound - 1].end)
    return Mention(text: String(article.text(of: span)), span: span, type: type, sentence: sentence, segment: segment, tokens: range)
  }

  /// One type per name (the most frequent), and untagged occurrences of a name tagged more
  /// often than not added.
  private func consistent(_ found: [Mention], segmentWords: [Int: TaggingWords], sentenceOfSegment: [Int: Int]) -> [Mention] {
    // `RIA Putin`: a name of another type that ends in a person's last name loses it.
    let lastNames = Set(found.filter { $0.type == .person && $0.tokens.count >= 2 }.map { segmentWords[$0.segment]!.texts[$0.tokens.upperBound - 1] })
    let mentions = found.map { mention -> Mention in
      let words = segmentWords[mention.segment]!
      guard mention.type != .person, mention.tokens.count >= 2, lastNames.contains(words.texts[mention.tokens.upperBound - 1]) else {
        return mention
      }
      return self.mention(
        words, range: mention.tokens.lowerBound..<(mention.tokens.upperBound - 1), type: mention.type, segment: mention.segment,
        sentence: mention.sentence)
    }
    // One type per name, the majority of its mentions, a tie going to its first mention's (an
    // article introduces a name most plainly: `Der Konzern Bosch`); a German genitive
    // (`Hongkongs`) takes the type of its name (`Hongkong`): a place's genitive looks like a
    // person's to the tagger.
    var typeCounts: [String: [EntityType: Int]] = [:]
    var firstType: [String: EntityType] = [:]
    for mention in mentions {
      typeCounts[mention.text, default: [:]][mention.type, default: 0] += 1
      if firstType[mention.text] == nil { firstType[mention.text] = mention.type }
    }
    var majority: [String: EntityType] = [:]
    for (text, counts) in typeCounts {
      let first = firstType[text]
      majority[text] = counts.max { lower, higher in
        lower.value != higher.value ? lower.value < higher.value : lower.key != first && (higher.key == first || lower.key > higher.key)
      }!.key
    }
    for text in majority.keys.sorted() {
      if let type = data.withoutGenitiveEnding(text).flatMap({ majority[$0] }) { majority[text] = type }
    }
    // A person's last name alone (and its German genitive) is that person: `Putin`, `Putins`,
    // also where the tagger took it for another type (`Trump responded`), unless it names a place.
    var surnames: Set<[String]> = []
    for mention in mentions where mention.type == .person && mention.tokens.count >= 2 {
      let last = segmentWords[mention.segment]!.texts[mention.tokens.upperBound - 1]
      guard last.count > 2, isNameLike([last]), !last.contains(".") else { continue }
      surnames.insert([last])
      if data.withoutGenitiveEnding(last) == nil {
        for ending in data.words(.genitiveEnding) { surnames.insert([last + ending]) }
      }
    }
    let gazetteer = tagger.features.gazetteer
    func namesPlace(_ text: String) -> Bool {
      gazetteer.contains(text, in: .region) || gazetteer.contains(text, in: .city) || majority[text] == .place
    }
    for text in majority.keys where majority[text] != .person && surnames.contains([text]) {
      let genitiveOfPlace = data.withoutGenitiveEnding(text).map(namesPlace) ?? false
      if !namesPlace(text) && !genitiveOfPlace { majority[text] = .person }
    }
    // Names of one country take one type: `USA` is a place where `Vereinigte Staaten` is one.
    let placeCodes = Set(majority.compactMap { $0.value == .place ? gazetteer.regionCode(of: $0.key) : nil })
    for text in majority.keys where majority[text] != .place {
      if let code = gazetteer.regionCode(of: text), placeCodes.contains(code) { majority[text] = .place }
    }
    var result = mentions.map { mention -> Mention in
      var copy = mention
      copy.type = majority[mention.text] ?? mention.type
      return copy
    }
    // Occurrences of tagged names (as whole token sequences) that the tagger left out.
    let tagged = Dictionary(grouping: mentions) { Array(segmentWords[$0.segment]!.texts[$0.tokens]) }
    let byFirstWord = Dictionary(grouping: Set(tagged.keys.filter(isNameLike)).union(surnames)) { $0[0] }
      .mapValues { $0.sorted { $0.count > $1.count } }
    var occurrences: [(segment: Int, range: Range<Int>, name: [String])] = []
    for (number, tagging) in segmentWords.sorted(by: { $0.key < $1.key }) {
      let words = tagging.texts
      for start in words.indices {
        // Names start with a capital or a digit; most words can be skipped without a lookup.
        guard mayStartName(words[start]) || words[start].utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) ?? false,
          let names = byFirstWord[words[start]]
        else { continue }
        if let name = names.first(where: { start + $0.count <= words.count && words[start..<(start + $0.count)].elementsEqual($0) }) {
          occurrences.append((number, start..<(start + name.count), name))
        }
      }
    }
    let occurrenceCounts = Dictionary(grouping: occurrences, by: \.name).mapValues(\.count)
    var taken = Set(mentions.flatMap { mention in mention.tokens.map { SentencePosition(segment: mention.segment, token: $0) } })
    for occurrence in occurrences {
      let mentionsOfName = tagged[occurrence.name] ?? []
      let isSurname = surnames.contains(occurrence.name)
      guard isSurname || mentionsOfName.count * 2 >= occurrenceCounts[occurrence.name] ?? 0,
        !occurrence.range.contains(where: { taken.contains(SentencePosition(segment: occurrence.segment, token: $0)) }),
        let type = mentionsOfName.first.flatMap({ majority[$0.text] }) ?? (isSurname ? .person : nil)
      else { continue }
      let tagging = segmentWords[occurrence.segment]!
      let words = tagging.texts
      if occurrence.range.upperBound < words.count, words[occurrence.range.upperBound].first?.isUppercase ?? false,
        article.language == .english
      {
        continue  // part of a longer name
      }
      result.append(
        mention(tagging, range: occurrence.range, type: type, segment: occurrence.segment, sentence: sentenceOfSegment[occurrence.segment] ?? 0))
      for index in occurrence.range { taken.insert(SentencePosition(segment: occurrence.segment, token: index)) }
    }
    // Misspellings of a one-word place or organisation name (`Pjönjang` beside `Pjöngjang`), and
    // the agency of the dateline.
    let variantSources = Dictionary(
      result.filter { $0.tokens.count == 1 && $0.type != .person && $0.text.count >= 6 }.map { ($0.text, $0.type) }
    ) { first, _ in first }
    let orderedVariantSources = variantSources.sorted { $0.key < $1.key }
    var variantTypes: [String: EntityType?] = [:]
    for (number, tagging) in segmentWords {
      let isDateline = article.segments[number].kind == .dateline
      for (index, word) in tagging.texts.enumerated() where isDateline || (word.utf8.count >= 6 && mayStartName(word)) {
        guard !taken.contains(SentencePosition(segment: number, token: index)) else { continue }
        var type: EntityType?
        if isDateline && word == article.metadata.agency {
          type = .organization
        } else if let known = variantTypes[word] {
          type = known
        } else if word.count >= 6, word.first?.isUppercase ?? false, variantSources[word] == nil,
          !tagger.features.gazetteer.contains(word, in: .commonNoun)
        {
          type = orderedVariantSources.first { isSpellingVariant(word, of: $0.key) }?.value
          variantTypes[word] = type
        }
        guard let type else { continue }
        result.append(mention(tagging, range: index..<(index + 1), type: type, segment: number, sentence: sentenceOfSegment[number] ?? 0))
        taken.insert(SentencePosition(segment: number, token: index))
      }
    }
    return result.sorted { $0.span < $1.span }
  }

  /// The words of `segments` that pass `test`.
  private static func words(in segments: [TaggingWords], where test: (String) -> Bool) -> Set<String> {
    var result: Set<String> = []
    for words in segments {
      for word in words.texts where test(word) { result.insert(word) }
    }
    return result
  }

  /// Whether most words of a headline start with a capital while having lower-case letters
  /// (`Clinton Goes After Trump`; not a headline in capitals, nor a German one).
  private static func isTitleCase(_ words: [String]) -> Bool {
    let lettered = words.filter { $0.unicodeScalars.contains(where: CharacterClass.isLetter) }
    guard lettered.count >= 4, lettered.contains(where: { $0.unicodeScalars.contains(where: CharacterClass.isLowercase) }) else { return false }
    let capitalized = lettered.filter { $0.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }.count
    return capitalized * 10 >= lettered.count * 8
  }

  /// One edit apart, same first letter, and not the same word with a genitive `s`.
  private func isSpellingVariant(_ word: String, of name: String) -> Bool {
    word.first == name.first && abs(word.count - name.count) <= 1 && word != name + "s" && name != word + "s"
      && EditDistance.between(word, name) <= 1
  }

  /// Whether a word may be a capitalised name: its first byte is a capital ASCII letter or starts
  /// a non-ASCII character (a cheap test before any lookup).
  private func mayStartName(_ word: String) -> Bool {
    guard let first = word.utf8.first else { return false }
    return first >= 0x80 || (first >= 0x41 && first <= 0x5A)
  }

  /// Names worth finding again: every word capitalised or a number.
  private func isNameLike(_ words: [String]) -> Bool {
    words.allSatisfy { $0.first?.isUppercase ?? false || $0.first?.isNumber ?? false }
  }

  private struct SentencePosition: Hashable {
    let segment: Int
    let token: Int
  }
}
