import LedeCore

/// `who`: the people, organisations, places and other names of the current article.
struct WhoCommand: ShellCommand {
  static let spec = CommandSpec(
    name: "who", abstract: "List the people, organisations and places of the article: role, mentions, quotes.",
    discussion: """
      Names are found by a statistical tagger trained on annotated news (see README), then \
      linked: every form of a name (Putin, Putins, Wladimir Putin) counts for one entity under \
      its fullest form. role comes from titles and appositions next to a mention; quotes counts \
      the entity's quotes; first is the number of the sentence it first appears in. Authors from \
      the byline are listed with the role author. `who NAME` shows one entity in detail: its \
      forms, every mention in context, and its quotes (a name of several words needs no quotes); \
      `who Putin Kim`, names that are not one name together, lists those entities a row each. \
      JSON adds mentions with Unicode code point offsets and aliases.
      """,
    arguments: [.init("NAME", .entity, help: "show this entity in detail (a part of the name is enough); several: a row each", optional: true, repeats: true)],
    options: [
      .init("--type", .choice(EntityType.allCases.map(\.rawValue)), help: "only entities of this type"),
      .init("--min", .integer(placeholder: "N"), help: "only entities mentioned at least N times"),
      .init("--sort", .choice(["mentions", "first", "name"]), help: "order of the table (default: mentions)"),
    ],
    examples: ["who", "who --type person", "who --min 2 --sort name", "who Putin", "who --all"], scope: .article(needs: [.entities, .quotes]))

  static func run(_ context: CommandContext, _ arguments: Arguments) throws -> CommandOutput {
    let report = try context.session.entities()
    let article = try context.session.requireArticle().article
    var entities = report.entities
    let names = arguments.positionals
    // One name (`Kim Jong Un` unquoted too) shows that entity in detail; several, a row each.
    if !names.isEmpty {
      let joined = names.joined(separator: " ")
      if names.count == 1 || EntityDetail.entity(named: joined, in: report) != nil {
        return try EntityDetail.output(for: joined, in: report, article: article, context: context)
      }
      entities = try names.map { try EntityDetail.require($0, in: report) }
    }
    if let type = arguments.value("--type") { entities = entities.filter { $0.type.rawValue == type } }
    // Under --all the minimum applies to the mentions in all articles, after they are added up.
    if let minimum = arguments.integer("--min"), !arguments.flag("--all") { entities = entities.filter { $0.count >= minimum } }
    switch arguments.value("--sort") ?? "mentions" {
    case "name": entities.sort { $0.name.lowercased() < $1.name.lowercased() }
    case "first": entities.sort { $0.mentions[0].span < $1.mentions[0].span }
    default: entities.sort { ($0.count, $1.mentions[0].span.start) > ($1.count, $0.mentions[0].span.start) }
    }
    let columns = [
      Column("name"), Column("type"), Column("role", shrinks: true), Column("count", title: "mentions", alignment: .right),
      Column("quotes", alignment: .right), Column("first", alignment: .right), Column("mentions", visibility: .jsonOnly),
      Column("aliases", visibility: .jsonOnly), Column("affiliation", visibility: .jsonOnly),
    ]
    var rows: [[Value]] = entities.map { entity in
      [
        .string(entity.name), .string(entity.type.rawValue), Value(entity.role), .int(entity.count), .int(entity.quotes),
        .int(entity.firstSentence + 1),
        .array(entity.mentions.map { .object([.init("text", .string($0.text)), .init("start", .int($0.start)), .init("end", .int($0.end))]) }),
        .array(entity.aliases.map(Value.string)), Value(entity.affiliation),
      ]
    }
    // Authors are named in the byline, not in the text: no mentions, so no `--min` above 0 keeps them.
    let showAuthors = arguments.value("--type").map { $0 == EntityType.person.rawValue } ?? true
      && (arguments.integer("--min") ?? 0) <= 0 && names.isEmpty
    if showAuthors {
      rows += report.authors.map { author in
        [.string(author), .string(EntityType.person.rawValue), "author", .int(0), .int(0), .null, .array([]), .array([]), .null]
      }
    }
    return .table(Table(columns: columns, rows: rows, noun: ("entity", "entities")))
  }
}

extension WhoCommand {
  /// `who --all`: one row per entity of the corpus (its name and type): the articles that name
  /// it, its mentions and quotes in all of them, its most frequent role, and the dates of the
  /// first and last article naming it. `who NAME --all` shows the entity in each article instead.
  static func combine(_ parts: [ArticleScope.Part], _ arguments: Arguments, in context: CommandContext) throws -> CommandOutput {
    guard arguments.positionals.isEmpty else { return ArticleScope.concatenated(parts) }
    var found = CorpusGroups(parts, by: ["name", "type"], summing: ["count", "quotes"], counting: ["role"]).groups
    if let minimum = arguments.integer("--min") { found = found.filter { $0.sums["count", default: 0] >= minimum } }
    switch arguments.value("--sort") ?? "mentions" {
    case "name": found.sort { $0.key[0].plainText.lowercased() < $1.key[0].plainText.lowercased() }
    case "first": found.sort { $0.firstDate < $1.firstDate }
    default:
      // The keys read once per entity, not once per comparison.
      found = found.map { ($0, $0.articles.count, $0.sums["count"] ?? 0) }.sorted { ($0.1, $0.2) > ($1.1, $1.2) }.map(\.0)
    }
    let columns = [Column("name"), Column("type"), Column("role", shrinks: true)] + CorpusGroups.articleColumns
      + [Column("mentions", alignment: .right), Column("quotes", alignment: .right)]
    let rows = found.map { group in
      group.key + [Value(group.mostFrequent("role"))] + CorpusGroups.articleValues(of: group)
        + [.int(group.sums["count"] ?? 0), .int(group.sums["quotes"] ?? 0)]
    }
    return .table(Table(columns: columns, rows: rows, noun: ("entity", "entities")))
  }
}
