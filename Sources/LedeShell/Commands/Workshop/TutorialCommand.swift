import Foundation
import LedeCore
import LedeLanguages

/// `tutorial`: a guided exercise on the bundled seed article, step by step, in English or German.
struct TutorialCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "tutorial", abstract: "Take a guided exercise on the bundled article, step by step (English or German).",
    discussion: """
      Each step says what to type, what to look for and asks a question to answer. tutorial \
      shows the next step (the first one the first time), tutorial back the one before, \
      tutorial N step N. --lang de gives the German version (kept for later steps). It works from \
      any directory: the article ships with lede's data.
      """,
    arguments: [.init("next|back|N", .word(placeholder: "next|back|N"), help: "which step (default: the next one)", optional: true)],
    options: [.init("--lang", .choice(Language.allCases.map(\.code)), help: "the tutorial's language (default: English)")],
    examples: ["tutorial", "tutorial next", "tutorial 3", "tutorial --lang de"])

  /// The seed article as the tutorial tells the user to load it: `Examples/articles/…` in a
  /// clone of lede, else the copy shipped with lede's data (quoted if its path has a space).
  static func seedPath() throws -> String {
    let shipped = try LanguageResources.seedArticle()
    let inClone = "Examples/articles/" + shipped.lastPathComponent
    if FileManager.default.fileExists(atPath: inClone) { return inClone }
    return shipped.path.contains(" ") ? "'\(shipped.path)'" : shipped.path
  }

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let session = context.session
    if let code = arguments.value("--lang"), let language = Language(code: code) { session.tutorialLanguage = language }
    let tutorial: Tutorial
    do {
      let markdown = try LanguageResources.tutorial(for: session.tutorialLanguage)
      tutorial = Tutorial(markdown: markdown.replacingOccurrences(of: "{seed}", with: try seedPath()))
    } catch {
      throw ShellError.missingResource("the tutorial cannot be read: \(error)")
    }
    let count = tutorial.steps.count
    let wanted: Int
    // `tutorialStep` is past the last step once the tutorial was finished: next starts again,
    // back shows the last step.
    let shown = session.tutorialStep
    switch arguments[0] {
    case nil, "next": wanted = shown > count ? 1 : shown + 1
    case "back":
      guard shown != 1 else { throw ShellError.usage("this is the first step", usage: spec.usage) }
      wanted = shown == 0 ? 1 : min(shown, count + 1) - 1
    case let word?:
      guard let number = Int(word) else { throw ShellError.usage("'\(word)' is no step (next, back or a number)", usage: spec.usage) }
      wanted = number
    }
    guard (1...count).contains(wanted) else {
      if wanted > count, Int(arguments[0] ?? "") == nil {
        session.tutorialStep = count + 1
        return .message(tutorial.label("done"), json: .object([.init("done", .bool(true))]))
      }
      throw ShellError.usage("the tutorial has steps 1 to \(count)", usage: spec.usage)
    }
    session.tutorialStep = wanted
    let step = tutorial.steps[wanted - 1]
    var lines = ["\(tutorial.title)", "", "\(tutorial.label("step")) \(wanted) \(tutorial.label("of")) \(count): \(step.title)"]
    lines += step.text
    lines += step.commands.map { "  lede> " + $0 }
    if let lookFor = step.lookFor { lines.append(tutorial.label("look for") + ": " + lookFor) }
    if let question = step.question { lines.append(tutorial.label("question") + ": " + question) }
    lines.append(tutorial.label(wanted < count ? "next" : "last"))
    let json = Value.object([
      .init("step", .int(wanted)), .init("steps", .int(count)), .init("title", .string(step.title)), .init("text", Value(step.text)),
      .init("type", Value(step.commands)), .init("look_for", Value(step.lookFor)), .init("question", Value(step.question)),
    ])
    return .text(lines.joined(separator: "\n"), json: json)
  }
}
