/// Pairs quotation marks in every style news text uses: „…“ ‚…‘ »…« «…» “…” ‘…’ "…" '…', and
/// the mixtures real text has (German „…" closed by an ASCII mark, ASCII marks on both sides,
/// nested quotes, and the English convention of an opening mark on each paragraph of a long
/// quote with one closing mark at its end). Apostrophes are not quotation marks. A mark left
/// open at the end of a paragraph is dropped, so that an unbalanced mark never swallows the
/// rest of an article.
struct QuotationMarks {
  /// A pair of marks: offsets of the opening and the closing mark.
  struct Pair: Equatable {
    var open: Int
    var close: Int
    /// 0 for a quote at top level, 1 for one inside another, …
    var depth: Int
  }

  private struct Opening {
    var offset: Int
    var mark: Unicode.Scalar
  }

  /// The pairs in `scalars`, paragraph by paragraph, in order of their opening marks.
  static func pairs(in scalars: [Unicode.Scalar], paragraphs: [Span]) -> [Pair] {
    var pairs: [Pair] = []
    var carried: Opening?  // a quote that runs on into the next paragraph
    for (index, paragraph) in paragraphs.enumerated() {
      var stack: [Opening] = []
      var start = paragraph.start
      if let open = carried {
        carried = nil
        if paragraph.start < scalars.count, scalars[paragraph.start] == open.mark {
          stack.append(open)
          start += 1
        }
      }
      for offset in start..<paragraph.end {
        let mark = scalars[offset]
        guard CharacterClass.isQuote(mark) else { continue }
        let before = offset > paragraph.start ? scalars[offset - 1] : " "
        let after = offset + 1 < paragraph.end ? scalars[offset + 1] : " "
        if let match = closingMatch(mark, before: before, after: after, stack: stack) {
          let open = stack[match]
          stack.removeSubrange(match...)
          pairs.append(Pair(open: open.offset, close: offset, depth: stack.count))
        } else if opens(mark, before: before, after: after) {
          stack.append(Opening(offset: offset, mark: mark))
        }
      }
      // The English convention: a paragraph that ends inside a quote, and a next paragraph
      // that opens with the same mark, continue one quote.
      if let last = stack.first, index + 1 < paragraphs.count, stack.count == 1,
        last.mark == "\u{201C}" || last.mark == "\"" || last.mark == "\u{00AB}" || last.mark == "\u{201E}"
      {
        let next = paragraphs[index + 1]
        // (Not into a transcript's next turn: `"PENCE: Well, …`.)
        if next.start < scalars.count && scalars[next.start] == last.mark && !opensWithLabel(scalars, from: next.start + 1, to: next.end) {
          carried = last
        }
      }
    }
    return withDepthsOfClosedPairs(pairs.sorted { $0.open < $1.open })
  }

  /// The pairs with each depth counting only the pairs around it: an opening mark that never
  /// closed (`"PENCE: … “a silly game.”`) puts nothing inside it at a deeper level.
  private static func withDepthsOfClosedPairs(_ sorted: [Pair]) -> [Pair] {
    var enclosing: [Int] = []  // the closing offsets of the pairs around the current one
    return sorted.map { pair in
      while let close = enclosing.last, close < pair.open { enclosing.removeLast() }
      var result = pair
      result.depth = enclosing.filter { $0 > pair.close }.count
      enclosing.append(pair.close)
      return result
    }
  }

  /// Whether the text from `start` opens with a speaker's label: one to three words in capitals
  /// (`PENCE`, `SEN. JONES`) and a colon.
  private static func opensWithLabel(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
    let longestLabel = 24
    var letters = 0
    for offset in start..<min(end, start + longestLabel) {
      let scalar = scalars[offset]
      if scalar == ":" { return letters >= 2 }
      if CharacterClass.isLetter(scalar) {
        guard CharacterClass.isUppercase(scalar) else { return false }
        letters += 1
      } else if scalar != " " && scalar != "." {
        return false
      }
    }
    return false
  }

  /// The index in `stack` of the opening mark that `mark` closes, if it closes one.
  private static func closingMatch(
    _ mark: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar, stack: [Opening]
  ) -> Int? {
    guard !stack.isEmpty else { return nil }
    let attachedLeft = !CharacterClass.isWhitespace(before)
    let closesHere = !CharacterClass.isLetter(after) && !CharacterClass.isDigit(after)
    let openers: [Unicode.Scalar]
    switch mark {
    case "\u{201C}": openers = ["\u{201E}"]  // „…“
    case "\u{201D}": openers = ["\u{201C}", "\u{201E}", "\""]
    case "\"": openers = attachedLeft || closesHere ? ["\"", "\u{201E}", "\u{201C}"] : []
    case "\u{2018}": openers = ["\u{201A}"]  // ‚…‘
    case "\u{2019}":
      // ’ between letters is an apostrophe (don’t, Kim’s); after a letter before a space it
      // closes a quote only when one is open.
      if CharacterClass.isLetter(before) && CharacterClass.isLetter(after) { return nil }
      openers = ["\u{2018}", "\u{201A}"]
    case "'":
      if CharacterClass.isLetter(before) && CharacterClass.isLetter(after) { return nil }
      openers = attachedLeft && closesHere ? ["'"] : []
    case "\u{00AB}": openers = ["\u{00BB}"]  // »…«
    case "\u{00BB}": openers = ["\u{00AB}"]  // «…»
    case "\u{203A}": openers = ["\u{2039}"]
    case "\u{2039}": openers = ["\u{203A}"]
    default: openers = []
    }
    return stack.lastIndex { openers.contains($0.mark) }
  }

  /// Whether `mark` opens a quote here.
  private static func opens(_ mark: Unicode.Scalar, before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
    if before == "=" { return false }  // an attribute value in markup, `author="…"`
    let followedByText = !CharacterClass.isWhitespace(after)
    let freeLeft = CharacterClass.isWhitespace(before) || "([{—–-/:\"'„“‚‘»«".unicodeScalars.contains(before)
    switch mark {
    case "\u{201E}", "\u{201C}", "\u{00BB}", "\u{00AB}", "\u{203A}", "\u{2039}": return followedByText
    case "\"": return followedByText
    case "\u{201A}", "\u{2018}": return followedByText && freeLeft
    case "'": return followedByText && freeLeft && (CharacterClass.isLetter(after) || CharacterClass.isDigit(after) || after == ".")
    default: return false
    }
  }
}
