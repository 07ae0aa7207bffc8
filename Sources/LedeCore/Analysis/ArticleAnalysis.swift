/// Everything lede finds in one article: the input of `compare` and of reports.
public struct ArticleAnalysis: Sendable {
  public var article: Article
  public var entities: [Entity]
  public var authors: [String]
  public var quotes: [Quote]
  public var times: [TimeExpression]

  public init(article: Article, entities: [Entity], authors: [String] = [], quotes: [Quote], times: [TimeExpression]) {
    self.article = article
    self.entities = entities
    self.authors = authors
    self.quotes = quotes
    self.times = times
  }

  /// Who is quoted, with their number of quotes and of quoted words, most quoted first;
  /// quotes without a known speaker are left out.
  public var speakers: [(name: String, quotes: Int, words: Int)] {
    speakerTallies(quotes).compactMap { tally in tally.speaker.map { ($0, tally.quotes.count, tally.words) } }
      .sorted { ($0.quotes, $1.name) > ($1.quotes, $0.name) }
  }

  /// Pairs of entities named in the same sentence, with how many sentences name both.
  public var cooccurrences: [(first: String, second: String, sentences: Int)] {
    var bySentence: [Int: Set<String>] = [:]
    for entity in entities where entity.type != .other {
      for mention in entity.mentions { bySentence[mention.sentence, default: []].insert(entity.name) }
    }
    var pairs: [String: Int] = [:]
    for names in bySentence.values {
      let sorted = names.sorted()
      for (index, first) in sorted.enumerated() {
        for second in sorted[(index + 1)...] { pairs[first + "\u{1F}" + second, default: 0] += 1 }
      }
    }
    return pairs.map { key, count in
      let parts = key.split(separator: "\u{1F}").map(String.init)
      return (parts[0], parts[1], count)
    }.sorted { ($0.sentences, $1.first, $1.second) > ($1.sentences, $0.first, $0.second) }
  }
}

/// What articles share and what sets each apart.
public struct ArticleComparison: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    /// `people`, `organisations`, `places`, `quoted`, `dates`.
    public var aspect: String
    /// Values every article has (named as in the first that has them).
    public var shared: [String]
    /// Values several articles have but not all (with three or more articles).
    public var partly: [String]
    /// For each article, the values no other article has.
    public var only: [[String]]
  }

  public var rows: [Row]
}

/// Compares articles: their people, organisations and places (a name matches the same name, or
/// a person's surname alone), who is quoted in each and how much (`Putin 3/1`: quotes in the
/// first and the second), and their dates (a day overlaps the month or year it lies in).
public func compare(_ analyses: [ArticleAnalysis]) -> ArticleComparison {
  var rows: [ArticleComparison.Row] = []
  for (type, aspect) in [(EntityType.person, "people"), (.organization, "organisations"), (.place, "places")] {
    rows.append(split(analyses.map { $0.entities.filter { $0.type == type }.map(\.name) }, aspect: aspect, same: sameName))
  }
  let speakers = analyses.map(\.speakers)
  var quoted = split(speakers.map { $0.map(\.name) }, aspect: "quoted", same: sameName)
  // Quote counts in each: `Putin 3/1`.
  let counts = { (name: String) in
    speakers.map { found in String(found.first { sameName($0.name, name) }?.quotes ?? 0) }.joined(separator: "/")
  }
  quoted.shared = quoted.shared.map { "\($0) \(counts($0))" }
  quoted.partly = quoted.partly.map { "\($0) \(counts($0))" }
  quoted.only = zip(quoted.only, speakers).map { names, found in
    names.map { name in "\(name) \(found.first { $0.name == name }?.quotes ?? 0)" }
  }
  rows.append(quoted)
  rows.append(split(analyses.map(calendarDates), aspect: "dates") { $0.hasPrefix($1) || $1.hasPrefix($0) })
  return ArticleComparison(rows: rows)
}

/// The dates an article names, at the precision the text gives them (`2024-06-XXTMO` is June
/// 2024), sorted.
private func calendarDates(_ analysis: ArticleAnalysis) -> [String] {
  var seen: [String] = []
  for time in analysis.times where time.calendarStart != nil && time.reach == nil {
    var value = String(time.value.prefix { $0 != "T" })
    while value.hasSuffix("-XX") { value.removeLast(3) }
    if !seen.contains(value) { seen.append(value) }
  }
  return seen.sorted()
}

/// The same name, or a person's surname alone against the full name (`Putin`, `Wladimir Putin`).
private func sameName(_ one: String, _ two: String) -> Bool {
  if one.lowercased() == two.lowercased() { return true }
  let (short, long) = one.count < two.count ? (one, two) : (two, one)
  return !short.contains(" ") && long.lowercased().hasSuffix(" " + short.lowercased())
}

/// The values every list has, those several have, and those of each list alone, in their order;
/// a value is named as in the first list that has it.
private func split(_ lists: [[String]], aspect: String, same: (String, String) -> Bool) -> ArticleComparison.Row {
  var row = ArticleComparison.Row(aspect: aspect, shared: [], partly: [], only: lists.map { _ in [] })
  var placed: [String] = []
  for (index, list) in lists.enumerated() {
    for value in list {
      let holders = lists.indices.filter { other in other == index || lists[other].contains { same(value, $0) } }.count
      if holders == 1 {
        row.only[index].append(value)
      } else if !placed.contains(where: { same(value, $0) }) {
        placed.append(value)
        if holders == lists.count { row.shared.append(value) } else { row.partly.append(value) }
      }
    }
  }
  return row
}
