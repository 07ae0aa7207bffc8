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

/// What two articles share and what sets each apart.
public struct ArticleComparison: Sendable, Equatable {
  public struct Row: Sendable, Equatable {
    /// `people`, `organisations`, `places`, `quoted`, `dates`.
    public var aspect: String
    public var both: [String]
    public var onlyFirst: [String]
    public var onlySecond: [String]
  }

  public var rows: [Row]
}

/// Compares two articles: their people, organisations and places (a name matches the same
/// name, or a person's surname alone), who is quoted in each and how much (`Putin 3/1`: quotes
/// in the first and the second), and their dates (a day overlaps the month or year it lies in).
public func compare(_ first: ArticleAnalysis, _ second: ArticleAnalysis) -> ArticleComparison {
  var rows: [ArticleComparison.Row] = []
  for (type, aspect) in [(EntityType.person, "people"), (.organization, "organisations"), (.place, "places")] {
    let one = first.entities.filter { $0.type == type }.map(\.name)
    let two = second.entities.filter { $0.type == type }.map(\.name)
    var row = split(one, two, same: sameName)
    row.aspect = aspect
    rows.append(row)
  }
  let firstSpeakers = first.speakers
  let secondSpeakers = second.speakers
  var quoted = split(firstSpeakers.map(\.name), secondSpeakers.map(\.name), same: sameName)
  quoted.aspect = "quoted"
  // Quote counts in each: `Putin 3/1`.
  quoted.both = quoted.both.map { name in
    let one = firstSpeakers.first { sameName($0.name, name) }?.quotes ?? 0
    let two = secondSpeakers.first { sameName($0.name, name) }?.quotes ?? 0
    return "\(name) \(one)/\(two)"
  }
  quoted.onlyFirst = quoted.onlyFirst.map { name in "\(name) \(firstSpeakers.first { $0.name == name }?.quotes ?? 0)" }
  quoted.onlySecond = quoted.onlySecond.map { name in "\(name) \(secondSpeakers.first { $0.name == name }?.quotes ?? 0)" }
  rows.append(quoted)
  // Dates at the precision the text gives them: `2024-06-XXTMO` is June 2024.
  let dates = { (analysis: ArticleAnalysis) in
    var seen: [String] = []
    for time in analysis.times where time.calendarStart != nil && time.reach == nil {
      var value = String(time.value.prefix { $0 != "T" })
      while value.hasSuffix("-XX") { value.removeLast(3) }
      if !seen.contains(value) { seen.append(value) }
    }
    return seen.sorted()
  }
  var overlapping = split(dates(first), dates(second)) { $0.hasPrefix($1) || $1.hasPrefix($0) }
  overlapping.aspect = "dates"
  rows.append(overlapping)
  return ArticleComparison(rows: rows)
}

/// The same name, or a person's surname alone against the full name (`Putin`, `Wladimir Putin`).
private func sameName(_ one: String, _ two: String) -> Bool {
  if one.lowercased() == two.lowercased() { return true }
  let (short, long) = one.count < two.count ? (one, two) : (two, one)
  return !short.contains(" ") && long.lowercased().hasSuffix(" " + short.lowercased())
}

/// Shared values (named as in the first) and those of each alone, in their order.
private func split(_ one: [String], _ two: [String], same: (String, String) -> Bool) -> ArticleComparison.Row {
  let both = one.filter { name in two.contains { same(name, $0) } }
  return ArticleComparison.Row(
    aspect: "", both: both, onlyFirst: one.filter { name in !two.contains { same(name, $0) } },
    onlySecond: two.filter { name in !one.contains { same(name, $0) } })
}
