import Foundation
import LedeShell
import Testing

/// Every command is declared completely, and the help, README and examples agree with the
/// declarations.
@Suite struct CommandDeclarationTests {
  @Test(arguments: Commands.all.map { $0.spec.name })
  func commandIsFullyDeclared(_ name: String) throws {
    let spec = try #require(Commands.all.first { $0.spec.name == name }).spec
    #expect(!spec.abstract.isEmpty && spec.abstract.hasSuffix("."))
    #expect(!spec.examples.isEmpty)
    #expect(spec.options.allSatisfy { $0.name.hasPrefix("--") && !$0.help.isEmpty })
    for example in spec.examples {
      #expect(example.hasPrefix(spec.name + " ") || example == spec.name, "\(name) example '\(example)'")
      #expect(throws: Never.self) { try LineParser.parse(example) }
    }
  }

  @Test func namesAndAliasesAreUnique() {
    let names = Commands.all.flatMap { [$0.spec.name] + $0.spec.aliases }
    #expect(Set(names).count == names.count)
  }

  @Test func readmeListsEveryCommand() throws {
    let readme = try String(contentsOf: Paths.root.appendingPathComponent("README.md"), encoding: .utf8)
    for command in Commands.all {
      let usage = command.spec.usage.replacingOccurrences(of: "|", with: "\\|")
      #expect(readme.contains("| `\(usage)` | \(command.spec.abstract) |"), "README lacks \(command.spec.name)")
    }
  }

  @Test func everyCommandAppearsInAnExampleScript() throws {
    let folders = ["Examples/scripts", "Examples/workshop"].map { Paths.root.appendingPathComponent($0) }
    let scripts = try folders.flatMap { folder in
      try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".lede") }.map { folder.appendingPathComponent($0) }
    }
    let words = try scripts.flatMap { script in
      try String(contentsOf: script, encoding: .utf8)
        .split(whereSeparator: { $0 == "\n" || $0 == ";" || $0 == "'" }).compactMap { $0.split(separator: " ").first.map(String.init) }
    }
    for command in Commands.all where command.spec.name != "quit" {
      #expect(words.contains(command.spec.name), "no example script uses \(command.spec.name)")
    }
  }
}
