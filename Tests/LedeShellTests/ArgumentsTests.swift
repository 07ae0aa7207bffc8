import LedeShell
import Testing

@Suite struct ArgumentsTests {
  let spec = CommandSpec(
    name: "demo", abstract: "A demo.",
    arguments: [.init("PATH", .path, help: "paths", repeats: true)],
    options: [
      .init("--date", .date, help: "a date"), .init("--lang", .choice(["de", "en"]), help: "a language"),
      .init("--all", short: "-a", help: "a flag"), .init("--top", .integer(placeholder: "N"), help: "a number"),
    ],
    examples: ["demo x"])

  @Test func bindsPositionalsOptionsAndFlags() throws {
    let arguments = try Arguments(["a.txt", "--date", "2024-06-19", "-a", "--lang=de", "b.txt", "--top", "3"], for: spec)
    #expect(arguments.positionals == ["a.txt", "b.txt"])
    #expect(arguments.value("--date") == "2024-06-19")
    #expect(arguments.value("--lang") == "de")
    #expect(arguments.flag("--all"))
    #expect(arguments.integer("--top") == 3)
    #expect(try Arguments(["--", "--all"], for: spec).positionals == ["--all"])
    #expect(try Arguments(["-"], for: spec).positionals == ["-"])
  }

  @Test func explainsMistakes() {
    func message(_ words: [String]) -> String {
      do {
        _ = try Arguments(words, for: spec)
        return ""
      } catch { return "\(error)" }
    }
    #expect(message([]).hasPrefix("'demo' needs PATH"))
    #expect(message(["x", "--dat", "2024"]).hasPrefix("unknown option '--dat' for 'demo' — did you mean '--date'?"))
    #expect(message(["x", "--lang", "fr"]).hasPrefix("invalid value 'fr' for --lang (expected de or en)"))
    #expect(message(["x", "--date", "June"]).hasPrefix("invalid date 'June'"))
    #expect(message(["x", "--top", "many"]).hasPrefix("--top must be a whole number"))
    #expect(message(["x", "--date"]).hasPrefix("option '--date' needs a value"))
    #expect(message(["x", "--all=yes"]).hasPrefix("option '--all' takes no value"))
    #expect(message(["x"]).isEmpty)
  }

  @Test func usageComesFromTheDeclaration() {
    #expect(spec.usage == "demo PATH... [--date YYYY-MM-DD] [--lang de|en] [--all] [--top N]")
  }
}
