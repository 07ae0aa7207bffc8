import LedeCore
import LedeLanguages

/// The one JSON line `lede batch` writes for one input line: the article's id, where it came
/// from, and each analysis asked for, or the error that stopped it.
struct BatchRecord: Sendable {
  /// Where a line came from: its file (nil for standard input) and its number there.
  struct Place: Sendable {
    let file: String?
    let line: Int

    var description: String { "\(file ?? "-"):\(line)" }
  }

  /// The record, one line of JSON.
  let json: String
  let isError: Bool

  /// The record of a line that could not be analysed.
  static func failure(id: Value, at place: Place, _ problem: String) -> BatchRecord {
    var fields: [Value.Field] = [.init("id", id)]
    if let file = place.file { fields.append(.init("file", .string(file))) }
    fields += [.init("line", .int(place.line)), .init("error", .string(problem))]
    return BatchRecord(json: JSONWriter.write(.object(fields)), isError: true)
  }

  /// Reads the article on `text` (one line of JSON Lines) and runs each analysis of `options`
  /// on it, as the shell's commands do for one article.
  static func analyse(_ text: String, at place: Place, options: Batch.Options) -> BatchRecord {
    var id = Value.null
    do {
      let object = try ArticleReader.jsonObject(line: text)
      id = identifier(in: object, field: options.fields.id)
      let session = Session(catalog: LanguageResources.catalog)
      session.settings.language = options.language
      let article = try session.reader.read(
        jsonObject: object, fields: options.fields, origin: place.description,
        options: ArticleReader.Options(language: options.language))
      guard let loaded = session.add([article]).first else { throw ShellError.noArticleLoaded }
      let shell = Shell(session: session, sink: CapturedOutput())
      var fields: [Value.Field] = [.init("id", id)]
      if let file = place.file { fields.append(.init("file", .string(file))) }
      fields += [
        .init("line", .int(place.line)), .init("name", .string(loaded.article.name)),
        .init("language", .string(loaded.article.language.code)), .init("date", Value(loaded.article.metadata.date?.description)),
      ]
      for name in options.analyses {
        guard let command = shell.command(named: name) else { continue }
        let output = try command.run(CommandContext(session: session, shell: shell), try Arguments([], for: command.spec))
        fields.append(.init(name, output.json))
      }
      return BatchRecord(json: JSONWriter.write(.object(fields)), isError: false)
    } catch LedeError.malformedJSON(_, let detail) {
      return failure(id: id, at: place, "not valid JSON: \(detail)")
    } catch {
      return failure(id: id, at: place, Shell.messages(of: error).joined(separator: " "))
    }
  }

  /// The input's own id, as it wrote it (a string or a number), from `field` or the usual ones.
  private static func identifier(in object: [String: Any], field: String?) -> Value {
    for key in field.map({ [$0] }) ?? ["id", "name", "slug"] {
      switch object[key] {
      case let text as String: return .string(text)
      case let number as Int: return .int(number)
      case let number as Double: return .double(number)
      default: continue
      }
    }
    return .null
  }
}
