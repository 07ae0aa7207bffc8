/// What one speaker is quoted with, for `speakers`, `compare` and reports.
public struct SpeakerTally: Sendable, Equatable {
  /// The speaker's name; nil when the text does not say.
  public var speaker: String?
  /// The speaker's quotes, in text order.
  public var quotes: [Quote]

  /// The words of all the speaker's quotes.
  public var words: Int { quotes.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count } }

  /// How many of the quotes are of `kind`.
  public func count(_ kind: Quote.Kind) -> Int { quotes.filter { $0.kind == kind }.count }
}

/// The quotes grouped by speaker, speakers in the order they are first quoted.
public func speakerTallies(_ quotes: [Quote]) -> [SpeakerTally] {
  var tallies: [SpeakerTally] = []
  var index: [String?: Int] = [:]
  for quote in quotes {
    if let found = index[quote.speaker] {
      tallies[found].quotes.append(quote)
    } else {
      index[quote.speaker] = tallies.count
      tallies.append(SpeakerTally(speaker: quote.speaker, quotes: [quote]))
    }
  }
  return tallies
}
