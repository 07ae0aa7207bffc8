import Testing

@testable import LedeCore

/// `who`'s quote counts: a quote belongs to the first entity whose name or alias its speaker
/// is, else to the first person whose last name the speaker's is.
@Suite struct QuoteCountTests {
  private static func entity(_ name: String, _ type: EntityType, aliases: [String] = []) -> Entity {
    Entity(name: name, type: type, mentions: [], aliases: aliases)
  }

  private static func quote(by speaker: String?, _ kind: Quote.Kind = .direct) -> Quote {
    Quote(text: "…", speaker: speaker, cue: nil, kind: kind, span: Span(start: 0, end: 1), explanation: Explanation(rule: ""))
  }

  @Test func quotesGoToNamesAliasesAndLastNames() {
    var report = EntityReport(
      entities: [
        Self.entity("Nordkorea", .place), Self.entity("Kim Jong Un", .person, aliases: ["Kim"]),
        Self.entity("KCNA", .organization), Self.entity("Kim", .organization), Self.entity("Rachel Minyoung Lee", .person),
      ],
      authors: [])
    let speakers: [String?] = ["Kim Jong Un", "Kim", "KCNA", "Analystin Lee", "Lee", "Unbekannt", nil]
    report.countQuotes(speakers.map { Self.quote(by: $0) } + [Self.quote(by: "KCNA", .scare)])
    #expect(report.entities.map(\.quotes) == [0, 2, 1, 0, 2])
    #expect(report.entityIndex(named: "Kim") == 1 && report.entityIndex(named: "Lee") == 4 && report.entityIndex(named: "Seoul") == nil)
  }
}
