import LedeCore

/// An article with its time expressions as TimeML 1.2 (the format of TempEval-3 and of the
/// corpora HeidelTime is measured on): the text with each expression in a `TIMEX3` element
/// (`tid`, `type`, `value`, `mod`), and the document creation time, when the article is dated,
/// in `DCT` as `functionInDocument="CREATION_TIME"`.
enum TimeMLWriter {
  static func write(_ analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    var document = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">"#,
      "<DOCID>\(HTML.escape(article.name))</DOCID>",
    ]
    if let date = article.metadata.date {
      document.append(
        #"<DCT><TIMEX3 tid="t0" type="DATE" value="\#(date)" temporalFunction="false" functionInDocument="CREATION_TIME">\#(date)</TIMEX3></DCT>"#)
    }
    document.append("<TEXT>" + marked(article, with: analysis.times) + "</TEXT>")
    document.append("</TimeML>")
    return document.joined(separator: "\n") + "\n"
  }

  /// The article's text with each time expression wrapped in its `TIMEX3` element, numbered t1,
  /// t2, … in text order; an expression that overlaps one before it is left out (TimeML does not
  /// nest them).
  private static func marked(_ article: Article, with times: [TimeExpression]) -> String {
    var result = ""
    var position = 0
    var number = 0
    for time in times.sorted(by: { $0.span.start < $1.span.start })
    where time.span.start >= position && time.span.end <= article.length && time.span.start < time.span.end {
      result += HTML.escape(article.text(of: Span(start: position, end: time.span.start)))
      number += 1
      var attributes = #"tid="t\#(number)" type="\#(time.kind.rawValue)" value="\#(HTML.escape(time.value))""#
      if let modifier = time.modifier { attributes += #" mod="\#(HTML.escape(modifier))""# }
      result += "<TIMEX3 \(attributes)>" + HTML.escape(article.text(of: time.span)) + "</TIMEX3>"
      position = time.span.end
    }
    return result + HTML.escape(article.text(of: Span(start: position, end: article.length)))
  }
}
