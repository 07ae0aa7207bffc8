import LedeCore

/// The analyses of articles as tidy tables, one row per item and one value per cell, each row
/// with the id of its article: what `export DIR/` writes as CSV files and `export FILE.sqlite`
/// as SQLite tables, for pandas, spreadsheets, SQL and Datasette.
struct CorpusTables {
  /// A table with the SQL type of each column.
  struct Table {
    enum Kind: String { case integer = "INTEGER", text = "TEXT", real = "REAL" }
    let name: String
    let columns: [(name: String, kind: Kind)]
    var rows: [[Value]] = []
    /// What one row is and how it is keyed, for the schema in the README and `.schema`.
    let about: String
  }

  private(set) var tables: [Table]

  /// The tables of `analyses`, each given with the id its article has in the session.
  init(_ analyses: [(id: Int, analysis: ArticleAnalysis)]) {
    var articles = Table(
      name: "articles", columns: [("article", .integer), ("name", .text), ("title", .text), ("date", .text), ("language", .text),
        ("source", .text), ("url", .text), ("sentences", .integer), ("words", .integer), ("origin", .text)],
      about: "one row per article")
    var authors = Table(name: "authors", columns: [("article", .integer), ("author", .text)], about: "one row per author of an article")
    var entities = Table(
      name: "entities", columns: [("article", .integer), ("entity", .integer), ("name", .text), ("type", .text), ("role", .text),
        ("affiliation", .text), ("mentions", .integer), ("quotes", .integer), ("first_sentence", .integer)],
      about: "one row per entity of an article; entity numbers them within it")
    var mentions = Table(
      name: "mentions", columns: [("article", .integer), ("entity", .integer), ("text", .text), ("start", .integer), ("end", .integer),
        ("sentence", .integer)],
      about: "one row per mention of an entity (offsets in Unicode code points)")
    var quotes = Table(
      name: "quotes", columns: [("article", .integer), ("quote", .integer), ("kind", .text), ("speaker", .text), ("cue", .text),
        ("text", .text), ("start", .integer), ("end", .integer), ("cue_start", .integer), ("cue_end", .integer),
        ("speaker_mention", .text), ("speaker_mention_start", .integer), ("speaker_mention_end", .integer)],
      about: "one row per quote; speaker is null when nobody is said to speak it")
    var timex = Table(
      name: "timex", columns: [("article", .integer), ("tid", .text), ("type", .text), ("value", .text), ("text", .text),
        ("start", .integer), ("end", .integer), ("approximate", .text), ("mod", .text), ("begin_point", .text), ("end_point", .text)],
      about: "one row per time expression (TIMEX3 type and value; approximate is true or false)")
    for (id, analysis) in analyses {
      let article = analysis.article
      let key = Value.int(id)
      articles.rows.append([
        key, .string(article.name), Value(article.title), Value(article.metadata.date?.description), .string(article.language.code),
        Value(article.metadata.source), Value(article.metadata.url), .int(article.sentences.count), .int(article.wordCount),
        .string(article.origin),
      ])
      authors.rows += analysis.authors.map { [key, .string($0)] }
      for (number, entity) in zip(1..., analysis.entities) {
        entities.rows.append([
          key, .int(number), .string(entity.name), .string(entity.type.rawValue), Value(entity.role), Value(entity.affiliation),
          .int(entity.count), .int(entity.quotes), .int(entity.firstSentence + 1),
        ])
        mentions.rows += entity.mentions.map { [key, .int(number), .string($0.text), .int($0.start), .int($0.end), .int($0.sentence + 1)] }
      }
      for (number, quote) in zip(1..., analysis.quotes) {
        let explanation = quote.explanation
        quotes.rows.append([
          key, .int(number), .string(quote.kind.rawValue), Value(quote.speaker), Value(quote.cue), .string(quote.text), .int(quote.start),
          .int(quote.end), Value(explanation.cueSpan?.start), Value(explanation.cueSpan?.end), Value(explanation.speakerMention),
          Value(explanation.speakerMentionSpan?.start), Value(explanation.speakerMentionSpan?.end),
        ])
      }
      for (number, time) in zip(1..., analysis.times) {
        timex.rows.append([
          key, .string("t\(number)"), .string(time.kind.rawValue), .string(time.value), .string(time.text), .int(time.span.start),
          .int(time.span.end), .string(time.approximate ? "true" : "false"), Value(time.modifier), Value(time.reach?.begin),
          Value(time.reach?.end),
        ])
      }
    }
    tables = [articles, authors, entities, mentions, quotes, timex]
  }

  /// Each table as CSV (a header, then one line per row; a missing value is an empty cell).
  func csv(raw: Bool) -> [(name: String, text: String)] {
    tables.map { table in
      let columns = table.columns.map { Column($0.name) }
      return (table.name + ".csv", CSVWriter(raw: raw).write(LedeShell.Table(columns: columns, rows: table.rows, noun: ("row", "rows"))))
    }
  }
}
