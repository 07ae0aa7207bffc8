import Foundation
import LedeCore

/// Who appears with whom: the most mentioned people, organisations and places on a circle,
/// sized by mentions and coloured by type, joined by lines as thick as the number of sentences
/// that name both.
struct NetworkSVG {
  let analysis: ArticleAnalysis
  var labels = ReportLabels()
  /// At most this many entities, the most mentioned.
  let limit = 14
  let size = 640.0

  func render() -> String {
    let chosen = analysis.entities.filter { $0.type != .other }.sorted { ($0.count, $1.name) > ($1.count, $0.name) }.prefix(limit)
    let names = chosen.map(\.name)
    let edges = analysis.cooccurrences.filter { names.contains($0.first) && names.contains($0.second) }
    guard chosen.count >= 2, !edges.isEmpty else {
      return HTML.element("p", [("class", "empty")], HTML.escape(labels["too-few-names"]))
    }
    let center = size / 2
    let radius = size / 2 - 60
    var position: [String: (x: Double, y: Double)] = [:]
    for (index, name) in names.enumerated() {
      let angle = 2 * Double.pi * Double(index) / Double(names.count) - Double.pi / 2
      position[name] = (center + radius * cos(angle), center + radius * sin(angle))
    }
    let heaviest = Double(edges.map(\.sentences).max() ?? 1)
    let most = Double(chosen.map(\.count).max() ?? 1)
    var parts: [String] = []
    for edge in edges {
      guard let a = position[edge.first], let b = position[edge.second] else { continue }
      parts.append(
        "<line x1=\"\(HTML.number(a.x))\" y1=\"\(HTML.number(a.y))\" x2=\"\(HTML.number(b.x))\" y2=\"\(HTML.number(b.y))\" "
          + "stroke-width=\"\(HTML.number(1.5 + 6 * Double(edge.sentences) / heaviest))\" class=\"edge\">"
          + HTML.element("title", [], HTML.escape("\(edge.first) – \(edge.second): \(edge.sentences) sentence(s)")) + "</line>")
    }
    for entity in chosen {
      guard let point = position[entity.name] else { continue }
      let r = 10 + 18 * sqrt(Double(entity.count) / most)
      // Labels stand outside the circle: above the top node, below the bottom one, to the right
      // on the right half and to the left on the left.
      let outward = point.x >= center
      var labelX = point.x + (outward ? r + 6 : -(r + 6))
      var labelY = point.y + 6
      var anchor = outward ? "start" : "end"
      if abs(point.x - center) < radius * 0.35 {
        labelX = point.x
        labelY = point.y < center ? point.y - r - 8 : point.y + r + 22
        anchor = "middle"
      }
      parts.append(
        "<circle cx=\"\(HTML.number(point.x))\" cy=\"\(HTML.number(point.y))\" r=\"\(HTML.number(r))\" class=\"node \(entity.type.rawValue)\">"
          + HTML.element("title", [], HTML.escape("\(entity.name) (\(labels[entity.type.rawValue]), \(labels.count(entity.count, "mention", "mentions")))")) + "</circle>")
      parts.append(
        "<text x=\"\(HTML.number(labelX))\" y=\"\(HTML.number(labelY))\" text-anchor=\"\(anchor)\" class=\"name\">"
          + HTML.escape(entity.name) + "</text>")
    }
    let attributes = [
      ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "-180 -10 \(HTML.number(size + 360)) \(HTML.number(size + 20))"), ("role", "img"),
      ("aria-label", "co-occurrence network of \(chosen.count) names"), ("class", "network"),
    ]
    return HTML.element("svg", attributes, parts.joined(separator: "\n"))
  }
}
