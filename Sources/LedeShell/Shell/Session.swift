import LedeCore
import LedeLanguages

/// The state of one shell: loaded articles, the current one, and settings.
public final class Session {
  /// A loaded article with the number `articles` and `use` show.
  public struct LoadedArticle: Sendable {
    public let id: Int
    public let article: Article
  }

  /// Settings the `set` command changes.
  public struct Settings: Sendable, Equatable {
    public enum ColorChoice: String, CaseIterable, Sendable { case auto, on, off }
    public var format: OutputFormat = .table
    public var color: ColorChoice = .auto
    /// The language assumed for new articles; nil detects it.
    public var language: Language?
    /// Whether long output on a terminal goes through `$PAGER` (default `less -R`).
    public var pager = true
    /// Whether every command's time is reported (on standard error), like psql's `\timing`.
    public var timer = false
    /// Whether CSV text that a spreadsheet would run as a formula is written as it is (`--raw-csv`).
    public var rawCSV = false
    /// Whether output that only confirms a command's work is left out (`-q`, `--quiet`).
    public var quiet = false
    /// Tables as one block of field and value per row, as psql's `\x` shows them.
    public enum Expanded: String, CaseIterable, Sendable { case off, on, auto }
    public var expanded = Expanded.off
    public init() {}
  }

  public private(set) var articles: [LoadedArticle] = []
  public private(set) var currentID: Int?
  /// The tutorial step shown last (from 1), and its language; 0 before the first, one past the
  /// last once the tutorial is finished.
  public var tutorialStep = 0
  public var tutorialLanguage: Language = .english
  public var settings = Settings()
  /// Reads articles; the language data behind it is read on first use, not at start-up.
  public private(set) lazy var reader = ArticleReader(catalog: catalog())
  private let catalog: () -> LanguageCatalog
  private var nextID = 1
  /// The names articles have, and for each name given twice the next number to add to it.
  private var names: Set<String> = []
  private var nextSuffix: [String: Int] = [:]
  private var quoteCache: [Int: (quotes: [Quote], explained: Bool)] = [:]
  private var entityCache: [Int: EntityReport] = [:]
  private var timeCache: [Int: [TimeExpression]] = [:]

  public init(catalog: @escaping @autoclosure () -> LanguageCatalog = LanguageResources.catalog) {
    self.catalog = catalog
  }

  /// The current article, or the error that tells the user to load one.
  public func requireArticle() throws -> LoadedArticle {
    guard let currentID, let index = index(of: currentID) else { throw ShellError.noArticleLoaded }
    return articles[index]
  }

  public var current: LoadedArticle? { try? requireArticle() }

  /// The files articles were read from, as they were then, with the ids of the articles each
  /// gave: `load` does not read such a file again while it is unchanged, and reading it again
  /// with other options replaces those articles.
  var loadedFiles: [FileIdentity: Range<Int>] = [:]

  /// Adds articles (renaming repeated names `name-2`, …) and makes the last one current;
  /// returns them as the session now holds them (a slice of `articles`, not a copy).
  @discardableResult
  public func add(_ new: [Article]) -> ArraySlice<LoadedArticle> {
    let first = articles.endIndex
    articles.reserveCapacity(articles.count + new.count)
    names.reserveCapacity(names.count + new.count)
    for article in new {
      var article = article
      // A new name is taken as it is; a name given before gets the next free number.
      if !names.insert(article.name).inserted {
        var suffix = nextSuffix[article.name] ?? 2
        while names.contains("\(article.name)-\(suffix)") { suffix += 1 }
        nextSuffix[article.name] = suffix + 1
        article.name = "\(article.name)-\(suffix)"
        names.insert(article.name)
      }
      articles.append(LoadedArticle(id: nextID, article: article))
      nextID += 1
    }
    if first < articles.endIndex { currentID = articles[articles.endIndex - 1].id }
    return articles[first...]
  }

  /// Puts `new` in place of the articles with ids `ids` (as many), keeping their ids and names,
  /// forgetting what was found in them; the last becomes current.
  func replace(_ ids: Range<Int>, with new: [Article]) {
    for (id, article) in zip(ids, new) {
      guard let index = index(of: id) else { continue }
      var article = article
      article.name = articles[index].article.name
      articles[index] = LoadedArticle(id: id, article: article)
      quoteCache[id] = nil
      entityCache[id] = nil
      timeCache[id] = nil
    }
    if let last = ids.last { currentID = last }
  }

