import LedeCore

/// The analysis of one or more articles as one self-contained HTML page (inline CSS and SVG, no
/// network): the annotated article, a table of names, quotes by speaker, the timeline as an
/// axis and a co-occurrence network. Sized for a projector; the markup is well-formed XML.
struct HTMLReport {
  let analyses: [ArticleAnalysis]
  /// One figure of `stats`: its key (`words_per_sentence`), its English title and its value.
  struct Statistic {
    var key: String
    var title: String
    var value: String
  }

  /// Readability and counts per article, as `stats` gives them.
  var statistics: [[Statistic]] = []
  /// The report's words per language (`report-labels.tsv`).
  var labels: [Language: ReportLabels] = [:]

  private func labels(of analysis: ArticleAnalysis?) -> ReportLabels {
    analysis.flatMap { labels[$0.article.language] } ?? ReportLabels()
  }

  func render() -> String {
    let title = analyses.count == 1 ? Self.title(of: analyses[0].article) : "\(analyses.count) articles"
    var body = analyses.count > 1 ? index() : ""
    for (index, analysis) in analyses.enumerated() {
      body += section(for: analysis, statistics: index < statistics.count ? statistics[index] : [], prefix: analyses.count == 1 ? "" : "a\(index + 1)-")
    }
    return """
      <!DOCTYPE html>
      <html lang="\(analyses.first?.article.language.code ?? "en")" xmlns="http://www.w3.org/1999/xhtml">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="lede"/>
      <title>\(HTML.escape(title)) — lede</title>
      <style>\(Self.css)</style>
      </head>
      <body>
      \(body)<footer>\(HTML.escape(labels(of: analyses.first)["footer"]))</footer>
      </body>
      </html>

      """
  }

  /// A report of several articles opens with a numbered list of them, each linked to its text.
  private func index() -> String {
    let items = analyses.enumerated().map { number, analysis in
      let date = analysis.article.metadata.date.map { " (\($0.description))" } ?? ""
      return HTML.element("li", [], HTML.element("a", [("href", "#a\(number + 1)-text")], HTML.escape(Self.title(of: analysis.article))) + HTML.escape(date))
    }
    return HTML.element("nav", [("class", "index")], HTML.element("h1", [], "\(analyses.count) articles") + "<ol>" + items.joined() + "</ol>") + "\n"
  }

  /// The article's title, else its headline, else its name.
  static func title(of article: Article) -> String {
    if let title = article.title { return title }
    if let headline = article.sentences.first(where: { $0.kind == .headline }) { return String(article.text(of: headline.span)) }
    return article.name
  }

  private func section(for analysis: ArticleAnalysis, statistics: [Statistic], prefix: String) -> String {
    let article = analysis.article
    let words = labels(of: analysis)
    var html = "<article>\n"
    html += HTML.element("h1", [], HTML.escape(Self.title(of: article))) + "\n"
    var facts: [(String, String)] = [(words["article"], article.name), (words["language"], article.language.code)]
    if let date = article.metadata.date { facts.append((words["date"], words.readable(date))) }
    if let source = article.metadata.source { facts.append((words["source"], source)) }
    if !analysis.authors.isEmpty { facts.append((words["by"], analysis.authors.joined(separator: ", "))) }
    html += HTML.element("p", [("class", "facts")], facts.map { HTML.element("span", [], "\(HTML.escape($0.0)): \(HTML.element("b", [], HTML.escape($0.1)))") }.joined(separator: " ")) + "\n"
    if !statistics.isEmpty {
      html += HTML.element("dl", [("class", "stats")], statistics.map { HTML.element("dt", [], HTML.escape(words.words["stat-" + $0.key] ?? $0.title)) + HTML.element("dd", [], HTML.escape($0.value)) }.joined()) + "\n"
    }
    let parts = ["text", "names", "quotes", "timeline", "network"]
    html += HTML.element("nav", [], parts.map { HTML.element("a", [("href", "#\(prefix)\($0)")], HTML.escape(words["nav-" + $0])) }.joined(separator: " · ")) + "\n"
    let contents = [
      legend(words) + annotatedText(analysis, words), namesTable(analysis, words), quotesBySpeaker(analysis, words),
      TimelineSVG(times: analysis.times, labels: words).render() + timelineList(analysis, words), NetworkSVG(analysis: analysis, labels: words).render() + legend(words, of: ["person", "organization", "place"]),
    ]
    for (part, content) in zip(parts, contents) {
      html += HTML.element("section", [("id", prefix + part)], HTML.element("h2", [], HTML.escape(words["heading-" + part])) + content) + "\n"
    }
    return html + "</article>\n"
  }

