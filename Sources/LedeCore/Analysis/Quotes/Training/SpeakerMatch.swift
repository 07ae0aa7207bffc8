/// Whether a speaker name is right for an annotated one, as `../shared/eval/score_quotes.py`
/// judges it: case-insensitive, the last word of one among the words of the other (words of
/// four letters or more may differ in their ending: `Innenministerium`, `Innenministeriums`);
/// no annotated speaker matches only none.
public enum SpeakerMatch {
  public static func matches(gold: String?, predicted: String?) -> Bool {
    let goldWords = words(gold)
    let predictedWords = words(predicted)
    guard let goldLast = goldWords.last else { return predictedWords.isEmpty }
    guard let predictedLast = predictedWords.last else { return false }
    return contains(predictedWords, goldLast) || contains(goldWords, predictedLast)
  }

  private static func words(_ name: String?) -> [String] {
    guard let name else { return [] }
    return name.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
  }

  private static func contains(_ words: [String], _ word: String) -> Bool {
    words.contains { other in
      other == word || word.count >= 4 && other.count >= 4 && (other.hasPrefix(word) || word.hasPrefix(other))
    }
  }
}
