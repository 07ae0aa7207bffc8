import Foundation
import LedeCore

/// Which annotated sentences each language's tagger learns from, and how much each counts.
///
/// English: CoNLL-2003 `eng.train` (Reuters news, 1996).
/// German, GermEval 2014's train split at the core, the other sets chosen and weighed by dev F1
/// (gold tokens, `lede-train-ner` prints it):
/// - GermEval 2014 train (news and Wikipedia, 24,000 sentences), counted ten times: alone it
///   lifts dev F1 from 0.645 to 0.739; counted once with the sets below 0.725, three times 0.738,
///   six times 0.745, ten times 0.747;
/// - the Wikipedia part of GermEval 2014 test, counted five times;
/// - CoNLL-2003 German news (Frankfurter Rundschau 1992), `train`, `testa` and `testb`, without
///   its `MISC` labels (see `withoutMisc`), counted twice (0.750; five times 0.746; `testa` and
///   `testb` alone five times 0.747);
/// - SmartData (business news, RSS items and tweets of 2015-16), counted once, its words outside
///   names read as "other" names where the model likes that best, since it marks none (dev F1 on
///   gold tokens 0.754 → 0.755, in lede's pipeline 0.796 → 0.800, organisation recall 0.64 → 0.67;
///   with its unmarked words taken as outside names 0.749 and 0.793, "other" recall 0.61 → 0.56;
///   counted 3 times 0.754 / 0.794, half 0.752; without the tweets 0.753 / 0.796);
/// - EuroParl (both annotations): parliament debates, counted half;
/// - HIPE-2020: historical newspapers with OCR errors, counted a fifth;
/// - German court decisions: 80% of all tokens and not news, so only every fiftieth sentence is
///   used, counted 0.3.
enum TrainingCorpus {
  /// How many passes over the training sentences each language's tagger makes, chosen by
  /// means of eight training orders (`Scripts/measure-ner`, mention / document F1). English
  /// keeps learning past ten: 10 0.9102 / 0.9017, 14 0.9108 / 0.9032 (four orders), 20 0.9116 /
  /// 0.9051, 30 0.9113 / 0.9050 and 40 0.9107 / 0.9042 (four orders); on the last 2,000
  /// sentences of `eng.train` held out, names found 0.782 -> 0.794 at 20 (four orders). German,
  /// whose GermEval sentences count ten times, loses at 20: 0.8263 / 0.8305 -> 0.8190 / 0.8240.
  static func epochs(for language: Language) -> Int {
    language == .english ? 20 : 10
  }

  /// Passive-aggressive updates against a decoding that counts each wrong label 1 (means of four
  /// training orders, `Scripts/measure-ner`, mention / document F1): German 0.822 / 0.826 ->
  /// 0.828 / 0.832, English 0.904 / 0.896 -> 0.907 / 0.900, against the perceptron's updates. A
  /// cap of 0.03 or 0.1 is no better in English and worse in German; 0.005 better in German
  /// (0.830), worse in English (0.900); without the counted wrong labels, English 0.904 (0.01) and 0.906 (0.001).
  static let update = WeightUpdate.passiveAggressive(cap: 0.01)

  /// What a wrong label costs in the tagger's margin where the gold name is of a type (1 unless
  /// given). German "other" names (titles, products, events) are rare and varied, and the tagger
  /// learned to leave them out: recall 0.596 at precision 0.842. Costing their misses more moves
  /// it along a flat F1 curve (four orders, `Scripts/measure-ner`, "other" R / P / F1 and
  /// mention F1): 2: 0.617 / 0.800 / 0.697, 0.826; 3: 0.633 / 0.782 / 0.700, 0.827; 4: 0.642 /
  /// 0.767 / 0.699, 0.825; 5: 0.650 / 0.762 / 0.701, 0.826; 6: 0.652 / 0.737 / 0.692, 0.828; 10:
  /// 0.669 / 0.709 / 0.688, 0.825 (1: 0.596 / 0.842 / 0.698, 0.828). 5 is the least cost at which
  /// "other" recall reaches the 0.65 issue 17 asks for with "other" F1 kept (mention F1 0.002
  /// lower, within the spread of one order). On the Wikipedia half of GermEval 2014 dev, which
  /// the pipeline score does not read (gold tokens, four orders), "other" R / P / F1 go 0.322 /
  /// 0.519 / 0.398 to 0.369 / 0.445 / 0.403, all names' F1 0.732 to 0.727. English loses with
  /// any cost (an earlier session: 0.907 at 1).
  static func missCosts(for language: Language) -> [EntityType: Float] {
    language == .german ? [.other: 5] : [:]
  }

  /// Features whose weights all stay below this are left out: a smaller model is faster to read
  /// and consult. German weights are large (GermEval counts ten times): 4 keeps 124,000 of its
  /// 159,000 features at 1 with the same dev F1 (8: 0.001 less); English loses accuracy above 0.5.
  static func pruneBelow(for language: Language) -> Float {
    language == .german ? 4.0 : 0.5
  }

  /// The optional feature templates each language's model weighs, chosen by dev score (mean of
  /// four training seeds, mention F1 / document F1 of `score_entities.py`). Names in a list
  /// (`listedNames`): English .8822 / .8830 → .8853 / .8863, better with every seed; German
  /// .8003 / .8038 → .7966 / .8000 over three seeds, so German goes without. What the rest of
  /// the article says about a word (`documentContext`, learned from CoNLL-2003's documents):
  /// English .9067 / .8995 → .9105 / .9018 (four orders, every order .910 or better). German
  /// goes without: GermEval 2014 marks no documents, and its dev split's articles are sentences
  /// of different articles put together, so a gain could not be measured.
  static func templates(for language: Language) -> EntityFeatures.Templates {
    language == .english ? [.listedNames, .documentContext] : []
  }