  /// What the colours and marks stand for: all of them above the text, the entity types below the network.
  private func legend(_ words: ReportLabels, of keys: [String] = ["person", "organization", "place", "other", "time", "quote"]) -> String {
    let classes = ["time": "t", "quote": "q"]
    return HTML.element(
      "p", [("class", "legend")], keys.map { HTML.element("span", [("class", classes[$0] ?? $0)], HTML.escape(words[$0])) }.joined(separator: " "))
  }

  /// The article's paragraphs with numbered sentences and marked spans.
  private func annotatedText(_ analysis: ArticleAnalysis, _ words: ReportLabels) -> String {
    var html = "<div class=\"text\"><p>"
    for (index, sentence) in AnnotatedText(analysis).sentences.enumerated() {
      if index > 0 && sentence.opensParagraph { html += "</p>\n<p>" }
      html += "<span class=\"n\">\(sentence.number)</span>"
      html += sentence.rendered(
        opening: { mark, _ in
          switch mark.kind {
          case .time: return "<span class=\"t\">"
          case .quote: return "<span class=\"q\">"
          default:
            // A name's canonical form as a tooltip where the text says it otherwise (Putins).
            let same = AnnotatedText.cut(sentence.text, mark.span) == mark.label
            return "<span class=\"\(mark.kind.rawValue)\"" + (same ? ">" : " title=\"\(HTML.escape(mark.label))\">")
          }
        },
        closing: { mark, _ in
          switch mark.kind {
          case .time: return "</span><sub>\(HTML.escape(mark.label))</sub>"
          case .quote: return "</span><sub>\(HTML.escape(Self.quoteLabel(mark.label, words)))</sub>"
          default: return "</span>"
          }
        },
        run: HTML.escape) + " "
    }
    return html + "</p></div>"
  }

  /// A quote's mark (`partial · Kim Jong Un`, as `Annotation.label` writes it) with its kind in
  /// the report's language (`teilweise · Kim Jong Un`).
  private static func quoteLabel(_ label: String, _ words: ReportLabels) -> String {
    let parts = label.components(separatedBy: " · ")
    return ([words[parts[0]]] + parts.dropFirst()).joined(separator: " · ")
  }

  private func namesTable(_ analysis: ArticleAnalysis, _ words: ReportLabels) -> String {
    let entities = analysis.entities.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    guard !entities.isEmpty else { return HTML.element("p", [("class", "empty")], HTML.escape(words["no-names"])) }
    let head = "<tr>" + ["name", "type", "role", "mentions", "quotes", "also"].map { "<th>\(HTML.escape(words["column-" + $0]))</th>" }.joined() + "</tr>"
    let rows = entities.map { entity in
      "<tr>" + HTML.element("td", [], HTML.element("span", [("class", entity.type.rawValue)], HTML.escape(entity.name)))
        + HTML.element("td", [], HTML.escape(words[entity.type.rawValue])) + HTML.element("td", [], HTML.escape(entity.role ?? ""))
        + HTML.element("td", [("class", "num")], String(entity.count)) + HTML.element("td", [("class", "num")], String(entity.quotes))
        + HTML.element("td", [], HTML.escape(entity.aliases.joined(separator: ", "))) + "</tr>"
    }
    return "<table><thead>\(head)</thead><tbody>\n\(rows.joined(separator: "\n"))\n</tbody></table>"
  }

  private func quotesBySpeaker(_ analysis: ArticleAnalysis, _ words: ReportLabels) -> String {
    guard !analysis.quotes.isEmpty else { return HTML.element("p", [("class", "empty")], HTML.escape(words["no-quotes"])) }
    let tallies = speakerTallies(analysis.quotes).map { (speaker: $0.speaker ?? words["speaker-unknown"], quotes: $0.quotes) }
      .sorted { ($0.quotes.count, $1.speaker) > ($1.quotes.count, $0.speaker) }
    return tallies.map { speaker, quotes in
      let items = quotes.map { quote in
        HTML.element(
          "li", [("class", quote.kind.rawValue)],
          HTML.element("q", [], HTML.escape(quote.text)) + " "
            + HTML.element("small", [], HTML.escape([words[quote.kind.rawValue], quote.cue].compactMap { $0 }.joined(separator: " · "))))
      }
      return HTML.element("h3", [], HTML.escape(speaker) + " " + HTML.element("small", [], "(\(quotes.count))")) + "\n<ul>" + items.joined() + "</ul>"
    }.joined(separator: "\n")
  }

