import Foundation
import LedeCore
import LedeLanguages

/// Trains lede's entity tagger for one language from the shared annotated corpora and writes
/// the model lede ships. Run through `Scripts/train-ner`, which documents the data used.
///
///     lede-train-ner LANGUAGE DATA_DIR RESOURCES_DIR [--seed N] [--holdout N --errors FILE]
///
/// `--seed` shuffles with another seed than the shipped models' (for measuring how much a
/// change moves the dev score beyond what the seed alone does). `--holdout N` leaves the last N
/// sentences of the core training set (GermEval 2014 train, CoNLL-2003 `eng.train`) out of
/// training and writes, with `--errors`, what the tagger made of each of their names: an error
/// study on sentences it never saw that reads no dev sentence. Give such runs a copy of the
/// resources: the model is written as always.
let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let seed = option("--seed").flatMap(UInt64.init)
let heldOutCount = option("--holdout").flatMap(Int.init)
let errorsPath = option("--errors")
let optionsGiven = [seed != nil, heldOutCount != nil, errorsPath != nil].filter { $0 }.count
guard arguments.count == 4 + 2 * optionsGiven, (heldOutCount == nil) == (errorsPath == nil),
  let language = Language(code: arguments[1])
else {
  FileHandle.standardError.write(Data("usage: lede-train-ner de|en DATA_DIR RESOURCES_DIR [--seed N] [--holdout N --errors FILE]\n".utf8))
  exit(64)
}
let data = URL(fileURLWithPath: arguments[2])
let resources = URL(fileURLWithPath: arguments[3])

do {
  try LanguageResources.requireCatalog()
  try RegionList.write(language, to: resources)
  var parts = try TrainingCorpus.parts(for: language, in: data)
  var heldOut: [PerceptronTrainer.Sentence] = []
  if let heldOutCount {
    (parts[0], heldOut) = parts[0].holdingOut(last: heldOutCount)
    print("  held out: the last \(heldOut.count) sentences of \(parts[0].source)")
  }
  for part in parts {
    print(String(format: "  %@: %d sentences, counted %g times", part.source, part.sentences.count, part.weight))
  }
  let clusters = try EntityResources.clusters(for: language, in: resources)
  let corpus = parts.flatMap { $0.sentences(inContext: clusters) }
  print("\(language.code): \(corpus.count) sentences, \(corpus.reduce(0) { $0 + $1.words.count }) tokens")
  let gazetteer = try EntityResources.gazetteer(for: language, in: resources)
  print("\(language.code): \(clusters.count) words with a cluster path")
  let templates = TrainingCorpus.templates(for: language)
  let features = EntityFeatures(gazetteer: gazetteer, clusters: clusters, templates: templates)
  print("\(language.code): optional feature templates \(templates.rawValue)")
  var trainer = PerceptronTrainer(features: features)
  trainer.epochs = TrainingCorpus.epochs(for: language)
  trainer.update = TrainingCorpus.update
  if let seed { trainer.seed = seed }
  trainer.pruneBelow = TrainingCorpus.pruneBelow(for: language)
  trainer.missCosts = TrainingCorpus.missCosts(for: language)
  for (type, cost) in trainer.missCosts.sorted(by: { $0.key < $1.key }) {
    print("\(language.code): a missed \(type.rawValue) name costs \(cost)")
  }
  let started = Date()
  let model = trainer.train(corpus) { epoch, wrong in
    print("epoch \(epoch): \(wrong) sentences wrong (\(Int(Date().timeIntervalSince(started))) s)")
  }
  let bytes = model.serialized()
  let output = resources.appendingPathComponent("\(language.code)/entities.model")
  try Data(bytes).write(to: output)
  try Data(gazetteer.serialized()).write(to: resources.appendingPathComponent("\(language.code)/entities.gazetteer"))
  print("wrote \(output.path): \(model.featureCount) features, \(bytes.count / 1024) KiB")
  // The model as lede reads it back, for the error study and the dev score.
  let tagger = EntityTagger(model: try EntityModel(bytes: bytes), features: features)
  if let errorsPath {
    let entries = HeldOutStudy.entries(of: tagger, on: heldOut)
    try entries.map(\.line).joined(separator: "\n").write(toFile: errorsPath, atomically: true, encoding: .utf8)
    print("held-out names by type (wrote \(errorsPath)):")
    HeldOutStudy.summary(of: entries).forEach { print($0) }
  }
  let dev = language == .english ? ("eng.testa", TrainingData.Format.conll2003) : ("NER-de-dev.tsv", .germEval)
  let devPath = data.deletingLastPathComponent().appendingPathComponent("dev/\(dev.0)").path
  if FileManager.default.fileExists(atPath: devPath) {
    let (sentences, marked) = try TrainingData.documents(in: devPath, format: dev.1)
    // A file that marks no documents is read sentence by sentence.
    var parts = [("", marked ? sentences : sentences.joined().map { [$0] })]
    if language == .german {
      let wikipedia = try TrainingData.isWikipediaSentence(in: devPath)
      let all = Array(sentences.joined())
      if wikipedia.count == all.count {
        parts.append((" news", zip(all, wikipedia).filter { !$0.1 }.map { [$0.0] }))
        parts.append((" Wikipedia", zip(all, wikipedia).filter { $0.1 }.map { [$0.0] }))
      }
    }
    for (name, part) in parts {
      let scores = Evaluation.scores(of: tagger, on: part)
      print("dev\(name), \(part.joined().count) sentences (gold tokens, exact span and type):")
      for type in [nil] + EntityType.allCases.map(Optional.some) {
        let score = scores[type]!
        print(String(format: "  %-12@ P %.3f R %.3f F1 %.3f", type?.rawValue ?? "all", score.p, score.r, score.f1))
      }
    }
  }
} catch {
  FileHandle.standardError.write(Data("lede-train-ner: \(error)\n".utf8))
  exit(1)
}
