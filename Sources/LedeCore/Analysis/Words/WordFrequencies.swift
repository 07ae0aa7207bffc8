/// How often a word occurs in an article, with the forms counted for it.
public struct WordFrequency: Sendable, Equatable {
  /// The word as shown: its most frequent spelling, or the shared stem of grouped forms.
  public var word: String
  public var count: Int
  /// The lower-cased forms counted, most frequent first (one unless forms were grouped).
  public var forms: [String]
}

/// The words of an article's sentences (headline and headings too, not the header lines), in
/// text order, as written: the words `Article.wordCount` counts (`Token.isWord`).
public func articleWords(_ article: Article) -> [(text: String, span: Span)] {
  article.sentences.flatMap { sentence in
    article.tokenTexts(in: sentence.span).compactMap { token, text in token.isWord ? (text, token.span) : nil }
  }
}

/// Word frequencies of an article, most frequent first (then alphabetically).
/// - Parameters:
///   - stopWords: count the language's stop words too (`freq --all-words`).
///   - lemmas: group the inflected forms of a word (`Putin`, `Putins`) as the language's
///     inflection endings allow (`freq --lemma`).
public func wordFrequencies(in article: Article, using data: LanguageData, stopWords: Bool = false, lemmas: Bool = false) -> [WordFrequency] {
  var counts: [String: Int] = [:]
  var spellings: [String: [String: Int]] = [:]
  for (text, _) in articleWords(article) {
    let lowered = CharacterClass.lowercased(text)
    guard stopWords || (!data.stopWords.contains(lowered) && lowered.count > 1) else { continue }
    counts[lowered, default: 0] += 1
    spellings[lowered, default: [:]][text, default: 0] += 1
  }
  let groups = lemmas ? WordForms(endings: data.inflectionEndings).lemmas(of: Set(counts.keys)) : [:]
  var grouped: [String: [String]] = [:]
  for form in counts.keys { grouped[groups[form] ?? form, default: []].append(form) }
  let result = grouped.map { lemma, forms -> WordFrequency in
    let ordered = forms.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
    let spelling = spellings[ordered[0]]!.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
    // The lemma spelled as the most frequent form spells its beginning (`Putin` from `Putins`).
    let shown = forms.count == 1 ? spelling : String(spelling.prefix(lemma.count))
    return WordFrequency(word: shown, count: forms.reduce(0) { $0 + counts[$1]! }, forms: ordered)
  }
  return result.sorted { ($0.count, $1.word.lowercased()) > ($1.count, $0.word.lowercased()) }
}

/// Groups the inflected forms of words by their endings: a form whose stem is another form of
/// the text belongs to it (`putins` → `putin`), and forms that share a stem belong together
/// even when the stem itself does not occur (`reported`, `reporting` → `report`).
struct WordForms {
  /// Endings, longest first.
  let endings: [String]
  /// The shortest stem an ending may leave.
  static let shortestStem = 3

  /// The lemma of every form that has another form; forms alone are left out.
  func lemmas(of forms: Set<String>) -> [String: String] {
    // 1. A form whose stem is itself a form of the text points to it, repeatedly, to a root.
    var parent: [String: String] = [:]
    for form in forms {
      if let stem = stems(of: form).first(where: forms.contains) { parent[form] = stem }
    }
    func root(_ form: String) -> String {
      var current = form
      for _ in 0..<8 {
        guard let next = parent[current] else { break }
        current = next
      }
      return current
    }
    // 2. Roots that share their longest-ending stem are one word under that stem.
    var byStem: [String: [String]] = [:]
    for form in forms where parent[form] == nil {
      if let stem = stems(of: form).first { byStem[stem, default: []].append(form) }
    }
    var shared: [String: String] = [:]
    for (stem, roots) in byStem where roots.count > 1 {
      for form in roots { shared[form] = stem }
    }
    let lemma = Dictionary(uniqueKeysWithValues: forms.map { form in (form, shared[root(form)] ?? root(form)) })
    var sizes: [String: Int] = [:]
    for value in lemma.values { sizes[value, default: 0] += 1 }
    return lemma.filter { sizes[$0.value]! > 1 }
  }

  /// The stems a form leaves without each of the endings it has, longest ending first.
  func stems(of form: String) -> [String] {
    endings.compactMap { ending in
      form.hasSuffix(ending) && form.count - ending.count >= Self.shortestStem ? String(form.dropLast(ending.count)) : nil
    }
  }
}
