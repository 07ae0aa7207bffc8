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
    .systemLibrary(
      name: "CICURegex", path: "Sources/CICURegex", pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]),
    // The system ICU stays behind a target without Foundation, whose own ICU clashes with it.
    .target(name: "LedeRegex", dependencies: ["CICURegex"]),
    .target(name: "LedeCore", dependencies: ["CLibXML2", "LedeRegex"]),
    .target(
      name: "LedeLanguages", dependencies: ["LedeCore"],
      resources: [.copy("Resources")]),
    .target(name: "LedeShell", dependencies: ["LedeCore", "LedeLanguages", "CLibEdit"]),
    .executableTarget(
      name: "lede",
      dependencies: ["LedeShell", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    .executableTarget(name: "lede-train-ner", dependencies: ["LedeCore", "LedeLanguages"]),
    .executableTarget(name: "lede-train-quotes", dependencies: ["LedeCore", "LedeLanguages"]),
    .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore", "LedeLanguages"]),
    // The goldens are read from the source tree by path, not bundled.
    .testTarget(name: "LedeShellTests", dependencies: ["LedeShell", "LedeCore"], exclude: ["Goldens"]),
  ]
)
