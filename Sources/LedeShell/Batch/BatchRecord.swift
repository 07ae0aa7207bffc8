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

    /// The fields every record starts with: the input's id, its file (none for standard input)
    /// and line.
    func fields(id: Value) -> [Value.Field] {
      [.init("id", id)] + (file.map { [.init("file", .string($0))] } ?? []) + [.init("line", .int(line))]
    }
  }

  /// The record, one line of JSON.
  let json: String
  let isError: Bool

  /// The record of a line that could not be analysed.
  static func failure(id: Value, at place: Place, _ problem: String) -> BatchRecord {
    BatchRecord(json: JSONWriter.write(.object(place.fields(id: id) + [.init("error", .string(problem))])), isError: true)
  }

  /// Reads the article on `text` (one line of JSON Lines) and runs each analysis of `options`
  /// on it, as the shell's commands do for one article.
  static func analyse(_ text: String, at place: Place, options: Batch.Options) -> BatchRecord {
    var id = Value.null
    do {
      let object = try ArticleReader.jsonValue(line: text)
      id = identifier(in: object, keys: options.fields.idKeys)
      let session = Session(catalog: LanguageResources.catalog)
      let article = try session.reader.read(
        jsonObject: object, fields: options.fields, origin: place.description,
        options: ArticleReader.Options(language: options.language))
      guard let loaded = session.add([article]).first else { throw ShellError.noArticleLoaded }
      let shell = Shell(session: session, sink: CapturedOutput())
      var fields = place.fields(id: id) + [
        .init("name", .string(loaded.article.name)), .init("language", .string(loaded.article.language.code)),
        .init("date", Value(loaded.article.metadata.date?.description)),
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

  /// The input's own id, as it wrote it (a string or a number), from the first of `keys` it has.
  private static func identifier(in object: JSONValue, keys: [String]) -> Value {
    for key in keys {
      guard let value = object[key] else { continue }
      if let text = value.string { return .string(text) }
      if let number = value.integer { return .int(number) }
      if let number = value.double { return .double(number) }
    }
    return .null
  }
}
