import Foundation
import LedeCore

/// TAB completion: command names first, then the options of the command, file paths after
/// `load` (and after `>`), settings' values, and names known in the session — all read from
/// the commands' declarations.
public struct Completer {
  /// What TAB does: insert text at the cursor, or show the candidates.
  public struct Completion: Equatable, Sendable {
    /// Text to insert at the cursor (may be empty).
    public var insertion: String
    /// The candidates when more than one fits (shown to the user).
    public var candidates: [String]
  }

  let shell: Shell

  public init(shell: Shell) {
    self.shell = shell
  }

  /// Completes `line`, the text before the cursor.
  public func complete(_ line: String) -> Completion {
    let (allTokens, openQuote) = LineParser.lex(line)
    let tokens = Array(allTokens.split(omittingEmptySubsequences: false, whereSeparator: { $0.kind == .separator }).last ?? [])
    let lastIsSeparator = allTokens.last?.kind == .separator
    let endsInBlank = openQuote == nil && (line.last.map { $0 == " " || $0 == "\t" } ?? true)
    let typing = endsInBlank || lastIsSeparator ? nil : tokens.last
    let before = typing == nil ? tokens[...] : tokens.dropLast()
    let prefix = typing?.text ?? ""

    if before.last.map({ if case .redirect = $0.kind { return true } else { return false } }) ?? false {
      return finish(prefix, pathCandidates(prefix), quoted: openQuote != nil)
    }
    let words = before.filter { $0.kind == LineParser.Token.Kind.word }.map { $0.text }
    guard let name = words.first else {
      return finish(prefix, commandNames(), quoted: openQuote != nil)
    }
    guard let command = shell.command(named: name) else { return Completion(insertion: "", candidates: []) }
    let spec = command.spec
    if prefix.hasPrefix("-") {
      return finish(prefix, spec.options.map { $0.name }, quoted: false)
    }
    if let previous = words.last, words.count > 1, let option = spec.option(named: previous), let kind = option.value {
      return finish(prefix, candidates(for: kind, prefix: prefix), quoted: openQuote != nil)
    }
    let positionals = positionalWords(Array(words.dropFirst()), spec: spec)
    if let custom = command.completions(forArgument: positionals.count, after: positionals, in: shell.session) {
      return finish(prefix, custom, quoted: openQuote != nil)
    }
    guard !spec.arguments.isEmpty else { return finish(prefix, spec.options.map { $0.name }, quoted: false) }
    let argument = spec.arguments[min(positionals.count, spec.arguments.count - 1)]
    if positionals.count >= spec.arguments.count && !argument.repeats {
      return finish(prefix, spec.options.map { $0.name }, quoted: false)
    }
    return finish(prefix, candidates(for: argument.kind, prefix: prefix), quoted: openQuote != nil)
  }

  /// Whole-word candidates for a command line typed so far (`who --t` gives `who --type`), as
  /// the shell's own completion of `lede -c "…"` offers them: what TAB in the REPL would offer,
  /// each with the words before it.
  public static func commandLineCandidates(_ prefix: String) -> [String] {
    let completion = Completer(shell: Shell()).complete(prefix)
    // The word being typed (none after a blank) is what each candidate replaces.
    let typed = prefix.reversed().prefix { $0 != " " && $0 != "\t" }.count
    let stem = String(prefix.dropLast(typed))
    // The shell puts its own space after a word it completed.
    guard !completion.candidates.isEmpty else {
      return completion.insertion.isEmpty ? [] : [(prefix + completion.insertion).trimmingCharacters(in: .whitespaces)]
    }
    return completion.candidates.map { stem + $0 }
  }

  private func commandNames() -> [String] {
    shell.commands.flatMap { [$0.spec.name] + $0.spec.aliases.filter { $0.first?.isLetter ?? false } }
  }

  /// The positional words among `words`, skipping options and their values.
  private func positionalWords(_ words: [String], spec: CommandSpec) -> [String] {
    var positionals: [String] = []
    var skipNext = false
    for word in words {
      if skipNext {
        skipNext = false
      } else if word.hasPrefix("-") && word.count > 1, let option = spec.option(named: word) {
        skipNext = option.value != nil
      } else {
        positionals.append(word)
      }
    }
    return positionals
  }

  private func candidates(for kind: ValueKind, prefix: String) -> [String] {
    switch kind {
    case .path: return pathCandidates(prefix)
    case .command: return commandNames()
    case .choice(let choices): return choices
    case .article: return shell.session.articles.map(\.article.name)
    case .speaker: return Array(Set(((try? shell.session.quotes()) ?? []).compactMap(\.speaker))).sorted()
    case .entity: return ((try? shell.session.entities())?.entities ?? []).map(\.name).sorted()
    case .word, .integer, .date: return []
    }
  }

  /// Files and directories starting with `prefix`; directories end in `/`.
  func pathCandidates(_ prefix: String) -> [String] {
    let expanded = ArticleFiles.expandTilde(prefix)
    let typedDirectory = prefix.lastIndex(of: "/").map { String(prefix[...$0]) } ?? ""
    let directory = expanded.lastIndex(of: "/").map { String(expanded[...$0]) } ?? ""
    let namePrefix = String(expanded.dropFirst(directory.count))
    let listed = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
    return listed.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
      .map { name in
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
        return typedDirectory + name + (isDirectory.boolValue ? "/" : "")
      }
  }

  /// The completion of `prefix` among `candidates`: the rest of a single match (and a space
  /// after it, unless it is a directory), or their common prefix and the list.
  private func finish(_ prefix: String, _ candidates: [String], quoted: Bool) -> Completion {
    let matches = Array(Set(candidates.filter { $0.hasPrefix(prefix) })).sorted()
    guard let first = matches.first else { return Completion(insertion: "", candidates: []) }
    if matches.count == 1 {
      let rest = String(first.dropFirst(prefix.count))
      let closing = quoted ? "\"" : ""
      let end = first.hasSuffix("/") ? "" : closing + " "
      return Completion(insertion: escape(rest, quoted: quoted) + end, candidates: [])
    }
    var common = first
    for match in matches.dropFirst() {
      while !match.hasPrefix(common) { common.removeLast() }
    }
    return Completion(insertion: escape(String(common.dropFirst(prefix.count)), quoted: quoted), candidates: matches)
  }

  private func escape(_ text: String, quoted: Bool) -> String {
    guard !quoted else { return text.replacingOccurrences(of: "\"", with: "\\\"") }
    var result = ""
    for character in text {
      if " \t'\"\\;#>".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
