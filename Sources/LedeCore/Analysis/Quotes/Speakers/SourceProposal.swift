/// Words that a construction proposes as the source of a quote, or a source it points to.
enum SourceWords: Equatable {
  /// Tokens of the cue's sentence.
  case words(Range<Int>)
  /// A source named here in another form (the owner of `police’s claim`, the document `darin`
  /// points to), with the tokens that name it.
  case named(String, Range<Int>)
  /// The speaker of the report just before (`demnach`, `man betont`).
  case previousSpeaker
  /// The organisation or thing that opened a sentence just before (`it says`).
  case lastThing
}

/// One construction's answer to "who does this cue say speaks": its name (a feature the model
/// weighs), the words, and what else the construction saw (more features).
struct SourceProposal: Equatable {
  var construction: String
  var source: SourceWords
  var flags: [String] = []
}
