/// Terminal colours and emphasis, or none at all. With `.plain` no escape sequence is ever
/// written (pipes, files, `NO_COLOR`, `--no-color`).
public struct Style: Sendable, Equatable {
  public let colored: Bool

  public static let plain = Style(colored: false)
  public static let colors = Style(colored: true)

  public init(colored: Bool) {
    self.colored = colored
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func error(_ text: String) -> String { wrap(text, "1;31") }
  public func warning(_ text: String) -> String { wrap(text, "1;33") }
  public func accent(_ text: String) -> String { wrap(text, "36") }

  private func wrap(_ text: String, _ code: String) -> String {
    colored && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
