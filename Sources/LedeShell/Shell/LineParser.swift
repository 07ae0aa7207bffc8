/// Splits a command line like a POSIX shell: words separated by blanks, `'…'` literal,
/// `"…"` with backslash escapes, `\` escaping one character, `;` between commands, `#` starting
/// a comment, and `> FILE` / `>> FILE` redirecting a command's output (`>=` is a word).
public enum LineParser {
  /// One command of a line.
  public struct Command: Equatable, Sendable {
    public var words: [String]
    public var redirect: Redirect?
  }

  /// Where a command's output goes instead of the screen.
  public struct Redirect: Equatable, Sendable {
    public var path: String
    public var append: Bool

    public init(path: String, append: Bool) {
      self.path = path
      self.append = append
    }
  }

  /// A lexical token: a word, or an operator (`;`, `>`, `>>`).
  struct Token: Equatable {
    enum Kind: Equatable { case word, separator, redirect(append: Bool) }
    var kind: Kind
    var text: String
    /// Where the token starts in the line, in characters.
    var start: Int
  }

  /// The commands of `line`, empty ones left out.
  public static func parse(_ line: String) throws -> [Command] {
    let (tokens, openQuote) = lex(line)
    if let openQuote { throw ShellError.syntax("unterminated \(openQuote == "'" ? "single" : "double") quote") }
    var commands: [Command] = []
    var current = Command(words: [], redirect: nil)
    var index = 0
    func finish() {
      if !current.words.isEmpty { commands.append(current) }
      current = Command(words: [], redirect: nil)
    }
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .word:
        guard current.redirect == nil else {
          throw ShellError.syntax("unexpected '\(token.text)' after the redirection target")
        }
        current.words.append(token.text)
      case .separator:
        finish()
      case .redirect(let append):
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else {
          throw ShellError.syntax("'\(token.text)' needs a file name")
        }
        guard !current.words.isEmpty else { throw ShellError.syntax("'\(token.text)' needs a command before it") }
        current.redirect = Redirect(path: tokens[index + 1].text, append: append)
        index += 1
      }
      index += 1
    }
    finish()
    return commands
  }

  /// Tokens of `line` and the quote left open at its end, if any (completion lexes
  /// half-typed lines).
  static func lex(_ line: String) -> (tokens: [Token], openQuote: Character?) {
    var tokens: [Token] = []
    var word = ""
    var inWord = false
    var wordStart = 0
    var quote: Character?
    var escaped = false
    let characters = Array(line)
    var index = 0
    func finishWord() {
      if inWord { tokens.append(Token(kind: .word, text: word, start: wordStart)) }
      word = ""
      inWord = false
    }
    func startWord() {
      if !inWord {
        inWord = true
        wordStart = index
      }
    }
    while index < characters.count {
      let character = characters[index]
      defer { index += 1 }
      if escaped {
        word.append(character)
        escaped = false
        continue
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\" && open == "\"" && index + 1 < characters.count
          && "\"\\$`".contains(characters[index + 1])
        {
          escaped = true
        } else {
          word.append(character)
        }
        continue
      }
      switch character {
      case " ", "\t", "\n", "\r":
        finishWord()
      case "\\":
        startWord()
        escaped = true
      case "'", "\"":
        startWord()
        quote = character
      case ";":
        finishWord()
        tokens.append(Token(kind: .separator, text: ";", start: index))
      case ">" where index + 1 < characters.count && characters[index + 1] == "=":
        startWord()
        word.append(character)  // `>=` is a comparison (for `expect`), not a redirection
      case ">":
        finishWord()
        if index + 1 < characters.count && characters[index + 1] == ">" {
          tokens.append(Token(kind: .redirect(append: true), text: ">>", start: index))
          index += 1
        } else {
          tokens.append(Token(kind: .redirect(append: false), text: ">", start: index))
        }
      case "#" where !inWord:
        finishWord()
        return (tokens, nil)
      default:
        startWord()
        word.append(character)
      }
    }
    if escaped { word.append("\\") }
    finishWord()
    return (tokens, quote)
  }
}
