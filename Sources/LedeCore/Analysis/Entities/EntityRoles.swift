/// The role an article gives a person, from a title or role noun before a mention (`der
/// russische Präsident Wladimir Putin`, `North Korean leader Kim Jong Un`) or an apposition
/// after it (`Rachel Lee, Analystin beim …`), and the organisation it is introduced with
/// (`Analystin … vom 38 North-Programm`).
struct EntityRoles {
  let article: Article
  let data: LanguageData

  /// Fills in `role` and `affiliation` of the people among `entities`.
  func annotate(_ entities: inout [Entity], organizations: [Mention]) {
    // Each segment's words are read once, however many names it has.
    var segmentWords: [Int: [String]] = [:]
    for index in entities.indices where entities[index].type == .person {
      var roles: [String: Int] = [:]
      var affiliation: String?
      for mention in entities[index].mentions {
        let words = segmentWords[mention.segment] ?? TaggingWords(article.segments[mention.segment], in: article, grammar: data.grammar).texts
        segmentWords[mention.segment] = words
        let found = role(before: mention.tokens.lowerBound, in: words) ?? role(after: mention.tokens.upperBound, in: words)
        if let found { roles[found.role, default: 0] += 1 }
        let searchFrom = found.map { max($0.end, mention.tokens.upperBound) } ?? mention.tokens.upperBound
        if affiliation == nil {
          affiliation = organization(after: searchFrom, segment: mention.segment, words: words, organizations: organizations)
        }
      }
      entities[index].role = roles.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
      entities[index].affiliation = affiliation
    }
  }

  /// `Präsident`, `russischer Präsident`, `North Korean leader` right before token `index`.
  private func role(before index: Int, in words: [String]) -> (role: String, end: Int)? {
    guard index > 0, let lemma = data.roleLemma(words[index - 1].lowercased()) else { return nil }
    var first = index - 1
    while first > 0, isModifier(words[first - 1]) { first -= 1 }
    let articleBefore = first > 0 && data.word(words[first - 1].lowercased(), isA: .article)
    let noun = Self.withoutCaseEnding(words[index - 1], lemma: lemma)
    return (phrase(Array(words[first..<(index - 1)]) + [noun], afterArticle: articleBefore), index)
  }

  /// A role noun without the case ending after its lemma: `Präsidenten` → `Präsident`, and a
  /// compound whole (`Bundespräsidenten` → `Bundespräsident`, `Bosch-Chef`).
  static func withoutCaseEnding(_ word: String, lemma: String) -> String {
    let lowered = word.lowercased()
    guard let head = lowered.range(of: lemma, options: .backwards) else { return word }
    return String(word.dropLast(lowered[head.upperBound...].count))
  }

  /// `, Analystin beim …`, `, the Russian president,` right after token `index`.
  private func role(after index: Int, in words: [String]) -> (role: String, end: Int)? {
    guard index + 1 < words.count, words[index] == "," else { return nil }
    var cursor = index + 1
    let hasArticle = data.word(words[cursor].lowercased(), isA: .article)
    if hasArticle { cursor += 1 }
    let start = cursor
    while cursor < words.count, cursor - start < 4, !data.roles.contains(words[cursor].lowercased()), isModifier(words[cursor]) {
      cursor += 1
    }
    guard cursor < words.count, data.roles.contains(words[cursor].lowercased()) else { return nil }
    return (phrase(Array(words[start...cursor]), afterArticle: hasArticle), cursor + 1)
  }

  /// An adjective or nationality before a role noun: in a language whose adjectives take endings,
  /// a lower-case word with one (German `russische`); else a capitalised word (English
  /// `Russian`); never a function or speech word.
  private func isModifier(_ word: String) -> Bool {
    let lowered = word.lowercased()
    guard word.count > 2, word.allSatisfy({ $0.isLetter || $0 == "-" }), !data.functionWords.contains(lowered),
      data.speechVerbs[lowered] == nil, !data.roles.contains(lowered)
    else { return false }
    let endings = data.words(.adjectiveEnding)
    guard endings.isEmpty else { return word.first!.isLowercase && endings.contains { lowered.hasSuffix($0) } }
    return word.first!.isUppercase
  }

  /// The role as a phrase of its own: adjectives with endings after an article take the ending
  /// they have without one (`der russische Präsident` → `russischer Präsident`), by the role
  /// noun's gender (male when it has none).
  private func phrase(_ words: [String], afterArticle: Bool) -> String {
    guard afterArticle, let noun = words.last, words.count > 1,
      let ending = data.grammar.roleAdjectiveEndings[data.genders[noun.lowercased()] ?? .male]
    else {
      return words.joined(separator: " ")
    }
    let endings = data.endings(.adjectiveEnding)
    let adjectives = words.dropLast().map { word -> String in
      let stem = endings.first { word.hasSuffix($0) }.map { String(word.dropLast($0.count)) } ?? word
      return stem + ending
    }
    return (adjectives + [noun]).joined(separator: " ")
  }

  /// The organisation named right after a source preposition (`vom`, `of`) within a few words.
  private func organization(after index: Int, segment: Int, words: [String], organizations: [Mention]) -> String? {
    for cursor in index..<min(words.count, index + 3) where data.word(words[cursor].lowercased(), isA: .sourcePreposition) {
      if let mention = organizations.first(where: {
        $0.segment == segment && (cursor + 1...cursor + 3).contains($0.tokens.lowerBound)
      }) {
        return mention.text
      }
    }
    return nil
  }
}
