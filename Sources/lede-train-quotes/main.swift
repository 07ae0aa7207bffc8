import Foundation
import LedeCore
import LedeLanguages

/// Trains lede's quote models for one language from the annotated corpora and writes the models
/// lede ships; prints the dev score reached. Run through `Scripts/train-quotes`.
///
///     lede-train-quotes LANGUAGE TRAIN.jsonl DEV.jsonl RESOURCES_DIR [--epochs N] [--seed N]
///       [--tuned IDS_FILE] [--speaker-helper LANGUAGE=TRAIN.jsonl] [--holdout N | --fold K/N] [--errors FILE]
let arguments = CommandLine.arguments
guard arguments.count >= 5, let language = Language(code: arguments[1]) else {
  FileHandle.standardError.write(Data("usage: lede-train-quotes de|en TRAIN.jsonl DEV.jsonl RESOURCES_DIR [--epochs N] [--seed N] [--tuned IDS] [--speaker-helper LANG=TRAIN] [--holdout N | --fold K/N] [--errors FILE]\n".utf8))
  exit(64)
}
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let epochs = option("--epochs").flatMap(Int.init) ?? QuoteTraining.epochs
let seed = option("--seed").flatMap(UInt64.init) ?? QuoteTraining.seed

do {
  try LanguageResources.requireCatalog()
  let started = Date()
  var train = try AnnotatedCorpus.read(arguments[2], language: language)
  var dev = try AnnotatedCorpus.read(arguments[3], language: language, detectLanguage: true)
  // For studying errors: the last N training articles stand in for dev (never for shipping).
  if let held = option("--holdout").flatMap(Int.init) {
    dev = Array(train.suffix(held))
    train = Array(train.dropLast(held))
  }
  // Cross-validation: the K-th of N runs of training articles (K from 0) stands in for dev.
  if let fold = option("--fold") {
    let parts = fold.split(separator: "/").compactMap { Int($0) }
    guard parts.count == 2, let folds = Folds(count: parts[1]), (0..<folds.count).contains(parts[0]), option("--holdout") == nil else {
      FileHandle.standardError.write(Data("lede-train-quotes: --fold takes K/N with 0 <= K < N and N >= 2, without --holdout; not \(fold)\n".utf8))
      exit(64)
    }
    (train, dev) = folds.split(train, holdingOut: parts[0])
  }
  print("\(language.code): \(train.count) training articles, \(train.reduce(0) { $0 + $1.quotes.count }) quotes; \(dev.count) dev articles (\(Int(Date().timeIntervalSince(started))) s)")
  let data = LanguageResources.catalog[language]
  var helpers: [(AnnotatedArticle, LanguageData)] = []
  if let helper = option("--speaker-helper") {
    let parts = helper.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let other = Language(code: parts[0]) else {
      FileHandle.standardError.write(Data("lede-train-quotes: --speaker-helper takes de=FILE or en=FILE, not \(helper)\n".utf8))
      exit(64)
    }
    helpers = try AnnotatedCorpus.read(parts[1], language: other).map { ($0, LanguageResources.catalog[other]) }
    print("speakers learnt from \(helpers.count) \(other.code) training articles as well")
  }
  let models = QuoteTraining(data: data, epochs: epochs, seed: seed).train(on: train, speakerHelpers: helpers) { print($0) }
  let tuned = Set(try option("--tuned").map { try String(contentsOfFile: $0, encoding: .utf8) }?.split(separator: "\n").map(String.init) ?? [])
  for (name, part) in [("dev", dev), ("dev tuned", dev.filter { tuned.contains($0.id) }), ("dev rest", dev.filter { !tuned.contains($0.id) })]
  where !part.isEmpty && (name == "dev" || !tuned.isEmpty) {
    var evaluation = QuoteScores()
    for article in part { evaluation.add(quotes(in: article.article, using: data, entities: article.entities, models: models), for: article) }
    print("\(name) (\(part.count) articles): \(evaluation.summary)")
    if name == "dev" {
      var checker = TrainingDecider(training: [], fixed: models)
      checker.study.recordsErrors = option("--errors") != nil
      for article in part {
        checker.begin(article, pronouns: data.speakerPronouns)
        _ = quotes(in: article.article, using: data, entities: article.entities, decider: &checker)
        checker.finish()
      }
      if let path = option("--errors") { try checker.study.errors.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8) }
      print("dev speaker decisions: " + checker.study.tally.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
    }
  }
  let folder = URL(fileURLWithPath: arguments[4]).appendingPathComponent(language.code)
  for step in QuoteChoice.Step.allCases {
    let bytes = models[step].serialized()
    try Data(bytes).write(to: folder.appendingPathComponent(QuoteResources.fileName(of: step)))
    print("wrote \(language.code)/\(QuoteResources.fileName(of: step)): \(models[step].featureCount) features, \(bytes.count / 1024) KiB")
  }
  print("done in \(Int(Date().timeIntervalSince(started))) s")
} catch {
  FileHandle.standardError.write(Data("lede-train-quotes: \(error)\n".utf8))
  exit(1)
}