  private func timelineList(_ analysis: ArticleAnalysis, _ words: ReportLabels) -> String {
    let ordered = timelineOrder(analysis.times)
    guard !ordered.isEmpty else { return "" }
    let rows = ordered.map { time in
      // A date as people read it beside its value, where the value is one day, month or year.
      let date = time.kind == .date && time.reach == nil ? CalendarDate(iso: time.value).map(words.readable) : nil
      return "<tr>" + HTML.element("td", [], HTML.escape(time.value + (time.approximate ? " ~" : "")))
        + HTML.element("td", [], HTML.escape(date ?? "")) + HTML.element("td", [], time.kind.rawValue)
        + HTML.element("td", [], HTML.escape(time.text)) + HTML.element("td", [], HTML.escape(time.reach?.description ?? "")) + "</tr>"
    }
    let head = ["value", "date", "type", "expression", "reach"].map { "<th>\(HTML.escape(words["column-" + $0]))</th>" }.joined()
    return "<table class=\"times\"><thead><tr>\(head)</tr></thead><tbody>\n"
      + rows.joined(separator: "\n") + "\n</tbody></table>"
  }

  /// Large type and strong contrast: the report is shown on projectors; printed, on A4 with a
  /// page per section.
  static let css = """
    body{font:20px/1.6 system-ui,"DejaVu Sans",sans-serif;color:#111;background:#fff;margin:0 auto;max-width:1150px;padding:24px 32px}
    h1{font-size:34px;line-height:1.25;margin:8px 0}h2{font-size:28px;border-bottom:3px solid #222;margin-top:48px}h3{font-size:22px;margin:24px 0 4px}
    nav{margin:12px 0 0}nav a{color:#0645ad}.facts span{margin-right:18px}
    dl.stats{display:grid;grid-template-columns:repeat(4,auto);gap:2px 18px;font-size:17px}dl.stats dt{color:#555}dl.stats dd{margin:0;font-weight:600}
    .text p{margin:0 0 18px}.n{display:inline-block;min-width:28px;margin-right:6px;font-size:15px;color:#666;text-align:right;vertical-align:1px}
    .person{background:#ffe08a;border-radius:4px;padding:0 3px}.organization{background:#9ee6f0;border-radius:4px;padding:0 3px}
    .place{background:#b5eeb0;border-radius:4px;padding:0 3px}.other{background:#f2c2ef;border-radius:4px;padding:0 3px}
    .t{border-bottom:3px solid #1f4fd1}.q{font-style:italic;background:#eeeeee}
    sub{font-size:15px;color:#444;font-style:normal;margin-left:2px}.legend span{margin-right:10px}
    table{border-collapse:collapse;width:100%;font-size:18px}th,td{border-bottom:1px solid #ccc;padding:6px 10px;text-align:left;vertical-align:top}
    td.num{text-align:right}ul{margin:0;padding-left:24px}li{margin:4px 0}li small,h3 small{color:#555}
    li.indirect q{quotes:none;font-style:italic}.empty{color:#666}
    svg{width:100%;height:auto;margin:12px 0}.axis{stroke:#222;stroke-width:3}.tick{stroke:#222;stroke-width:2}.year{font-size:18px;text-anchor:middle;fill:#222}
    .event{fill:#1f4fd1}.stem{stroke:#9aa;stroke-width:1.5}.reach{fill:#1f4fd1;opacity:.3}.label{font-size:17px;fill:#111}
    .edge{stroke:#8893a8;opacity:.75}.node{stroke:#222;stroke-width:1.5}circle.person{fill:#ffc933}circle.organization{fill:#3cc6d8}
    circle.place{fill:#5bcf52}.name{font-size:19px;fill:#111}
    footer{margin-top:48px;font-size:15px;color:#666}
    @media print{@page{size:A4;margin:14mm}body{font-size:11pt;max-width:none;padding:0}nav{display:none}
    h1{font-size:20pt}h2{font-size:16pt;margin-top:0}section{break-before:page}section:first-of-type{break-before:auto}
    table{font-size:10pt}tr,li{break-inside:avoid}svg{max-height:240mm}}
    """
}
