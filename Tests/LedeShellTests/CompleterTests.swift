import Foundation
import LedeShell
import Testing

@Suite struct CompleterTests {
  let test = TestShell()
  var completer: Completer { Completer(shell: test.shell) }

  @Test func commandNames() {
    #expect(completer.complete("artic").insertion == "les ")
    #expect(completer.complete("").candidates.contains("load"))
    #expect(completer.complete("info; sen").insertion == "tences ")
  }

  @Test func optionsOfTheCurrentCommand() {
    #expect(completer.complete("load x --la").insertion == "ng ")
    #expect(completer.complete("load x --lang ").candidates == ["de", "en"])
    #expect(completer.complete("sentences --").insertion == "all ")
  }

  @Test func pathsAfterLoad() {
    let root = Paths.root.path
    #expect(completer.complete("load \(root)/Examples/artic").insertion == "les/")
    #expect(completer.complete("load \(root)/Examples/articles/putin").insertion == "-kim-pjoengjang.de.txt ")
    #expect(completer.complete("info > \(root)/Package.sw").insertion == "ift ")
  }

  @Test func settingValuesAndArticleNames() {
    #expect(completer.complete("set fo").insertion == "rmat ")
    #expect(completer.complete("set format ").candidates == ["csv", "json", "markdown", "table"])
    test.run(["load \(Paths.seed)"])
    #expect(completer.complete("use pu").insertion == "tin-kim-pjoengjang ")
    #expect(completer.complete("help loa").insertion == "d ")
  }

  @Test func speakerAndEntityNamesOfTheArticle() {
    test.run(["load \(Paths.seed)"])
    let completion = completer.complete("quotes --speaker Wla")
    #expect(completion.insertion.hasPrefix("dimir"), "\(completion)")
    #expect(completer.complete("quotes --speaker ").candidates.contains("Kim Jong Un"))
  }

  /// `lede -c "…"` in bash, zsh and fish completes as TAB in the REPL does, whole words.
  @Test func commandLinesCompleteForTheShells() {
    #expect(Completer.commandLineCandidates("timel") == ["timeline"])
    #expect(Completer.commandLineCandidates("who --t") == ["who --type"])
    #expect(Completer.commandLineCandidates("who --type p") == ["who --type person", "who --type place"])
  }
}
