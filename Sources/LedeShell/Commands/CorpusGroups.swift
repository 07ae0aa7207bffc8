import LedeCore

/// The rows of every article's table grouped by what names one thing across the corpus (an
/// entity's name and type, a speaker): the articles each appears in, its counts added up, and
/// its most frequent value of other fields (a role). `who --all` and `speakers --all` show them.
struct CorpusGroups {
  /// One thing over the articles whose rows name it.
  struct Group {
    let key: [Value]
    var articles: [Session.LoadedArticle] = []
    var sums: [String: Int] = [:]
    var values: [String: [String: Int]] = [:]

    /// The value of `field` most rows gave (ties: the first alphabetically).
    func mostFrequent(_ field: String) -> String? {
      values[field]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The dates of the first and last dated article naming it.
    var dates: (first: String?, last: String?) {
      let dated = articles.compactMap(\.article.metadata.date).sorted()
      return (dated.first?.description, dated.last?.description)
    }

    /// The first date, `~` (after every date) when no article is dated.
    var firstDate: String { dates.first ?? "~" }
  }

  private(set) var groups: [Group] = []

  /// Groups the rows of `parts` by the values of `keys`, adding up the integers of `summed`
  /// and counting the strings of `counted`.
  init(_ parts: [ArticleScope.Part], by keys: [String], summing summed: [String], counting counted: [String] = []) {
    var index: [String: Int] = [:]
    for part in parts {
      guard case .table(let table) = part.output else { continue }
      // Each field's column, looked up once per table rather than once per row.
      let column = { (key: String) in table.columns.firstIndex { $0.key == key } }
      let keyColumns = keys.map(column)
      let sumColumns = summed.map { ($0, column($0)) }
      let countColumns = counted.map { ($0, column($0)) }
      for row in table.rows {
        let key = keyColumns.map { $0.map { row[$0] } ?? .null }
        let name = key.map(\.plainText).joined(separator: "\u{1F}")
        let position = index[name] ?? {
          groups.append(Group(key: key))
          index[name] = groups.count - 1
          return groups.count - 1
        }()
        if groups[position].articles.last?.id != part.article.id { groups[position].articles.append(part.article) }
        for (field, place) in sumColumns {
          if let place, case .int(let number) = row[place] { groups[position].sums[field, default: 0] += number }
        }
        for (field, place) in countColumns {
          if let place, case .string(let text) = row[place], !text.isEmpty { groups[position].values[field, default: [:]][text, default: 0] += 1 }
        }
      }
    }
  }

  /// The columns every grouped table ends with: article count, first and last date, names.
  static let articleColumns = [
    Column("articles", alignment: .right), Column("first_date", title: "first"), Column("last_date", title: "last"),
    Column("article_names", title: "in", visibility: .jsonOnly),
  ]

  /// The values of `articleColumns` for `group`.
  static func articleValues(of group: Group) -> [Value] {
    [.int(group.articles.count), Value(group.dates.first), Value(group.dates.last), .array(group.articles.map { .string($0.article.name) })]
  }
}
