/// lede's manual page (`lede.1`, roff for `man`), made from the declarations it documents: the
/// executable's flags (ArgumentParser's) and every shell command's `CommandSpec`, so that the
/// page cannot drift from the program. `Scripts/install` writes it with `lede --man-page`.
public enum ManPage {
  /// A command-line flag as the page lists it: its forms with their value (`-c COMMAND`) and help.
  public struct Flag: Sendable {
    public let forms: String
    public let help: String

    public init(forms: String, help: String) {
      self.forms = forms
      self.help = help
    }
  }

  /// The page: synopsis, the flags of `lede` and of `lede batch`, every command of `commands`,
  /// environment, files and exit status.
  public static func render(version: String, flags: [Flag], batchFlags: [Flag], commands: [any ShellCommand.Type]) -> String {
    var page = [
      #".TH LEDE 1 "" "lede \#(version)" "User Commands""#,
      // Ragged right: justified, a wrapped usage line got its spaces stretched (`who  [NAME...]`).
      ".ad l",
      ".SH NAME", "lede \\- a shell for analysing news articles in German and English",
      ".SH SYNOPSIS",
      ".B lede\n[\\fIOPTIONS\\fR] [\\fIARTICLE\\fR...]",
      ".br\n.B lede batch\n[\\fIOPTIONS\\fR] [\\fIFILE.jsonl\\fR...]",
      ".SH DESCRIPTION",
      text("""
        lede loads news articles (text, Markdown, HTML, JSON, JSON Lines) and answers questions about \
        them: who is named (people, organisations, places), who said what (direct, partial and \
        indirect quotes with speaker and cue), every dated event normalised against the article's \
        date, and the tools of a text-analysis class (concordance, word counts, keywords, readability). \
        Without -c or -f it reads commands from standard input, or starts an interactive shell on a \
        terminal. lede batch analyses a stream of JSON Lines articles for pipelines.
        """),
      ".SH OPTIONS",
    ]
    page += flags.map(item)
    page += [".SH COMMANDS", text("Commands run in the interactive shell, in scripts (-f) and with -c; help COMMAND in lede shows the same.")]
    for command in commands { page += section(of: command.spec) }
    page += [".SH BATCH MODE", text("lede batch reads JSON Lines articles and writes one JSON line of results per article, in input order; a line that cannot be analysed gives an error record and the stream goes on.")]
    page += batchFlags.map(item)
    page += [
      ".SH ENVIRONMENT",
      item(Flag(forms: "LEDE_DATA", help: "The folder of lede's language data (de/, en/, shared/); by default next to the executable or in ../share/lede.")),
      item(Flag(forms: "XDG_CONFIG_HOME", help: "Where the rc file lede/rc is looked for (default ~/.config).")),
      item(Flag(forms: "PAGER", help: "The pager for long output on a terminal (default less -R).")),
      item(Flag(forms: "NO_COLOR", help: "When set, no colour is written.")),
      ".SH FILES",
      item(Flag(forms: "$XDG_CONFIG_HOME/lede/rc", help: "Commands run when the interactive shell starts (and with --rc).")),
      ".SH EXIT STATUS",
      text("0 when every command succeeded; 1 when one failed (or a batch line could not be analysed); 64 for wrong usage; 66 for input that cannot be read; 78 when the language data is missing."),
      ".SH EXAMPLES",
      ".nf", "lede Examples/articles/putin-kim-pjoengjang.de.txt", #"lede --format json -c "load a.txt" -c "who""#,
      "lede batch --analyses who,quotes corpus.jsonl > results.jsonl", ".fi",
    ]
    return page.joined(separator: "\n") + "\n"
  }

  /// A command: its usage in bold, its summary and help, its arguments, options and examples.
  private static func section(of spec: CommandSpec) -> [String] {
    var lines = [".SS \(escape(spec.usage))", text(spec.abstract)]
    if let discussion = spec.discussion { lines.append(text(discussion)) }
    lines += spec.arguments.map { item(Flag(forms: $0.name, help: $0.help)) }
    lines += spec.options.map { option in
      let forms = ([option.name] + (option.shortName.map { [$0] } ?? [])).joined(separator: ", ")
      return item(Flag(forms: forms + (option.value.map { " " + $0.placeholder } ?? ""), help: option.help))
    }
    if !spec.aliases.isEmpty { lines.append(text("Also: " + spec.aliases.joined(separator: ", ") + ".")) }
    lines += [".RS", ".nf"] + spec.examples.map(escape) + [".fi", ".RE"]
    return lines
  }

  private static func item(_ flag: Flag) -> String {
    ".TP\n.B \(escape(flag.forms))\n\(escape(flag.help))"
  }

  private static func text(_ prose: String) -> String {
    ".PP\n" + escape(prose)
  }

  /// Text roff shows as it is: backslashes and hyphens escaped, no line that starts a request.
  static func escape(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let escaped = line.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
      return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }.joined(separator: "\n")
  }
}