  /// Where the article with `id` is in `articles`, found by bisection: ids only grow as
  /// articles are added, and a replaced article keeps its id.
  private func index(of id: Int) -> Int? {
    let index = articles.partitioningIndex { $0.id >= id }
    return index < articles.endIndex && articles[index].id == id ? index : nil
  }

  /// Makes the article with this id, name or unique name prefix current.
  @discardableResult
  public func use(_ reference: String) throws -> LoadedArticle {
    let found = try article(matching: reference)
    currentID = found.id
    return found
  }

  /// The article with this id, name or unique name prefix.
  public func article(matching reference: String) throws -> LoadedArticle {
    if let id = Int(reference), let index = index(of: id) { return articles[index] }
    if let found = articles.first(where: { $0.article.name == reference }) { return found }
    let prefixed = articles.filter { $0.article.name.hasPrefix(reference.lowercased()) }
    if prefixed.count == 1 { return prefixed[0] }
    if prefixed.count > 1 { throw ShellError.ambiguousArticle(reference, candidates: prefixed.map { "\($0.article.name) (\($0.id))" }) }
    let suggestion = Suggestions.closest(to: reference, among: articles.map(\.article.name))
    throw ShellError.unknownArticle(reference, suggestion: suggestion)
  }

  /// The quotes of the current article (or another), found once per article and kept; speakers take the
  /// names `who` gives them. With `explained`, each keeps the scores and features of its decisions
  /// (found again the first time they are asked for: the same quotes, with their reasons).
  public func quotes(of article: LoadedArticle? = nil, explained: Bool = false) throws -> [Quote] {
    let loaded = try article ?? requireArticle()
    if let cached = quoteCache[loaded.id], explained ? cached.explained : true { return cached.quotes }
    let models = try ShellError.resource(QuoteResources.bundledModels(for: loaded.article.language))
    let found = LedeCore.quotes(
      in: loaded.article, using: reader.catalog[loaded.article.language], entities: try recognizedEntities(of: loaded).entities,
      models: models, explained: explained)
    try requireFinished()
    quoteCache[loaded.id] = (found, explained)
    return found
  }

  /// The time expressions of the current article in text order, found once per article and kept.
  public func timeExpressions(of article: LoadedArticle? = nil) throws -> [TimeExpression] {
    let loaded = try article ?? requireArticle()
    if let cached = timeCache[loaded.id] { return cached }
    let found = LedeCore.timeExpressions(in: loaded.article, using: reader.catalog[loaded.article.language])
    try requireFinished()
    timeCache[loaded.id] = found
    return found
  }

  /// The entities of the current article with their quote counts, found once per article and kept.
  public func entities(of article: LoadedArticle? = nil) throws -> EntityReport {
    let loaded = try article ?? requireArticle()
    var report = try recognizedEntities(of: loaded)
    report.countQuotes(try quotes(of: loaded))
    return report
  }

  /// Everything found in an article (the current one by default); the time expressions are
  /// found on another core while the entity tagger runs.
  public func analysis(of article: LoadedArticle? = nil) throws -> ArticleAnalysis {
    let loaded = try article ?? requireArticle()
    let times: [TimeExpression]
    let report: EntityReport
    if let cached = timeCache[loaded.id] {
      (times, report) = (cached, try entities(of: loaded))
    } else {
      let data = reader.catalog[loaded.article.language]
      (times, report) = try Concurrently.run({ LedeCore.timeExpressions(in: loaded.article, using: data) }) { try entities(of: loaded) }
      try requireFinished()
      timeCache[loaded.id] = times
    }
    return ArticleAnalysis(
      article: loaded.article, entities: report.entities, authors: report.authors, quotes: try quotes(of: loaded), times: times)
  }

  /// What a command about articles needs found in each (`who`: entities and quotes).
  public enum Analysis: Sendable, Hashable {
    case entities, quotes, times
  }

