import Foundation
import Testing

@testable import LedeLanguages

/// Where lede looks for its language data: `$LEDE_DATA` alone when set (no fallback behind
/// it), else next to the binary (a build), then `../share/lede` from it (an installation).
@Suite struct DataPlacesTests {
  @Test func ledeDataIsTheOnlyPlaceWhenSet() {
    let places = LanguageResources.dataPlaces(environment: ["LEDE_DATA": "/opt/data"])
    #expect(places.map(\.path) == ["/opt/data"])
  }

  @Test func aBuildThenAnInstallationOtherwise() throws {
    let places = LanguageResources.dataPlaces(environment: [:]).map(\.path)
    #expect(places.first?.hasSuffix("lede_LedeLanguages.resources/Resources") == true)
    let executable = try #require(Bundle.main.executableURL?.resolvingSymlinksInPath())
    #expect(places.last == executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/lede").path)
  }
}
