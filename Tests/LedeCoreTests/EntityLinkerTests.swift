import Testing

@testable import LedeCore

/// How the linker finds a person again by part of the name.
@Suite struct EntityLinkerTests {
  /// A person's name of several words is found again by its first and its last words: each
  /// run of them from either end, once, never the whole name.
  @Test func theOuterPartsOfANameAreItsFirstAndLastWords() {
    #expect(EntityLinker.outerParts(of: ["Kim", "Jong", "Un"]) == ["Kim", "Kim Jong", "Jong Un", "Un"])
    #expect(EntityLinker.outerParts(of: ["Anna", "Berg"]) == ["Anna", "Berg"])
    #expect(EntityLinker.outerParts(of: ["A", "B", "A"]) == ["A", "A B", "B A"])
  }
}
