import Foundation
import LedeFuzzTargets
import Testing

/// Every seed of the fuzz corpus and every input fuzzing once crashed or hung lede with
/// (`Tests/Fuzz/regressions/TARGET/`), run again through the same fuzz targets `Scripts/fuzz`
/// drives: each must end, without a crash.
@Suite struct FuzzReplayTests {
  static let inputs: [(target: FuzzTarget, file: String)] = FuzzTarget.allCases.flatMap { target in
    ["corpus", "regressions"].flatMap { folder in
      let directory = Paths.root.appendingPathComponent("Tests/Fuzz/\(folder)/\(target.rawValue)").path
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      return files.filter { !$0.hasPrefix(".") }.sorted().map { (target, directory + "/" + $0) }
    }
  }

  @Test func everyTargetHasSeeds() {
    for target in FuzzTarget.allCases {
      #expect(Self.inputs.filter { $0.target == target }.count >= 5, "\(target) has too few seeds")
    }
  }

  @Test(arguments: Self.inputs.map { "\($0.target.rawValue):\($0.file)" })
  func inputEndsCleanly(_ input: String) throws {
    let parts = input.split(separator: ":", maxSplits: 1)
    let target = try #require(FuzzTarget(rawValue: String(parts[0])))
    let bytes = try #require(FileManager.default.contents(atPath: String(parts[1])))
    target.run([UInt8](bytes))
  }
}
