// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "lede",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "lede", targets: ["lede"]),
    .library(name: "LedeCore", targets: ["LedeCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibEdit", path: "Sources/CLibEdit", pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    // SQLite for `export FILE.sqlite` (Debian libsqlite3-dev).
    .systemLibrary(
      name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
    // ICU's regular expressions (Debian libicu-dev) behind a C interface without ICU types, which
    // would clash with the ICU module Foundation carries.
    .target(name: "CICURegex", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
    .target(name: "LedeCore", dependencies: ["CLibXML2", "CICURegex"]),
    .target(
      name: "LedeLanguages", dependencies: ["LedeCore"],
      resources: [.copy("Resources")]),
    .target(name: "LedeShell", dependencies: ["LedeCore", "LedeLanguages", "CLibEdit", "CSQLite"]),
    .executableTarget(
      name: "lede",
      dependencies: ["LedeShell", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(name: "lede-train-ner", dependencies: ["LedeCore", "LedeLanguages"]),
    .executableTarget(name: "lede-train-quotes", dependencies: ["LedeCore", "LedeLanguages"]),
    .target(name: "LedeFuzzTargets", dependencies: ["LedeCore", "LedeLanguages", "LedeShell"]),
    .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore", "LedeLanguages"]),
    // The goldens are read from the source tree by path, not bundled.
    .testTarget(name: "LedeShellTests", dependencies: ["LedeShell", "LedeCore", "LedeFuzzTargets", "CSQLite"], exclude: ["Goldens"]),
  ]
)

// libFuzzer's executable only links with -sanitize=fuzzer, so it is declared only when
// Scripts/fuzz builds it (LEDE_FUZZ=1); the targets it drives are built and replayed always.
if Context.environment["LEDE_FUZZ"] == "1" {
  package.targets += [
    .target(name: "CLibFuzzer"),
    .executableTarget(name: "lede-fuzz", dependencies: ["CLibFuzzer", "LedeFuzzTargets"]),
  ]
  package.products += [.executable(name: "lede-fuzz", targets: ["lede-fuzz"])]
}
