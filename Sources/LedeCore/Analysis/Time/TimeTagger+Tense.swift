/// The tense that places a time expression without a year or week of its own.
extension TimeTagger {
  /// Whether a future auxiliary in this sentence marks the future: German `wird` only with an
  /// infinitive at the end (not the passive `wird … eröffnet`); a language without infinitive
  /// endings marks the future by its auxiliary alone.
  func futureAuxiliaryCounts(in words: [TimeMatcher.Word]) -> Bool {
    let endings = data.words(.infinitiveEnding)
    guard !endings.isEmpty else { return true }
    let last = words.last { $0.lowered.unicodeScalars.first.map(CharacterClass.isLetter) ?? false }
    return endings.contains { last?.lowered.hasSuffix($0) ?? false }
  }

  /// The tense that places an expression: the nearest tense marker before it in its sentence
  /// (`said Friday that … will`: past), else the nearest after it, else present. Markers are
  /// future auxiliaries, words that look ahead (`planned to leave on Thursday`), past auxiliaries
  /// and past forms, and regular past endings not after a passive auxiliary (`was arrested`, but
  /// not `will be released`).
  func tense(around expression: Range<Int>, in words: [TimeMatcher.Word], futureCounts: Bool) -> TimeInterpreter.Tense {
    let lexicon = data.timeLexicon
    func marker(at index: Int) -> TimeInterpreter.Tense? {
      let readings = words[index].readings
      if readings.contains(where: { $0.wordClass == .prospective }) {
        // `had been due to expire Friday`: a plan told in the past.
        let before = words[max(0, index - 2)..<index]
        let toldInPast = before.contains { word in
          word.readings.contains { $0.wordClass == .past } && !word.readings.contains { $0.wordClass == .passiveAuxiliary }
        }
        return toldInPast ? .past : .future
      }
      if futureCounts, readings.contains(where: { $0.wordClass == .future }) { return .future }
      if readings.contains(where: { $0.wordClass == .past || $0.wordClass == .perfect }) { return .past }
      let word = words[index].lowered
      guard !lexicon.pastEndings.isEmpty, readings.isEmpty, !words[index].isNumber,
        lexicon.pastEndings.contains(where: { word.count > $0.count + 2 && word.hasSuffix($0) })
      else { return nil }
      if index > 0, words[index - 1].readings.contains(where: { $0.wordClass == .passiveAuxiliary }) { return nil }
      return .past
    }
    for index in words.indices[..<expression.lowerBound].reversed() {
      if let tense = marker(at: index) { return tense }
    }
    for index in words.indices[expression.upperBound...] {
      if let tense = marker(at: index) { return tense }
    }
    return .present
  }
}
