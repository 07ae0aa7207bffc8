/// A guided exercise read from `tutorial.md`: steps under `## ` headings, each with prose,
/// `type:` lines (commands to run), `look for:` and `question:`; `label NAME: TEXT` lines before
/// the steps give the words the shell shows around them (`step`, `of`, `look for`, `question`,
/// `next`, `last`), in the tutorial's language.
struct Tutorial: Equatable {
  struct Step: Equatable {
    var title: String
    var text: [String] = []
    var commands: [String] = []
    var lookFor: String?
    var question: String?
  }

  var title: String
  var steps: [Step]
  var labels: [String: String] = [:]

  /// The label `name`, or `name` itself.
  func label(_ name: String) -> String { labels[name] ?? name }

  init(markdown: String) {
    var title = ""
    var steps: [Step] = []
    for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("<!--") || line.isEmpty { continue }
      if line.hasPrefix("## ") {
        steps.append(Step(title: String(line.dropFirst(3))))
      } else if line.hasPrefix("# ") {
        title = String(line.dropFirst(2))
      } else if steps.isEmpty, line.hasPrefix("label "), let colon = line.firstIndex(of: ":") {
        labels[String(line[line.index(line.startIndex, offsetBy: 6)..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      } else if !steps.isEmpty {
        if line.hasPrefix("type: ") {
          steps[steps.count - 1].commands.append(String(line.dropFirst(6)))
        } else if line.hasPrefix("look for: ") {
          steps[steps.count - 1].lookFor = String(line.dropFirst(10))
        } else if line.hasPrefix("question: ") {
          steps[steps.count - 1].question = String(line.dropFirst(10))
        } else {
          steps[steps.count - 1].text.append(line)
        }
      }
    }
    self.title = title
    self.steps = steps
  }
}
