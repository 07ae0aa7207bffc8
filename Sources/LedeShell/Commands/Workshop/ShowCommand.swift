import LedeCore

/// `show`: the article with its names, quotes and time expressions marked.
struct ShowCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "show", abstract: "Show the article with names, quotes and time expressions marked, sentence by sentence.",
    discussion: """
      Names are coloured by type (person, organisation, place, other), time expressions \
      underlined with their value, quotes in italics followed by kind and speaker; sentence \
      numbers stand in the margin, and lines are wrapped to the terminal. Without colour \
      (NO_COLOR, pipes, set color off) marks are brackets with labels: [Putin]PER, \
      {Mittwoch|2024-06-19}, [[…]](direct · Wladimir Putin). Long output on a terminal goes \
      through $PAGER (default less -R; set pager off to turn it off). N shows one sentence, \
      N-M a range. JSON gives every sentence with its marks and their offsets.
      """,
    arguments: [.init("N|N-M|all", .word(placeholder: "N|N-M|all"), help: "a sentence, a range of them, or all (the default)", optional: true)],
    examples: ["show", "show 3", "show 1-5", "show all", "show 1 --article 1"], scope: .article(needs: [.entities, .quotes, .times]))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let analysis = try context.session.analysis()
    let range = try Self.range(arguments[0], count: analysis.article.sentences.count)
    return .annotated(AnnotatedText(analysis, range: range))
  }

  /// The sentences (from 0) that `N`, `N-M` or `all` names.
  static func range(_ argument: String?, count: Int) throws -> ClosedRange<Int> {
    guard let argument, argument != "all" else { return 0...max(0, count - 1) }
    let parts = argument.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    guard (1...2).contains(parts.count), let first = parts[0], let last = parts[parts.count - 1], first >= 1, first <= last else {
      throw ShellError.usage("'\(argument)' is no sentence number or range (like 3 or 2-5)", usage: spec.usage)
    }
    guard first <= count else { throw ShellError.usage("the article has \(count) sentences, not \(first)", usage: spec.usage) }
    return (first - 1)...(min(last, count) - 1)
  }
}