  /// One annotated file as the tagger learns from it: its sentences and how much each counts.
  struct Part {
    let source: String
    let weight: Float
    let sentences: [PerceptronTrainer.Sentence]
    /// The sentences of each document, where the file marks documents.
    var documents: [Range<Int>] = []

    /// Its sentences, each with what the rest of its document says about its words (where the
    /// file marks documents); `clusters` are the language's word clusters.
    func sentences(inContext clusters: WordClusters) -> [PerceptronTrainer.Sentence] {
      guard !documents.isEmpty else { return sentences }
      return documents.flatMap { range in
        let context = EntityFeatures.DocumentContext(sentences: sentences[range].map(\.words), clusters: clusters)
        return sentences[range].map {
          PerceptronTrainer.Sentence(words: $0.words, labels: $0.labels, weight: $0.weight, unannotated: $0.unannotated, document: context)
        }
      }
    }

    /// The part without its last `count` sentences (its documents cut to those left), and
    /// those sentences.
    func holdingOut(last count: Int) -> (part: Part, heldOut: [PerceptronTrainer.Sentence]) {
      let kept = max(0, sentences.count - count)
      let cut = documents.map { $0.clamped(to: 0..<kept) }.filter { !$0.isEmpty }
      return (Part(source: source, weight: weight, sentences: Array(sentences[..<kept]), documents: cut), Array(sentences[kept...]))
    }
  }

  static func parts(for language: Language, in data: URL) throws -> [Part] {
    switch language {
    case .english:
      return [try read(data, "eng.train", .conll2003)]
    case .german:
      let extra = "de-extra/"
      var result = [
        try read(data, "germeval2014/NER-de-train.bio.tsv", .bio, weight: 10),
        try read(data, "NER-de-test-wikipedia-part.tsv", .germEval, weight: 5),
      ]
      for split in ["train", "testa", "testb"] {
        let part = try read(data, extra + "conll2003-de/\(split).tsv", .bio, weight: 2)
        result.append(Part(source: part.source + " (MISC as O)", weight: part.weight, sentences: part.sentences.map(withoutMisc)))
      }
      result.append(try smartData(data))
      for split in ["train", "dev", "test"] { result.append(try read(data, extra + "europarl-de/\(split).tsv", .bio, weight: 0.5)) }
      result.append(try read(data, extra + "europarl-ixa-de/test.tsv", .bio, weight: 0.5))
      for split in ["train", "dev", "test"] { result.append(try read(data, extra + "hipe2020-de/\(split).tsv", .bio, weight: 0.2)) }
      for court in ["bag", "bfh", "bgh", "bpatg", "bsg", "bverfg", "bverwg"] {
        let part = try read(data, extra + "legal-de/\(court).tsv", .bio, weight: 0.3)
        let sampled = part.sentences.enumerated().filter { $0.offset % 50 == 0 }.map(\.element)
        result.append(Part(source: part.source + " (every 50th sentence)", weight: part.weight, sentences: sampled))
      }
      return result
    }
  }

  private static func read(_ data: URL, _ file: String, _ format: TrainingData.Format, weight: Float = 1) throws -> Part {
    let path = data.appendingPathComponent(file).path
    let (documents, marked) = try TrainingData.documents(in: path, format: format)
    var sentences: [PerceptronTrainer.Sentence] = []
    var ranges: [Range<Int>] = []
    for document in documents {
      ranges.append(sentences.count..<(sentences.count + document.count))
      sentences += document.map { PerceptronTrainer.Sentence(words: $0.words, labels: $0.labels, weight: weight) }
    }
    let source = file + (marked ? " (\(documents.count) documents)" : "")
    return Part(source: source, weight: weight, sentences: sentences, documents: marked ? ranges : [])
  }

  /// SmartData: business news, RSS items and tweets of 2015-16 with names of people,
  /// organisations and places marked by offsets, and no "other" type, so a word it leaves
  /// unlabelled may still be an "other" name.
  private static func smartData(_ data: URL) throws -> Part {
    let file = "de-extra/smartdata/smartdata.jsonl"
    let documents = try OffsetAnnotations.documents(in: data.appendingPathComponent(file).path, language: .german)
    let sentences = documents.joined().map {
      PerceptronTrainer.Sentence(words: $0.words, labels: $0.labels, weight: 1, unannotated: [.other])
    }
    return Part(source: file + " (no \"other\": read where the model likes it)", weight: 1, sentences: sentences)
  }

  /// CoNLL-2003's `MISC` is not GermEval's `OTH`: it marks nationality adjectives (`deutsche`) and
  /// events where GermEval marks works and products. Trained as `OTH` it made the tagger call too
  /// much "other" (dev F1 0.625 against 0.636 with `MISC` left out), so it becomes `O`.
  private static func withoutMisc(_ sentence: PerceptronTrainer.Sentence) -> PerceptronTrainer.Sentence {
    var labels = sentence.labels
    for index in labels.indices where labels[index].type == .other { labels[index] = .outside }
    labels = TrainingData.labels(labels.map(\.text), format: .bio)
    return PerceptronTrainer.Sentence(words: sentence.words, labels: labels, weight: sentence.weight)
  }
}