  /// Finds what `needs` asks for in each of `articles` that does not have it yet, on all cores
  /// (`jobs` workers), and keeps it, so that a command over many articles then reads it from
  /// the cache. Nothing is kept when Ctrl-C stops the work.
  public func prepare(_ articles: [LoadedArticle], needs: Set<Analysis>, jobs: Int = Workers.availableCores) throws {
    let wanted = needs.contains(.quotes) ? needs.union([.entities]) : needs
    let missing = articles.filter { loaded in
      wanted.contains(.entities) && entityCache[loaded.id] == nil || wanted.contains(.quotes) && quoteCache[loaded.id] == nil
        || wanted.contains(.times) && timeCache[loaded.id] == nil
    }
    guard missing.count > 1 else { return }
    var tools: [Language: ArticleTools] = [:]
    for language in Set(missing.map(\.article.language)) {
      tools[language] = try ArticleTools(language: language, data: reader.catalog[language], needs: wanted)
    }
    // Longest first, so that no core is left with one long article at the end.
    let longestFirst = missing.sorted { $0.article.length > $1.article.length }
    // Entities already found are not found again (quotes are ranked among them).
    let known = longestFirst.map { entityCache[$0.id] }
    let found = OrderedWorkers<FoundAnalyses>.map(Array(zip(longestFirst, known)), jobs: jobs) { [tools] loaded, entities in
      tools[loaded.article.language]!.analyse(loaded.article, entities: entities)
    }
    try requireFinished()
    for (loaded, result) in zip(longestFirst, found) {
      if entityCache[loaded.id] == nil, let entities = result.entities { entityCache[loaded.id] = entities }
      if quoteCache[loaded.id] == nil, let quotes = result.quotes { quoteCache[loaded.id] = (quotes, false) }
      if timeCache[loaded.id] == nil, let times = result.times { timeCache[loaded.id] = times }
    }
  }

  /// Runs `body` with `article` as the current article, then makes the current one current again.
  public func with<Result>(current article: LoadedArticle, _ body: () throws -> Result) rethrows -> Result {
    let previous = currentID
    currentID = article.id
    defer { currentID = previous }
    return try body()
  }

  private func recognizedEntities(of loaded: LoadedArticle) throws -> EntityReport {
    if let cached = entityCache[loaded.id] { return cached }
    let tagger = try ShellError.resource(EntityResources.bundledTagger(for: loaded.article.language))
    let report = LedeCore.entities(in: loaded.article, using: reader.catalog[loaded.article.language], tagger: tagger)
    try requireFinished()
    entityCache[loaded.id] = report
    return report
  }

  /// Throws `.interrupted` when Ctrl-C stopped an analysis early: what it returned is partial
  /// and is neither kept nor shown.
  private func requireFinished() throws {
    if StopRequest.isRaised { throw ShellError.interrupted }
  }
}

/// What one article's analyses found; nil for what was not asked for.
private struct FoundAnalyses: Sendable {
  var entities: EntityReport?
  var quotes: [Quote]?
  var times: [TimeExpression]?
}

/// The data and models that analyse the articles of one language, gathered once before
/// workers share them.
private struct ArticleTools: Sendable {
  let data: LanguageData
  let tagger: EntityTagger?
  let models: QuoteModels?
  let needsTimes: Bool

  init(language: Language, data: LanguageData, needs: Set<Session.Analysis>) throws {
    self.data = data
    needsTimes = needs.contains(.times)
    tagger = needs.contains(.entities) ? try ShellError.resource(EntityResources.bundledTagger(for: language)) : nil
    models = needs.contains(.quotes) ? try ShellError.resource(QuoteResources.bundledModels(for: language)) : nil
  }

  /// What is needed of `article`; `entities` when they were found before.
  func analyse(_ article: Article, entities: EntityReport?) -> FoundAnalyses {
    var found = FoundAnalyses(entities: entities)
    if let tagger, found.entities == nil { found.entities = LedeCore.entities(in: article, using: data, tagger: tagger) }
    if let models, let entities = found.entities?.entities {
      found.quotes = LedeCore.quotes(in: article, using: data, entities: entities, models: models, explained: false)
    }
    if needsTimes { found.times = LedeCore.timeExpressions(in: article, using: data) }
    return found
  }
}
