/// What the speaker decisions so far left for the next ones, in text order: who was reported
/// as speaking where, and which organisation or thing opened a recent sentence. One value,
/// passed to the candidates of each quote and updated after its decision.
struct Discourse {
  /// A speaker decided for an earlier quote.
  struct Spoken {
    var key: String
    var name: String
    var type: String
    var sentence: Int
    var paragraph: Int
    var kind: Quote.Kind
  }

  private(set) var spoken: [Spoken] = []
  /// The organisation or thing that opened a recent sentence (`Donald Trump’s campaign is …`).
  var lastThing: (name: String, sentence: Int)?

  mutating func note(_ speaker: Spoken) {
    spoken.append(speaker)
  }

  /// The latest distinct speakers before or in sentence `number`, at most `within` sentences
  /// back, the most recent first (a handful: a key is compared with those found so far, not hashed).
  func recentSpeakers(upTo number: Int, within: Int, limit: Int = 3) -> [Spoken] {
    var result: [Spoken] = []
    for speaker in spoken.reversed() {
      guard number - speaker.sentence <= within else { break }
      guard speaker.sentence <= number, !result.contains(where: { $0.key == speaker.key }) else { continue }
      result.append(speaker)
      if result.count == limit { break }
    }
    return result
  }
}
