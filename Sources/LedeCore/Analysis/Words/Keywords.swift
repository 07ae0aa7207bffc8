import Foundation

/// A word that sets an article apart, with the evidence.
public struct Keyword: Sendable, Equatable {
  public var word: String
  /// How often the article uses it.
  public var count: Int
  /// The score the keywords are ranked by: log-likelihood (G²) against the reference, or tf-idf
  /// against the other articles.
  public var score: Double
  /// How often the reference uses it, per million words (log-likelihood only).
  public var referencePerMillion: Double?
}

/// Keywords against a reference frequency list (Dunning's log-likelihood, G²): words the article
/// uses more often than the reference, by how unlikely that is by chance. Stop words are left out.
/// - Parameters:
///   - reference: word → frequency per million words; a word it lacks counts as rarer than its
///     rarest word.
///   - referenceSize: the reference corpus size in words the per-million figures stand for.
public func keywords(
  in article: Article, using data: LanguageData, reference: [String: Double], referenceSize: Double = 1e9
) -> [Keyword] {
  let frequencies = wordFrequencies(in: article, using: data, lemmas: false)
  let size = Double(max(1, articleWords(article).count))
  let floor = (reference.values.min() ?? 1) / 2
  var found: [Keyword] = []
  for frequency in frequencies {
    let perMillion = reference[frequency.forms[0]] ?? floor
    let observed = Double(frequency.count)
    let other = perMillion / 1e6 * referenceSize
    // Only words the article over-uses are keywords.
    guard observed / size > other / referenceSize else { continue }
    let expectedHere = size * (observed + other) / (size + referenceSize)
    let expectedThere = referenceSize * (observed + other) / (size + referenceSize)
    var g2 = 2 * observed * log(observed / expectedHere)
    if other > 0 { g2 += 2 * other * log(other / expectedThere) }
    found.append(Keyword(word: frequency.word, count: frequency.count, score: g2, referencePerMillion: reference[frequency.forms[0]]))
  }
  return found.sorted { ($0.score, $1.word) > ($1.score, $0.word) }
}

/// Keywords of one article against others (tf-idf): raw count times the log of how many of the
/// articles lack the word, plus one (`log(N / df) + 1`), so that a word in every article still counts a little.
public func keywords(in article: Article, among others: [Article], using data: (Article) -> LanguageData) -> [Keyword] {
  let all = ([article] + others).map { wordFrequencies(in: $0, using: data($0)) }
  var documentFrequency: [String: Int] = [:]
  for frequencies in all {
    for form in Set(frequencies.flatMap(\.forms)) { documentFrequency[form, default: 0] += 1 }
  }
  let count = Double(all.count)
  return all[0].map { frequency in
    let idf = log(count / Double(documentFrequency[frequency.forms[0]] ?? 1)) + 1
    return Keyword(word: frequency.word, count: frequency.count, score: Double(frequency.count) * idf, referencePerMillion: nil)
  }.sorted { ($0.score, $1.word) > ($1.score, $0.word) }
}
