import LedeShell
import Testing

@Suite struct LineParserTests {
  @Test func wordsQuotesAndEscapes() throws {
    let commands = try LineParser.parse(#"load "my file.txt" 'it''s' a\ b "say \"hi\"" # comment"#)
    #expect(commands.map(\.words) == [["load", "my file.txt", "its", "a b", "say \"hi\""]])
  }

  @Test func semicolonsRedirectsAndComparisons() throws {
    let commands = try LineParser.parse("info > out.json; articles >> all.txt ; expect sentences count >= 3")
    #expect(commands.count == 3)
    #expect(commands[0].redirect == .init(path: "out.json", append: false))
    #expect(commands[1].redirect == .init(path: "all.txt", append: true))
    #expect(commands[2].words == ["expect", "sentences", "count", ">=", "3"])
  }

  @Test func hashInsideWordIsNoComment() throws {
    #expect(try LineParser.parse("load C#notes.txt").first?.words == ["load", "C#notes.txt"])
    #expect(try LineParser.parse("# only a comment").isEmpty)
    #expect(try LineParser.parse("  ;; ").isEmpty)
  }

  @Test(arguments: ["load \"unclosed", "info >", "> out.txt", "info > a b"])
  func syntaxErrors(_ line: String) {
    #expect(throws: ShellError.self) { try LineParser.parse(line) }
  }
}
