/// The words of time expressions in one language (`time-words.tsv`): month and weekday names,
/// units, number words, relative and deictic words, parts of the day, seasons, frequencies.
public struct TimeLexicon: Sendable {
  /// What a word contributes to a time expression.
  public enum WordClass: String, Sendable, CaseIterable {
    case month, weekday, unit, number, ordinal, relative, reference, dayOffset = "day-offset", daypart, season
    case position, frequency, every, future, past, clock, meridiem, vague
    /// A word for the present that is temporal only against another time in its sentence
    /// (`bereits im Februar …, so dass er nun …`); alone it is mostly a discourse particle.
    case contrastiveReference = "contrastive-reference"
    /// A noun for the present, past or future, a reference only with its article (`the future`).
    case referenceNoun = "reference-noun"
    /// A word before a number that makes it a quantity, not a year (`rund 1500`, `about 2000`).
    case approximator
    /// A word that makes the length before it an age (`six-year-old`, `20 Jahre alt`).
    case age
    /// The stem of a unit inside a German compound (`stünd` in `zweistündig`).
    case unitStem = "unit-stem"
    /// The ending that makes a unit a duration adjective (`-ig`, `-lang`); valued `counted` when
    /// the unit needs its number (`zweistündig`; a bare `jährige` is an age), empty when a unit
    /// alone makes a duration of unknown length (`jahrelang`).
    case durationSuffix = "duration-suffix"
    /// A part of the day said of every day (`morgens`, `nachts`).
    case daypartSet = "daypart-set"
    /// A unit in the plural: without a number, an unknown count (`seit Jahren`, `for years`).
    case plural
    /// A word that puts what it governs after the time of speaking (`scheduled`, `planned`,
    /// `geplant`): `planned to leave on Thursday` is the coming Thursday although `planned` is past.
    case prospective
    /// A present perfect auxiliary (`has`): past, but a plan it introduces (`has scheduled a
    /// news conference Thursday`) still lies ahead.
    case perfect
    /// A holiday with the rule of its date (`christmas` 12-25, `ostern` easter+0; see `HolidayRule`).
    case holiday
    /// The first word of a two-word holiday name, with its rule (`election` in `Election Day`).
    case holidayHead = "holiday-head"
    /// The ending of an ordinal written with digits (`20th`, `1st`).
    case ordinalSuffix = "ordinal-suffix"
    /// A half (`1/2`, `half`).
    case fraction
    /// A unit whose durations the language writes in years, with its length (`decade` 10).
    case yearsPerUnit = "years-per-unit"
    /// A decade in words, valued by its first three digits (`nineties`, `zwanziger` → 192).
    case decade
    /// The ending that makes a weekday a habit (German `montag-s`: every Monday).
    case frequencySuffix = "frequency-suffix"
    /// The ending that makes digits a decade (German `90er`, English `1990s`, `’90s`).
    case decadeSuffix = "decade-suffix"
    /// A word that names an hour of the day (`noon` 12, `midnight` 24).
    case hour
    /// The ending of a regular past form (`-ed`): past, unless a passive auxiliary stands before it.
    case pastEnding = "past-ending"
    /// A form of `be` that makes a following `-ed` form a participle (`will be released`).
    case passiveAuxiliary = "passive-auxiliary"
    /// A preposition whose duration reaches up to the time of writing (`seit 24 Jahren`): the
    /// duration implies the point it began.
    case since
  }

  /// One reading of a word: its class and value (`juni` → month 6, `nächsten` → relative 1).
  public struct Entry: Hashable, Sendable {
    public let wordClass: WordClass
    public let value: String
  }

  public private(set) var entries: [String: [Entry]] = [:]
  private var durationSuffixes: [(suffix: String, counted: Bool)] = []
  /// The `frequency-suffix` words.
  private var frequencySuffixes: Set<String> = []
  /// The `decade-suffix` words, longest first.
  private var decadeSuffixes: [String] = []
  /// Month names and abbreviations with their numbers.
  private var monthNames: [(name: String, month: String)] = []
  /// Endings of regular past forms (`-ed`), longest first.
  public private(set) var pastEndings: [String] = []
  /// The units whose durations the language writes in years, with their length in years
  /// (English `decade` → 10: `two decades` is P20Y).
  private(set) var yearsPerUnit: [TimeValues.Unit: Int] = [:]
  /// Endings an adjective takes (`zweistündig-en`), from the language's grammar words.
  public var adjectiveEndings: Set<String> = []

  public init() {}

  public mutating func add(_ word: String, _ wordClass: WordClass, _ value: String) {
    let entry = Entry(wordClass: wordClass, value: value)
    if !(entries[word]?.contains(entry) ?? false) { entries[word, default: []].append(entry) }
    if wordClass == .durationSuffix { durationSuffixes.append((word, value == "counted")) }
    if wordClass == .frequencySuffix { frequencySuffixes.insert(word) }
    if wordClass == .decadeSuffix {
      decadeSuffixes.append(word)
      decadeSuffixes.sort { $0.count > $1.count || $0.count == $1.count && $0 < $1 }
    }
    if wordClass == .month { monthNames.append((word, value)) }
    if wordClass == .pastEnding {
      pastEndings.append(word)
      pastEndings.sort { $0.count > $1.count }
    }
    let readings = entries[word] ?? []
    if wordClass == .yearsPerUnit || wordClass == .unit,
      let years = readings.first(where: { $0.wordClass == .yearsPerUnit }).flatMap({ Int($0.value) })
    {
      for case let unit? in readings.filter({ $0.wordClass == .unit }).map({ TimeValues.Unit(rawValue: $0.value) }) { yearsPerUnit[unit] = years }
    }
  }

  /// Whether a lower-cased month word shortens a longer name of that month (`jan`, `sept`; not
  /// `may`): without its period or a day number it is more likely a name (`Jan Kavan`).
  func isMonthAbbreviation(_ word: String) -> Bool {
    guard let month = monthNames.first(where: { $0.name == word })?.month else { return false }
    return monthNames.contains { $0.month == month && $0.name.count > word.count && $0.name.hasPrefix(word) }
  }

  /// Whether a value is a holiday rule (`12-25`, `easter+49`, `11/4/4`).
  public static func isHolidayRule(_ value: String) -> Bool { HolidayRule(value) != nil }

  /// The number a hyphenated pair of number words spells (`twenty-four` → 24).
  func compoundNumber(_ word: String) -> Int? {
    let parts = word.split(separator: "-")
    guard parts.count == 2, let tens = number(String(parts[0])), let units = number(String(parts[1])),
      (20...90).contains(tens), tens % 10 == 0, (1...9).contains(units)
    else { return nil }
    return tens + units
  }

  /// The number of an ordinal written with digits and an ending of the language (`20th` → 20).
  func digitOrdinal(_ word: String) -> Int? {
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count < word.count, digits.count <= 3,
      entries[String(word.dropFirst(digits.count))]?.contains(where: { $0.wordClass == .ordinalSuffix }) ?? false
    else { return nil }
    return Int(digits)
  }

  private func number(_ word: String) -> Int? {
    entries[word]?.first { $0.wordClass == .number }.flatMap { Int($0.value) }
  }

  /// The decade a word writes in digits with a decade suffix or an apostrophe before them
  /// (`90er`, `1990er`, `1990s`, `’90s`, `’90`) as its TIMEX3 digits (`199`); a two-digit decade
  /// is taken in the twentieth century, `00` and `10` in the twenty-first.
  func writtenDecade(_ word: String) -> String? {
    guard let first = word.first, first.isNumber || first == "'" || first == "’" else { return nil }
    var digits = Substring(word)
    if let suffix = decadeSuffixes.first(where: { word.hasSuffix($0) }) { digits = digits.dropLast(suffix.count) }
    if digits.hasPrefix("'") || digits.hasPrefix("’") { digits.removeFirst() }
    guard digits.count < word.count, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), digits.hasSuffix("0") else { return nil }
    if digits.count == 4 { return String(digits.dropLast()) }
    if digits.count == 2 { return (digits.first == "0" || digits.first == "1" ? "20" : "19") + String(digits.dropLast()) }
    return nil
  }

  /// The readings of a lower-cased word, German compounds included: `montagabend` (weekday and
  /// part of the day), `montags` (every Monday), `zweistündigen` (two hours), `jahrelang`.
  func readings(of word: String) -> [Entry] {
    if let known = entries[word] { return known }
    if let number = compoundNumber(word) { return [Entry(wordClass: .number, value: String(number))] }
    if let ordinal = digitOrdinal(word) { return [Entry(wordClass: .ordinal, value: String(ordinal))] }
    return compoundReadings(of: word)
  }

  /// The longest word read as a compound (`dreiundzwanzigstündigen` has 23 letters): a longer
  /// one is no time word, and trying each of its splits would cost time squared in its length.
  static let longestCompound = 48

  private func compoundReadings(of word: String) -> [Entry] {
    guard case 6...Self.longestCompound = word.unicodeScalars.count else { return [] }
    var result: [Entry] = []
    for split in word.indices.dropFirst(3) {
      let head = String(word[..<split])
      let tail = String(word[split...])
      let heads = entries[head] ?? []
      let tails = entries[tail] ?? []
      // `montagabend`, `dienstagmorgen`
      if let weekday = heads.first(where: { $0.wordClass == .weekday }),
        let part = tails.first(where: { $0.wordClass == .daypart })
      {
        result.append(Entry(wordClass: .weekday, value: weekday.value))
        result.append(Entry(wordClass: .daypart, value: part.value))
      }
      // `montags`: every Monday
      if frequencySuffixes.contains(tail), let weekday = heads.first(where: { $0.wordClass == .weekday }) {
        result.append(Entry(wordClass: .frequency, value: "XXXX-WXX-" + weekday.value))
      }
      // `zweistündigen`, `dreitägige`, `jahrzehntelangen`, `stundenlang`
      if let (suffix, counted) = durationSuffix(tail: tail) {
        let stem = String(word[..<split])
        for (count, unit) in numberAndUnit(stem) where count != nil || !counted {
          result.append(Entry(wordClass: .unit, value: unit))
          result.append(Entry(wordClass: .number, value: count ?? "X"))
          result.append(Entry(wordClass: .durationSuffix, value: suffix))
        }
      }
      if !result.isEmpty { return result }
    }
    return result
  }

  /// `ig`, `ige`, `lang`, `langen` …: the duration suffix a word ends in, without its adjective
  /// ending.
  private func durationSuffix(tail: String) -> (suffix: String, counted: Bool)? {
    durationSuffixes.first { suffix, _ in
      tail == suffix || (tail.hasPrefix(suffix) && adjectiveEndings.contains(String(tail.dropFirst(suffix.count))))
    }
  }

  /// `zweistünd` → (2, H), `jahrzehnte` → (nil, DE), `tage` → (nil, D).
  private func numberAndUnit(_ stem: String) -> [(String?, String)] {
    for entry in entries[stem] ?? [] where entry.wordClass == .unitStem || entry.wordClass == .unit {
      return [(nil, entry.value)]
    }
    for split in stem.indices.dropFirst() {
      let number = entries[String(stem[..<split])]?.first { $0.wordClass == .number }
      let unit = entries[String(stem[split...])]?.first { $0.wordClass == .unitStem || $0.wordClass == .unit }
      if let number, let unit { return [(number.value, unit.value)] }
    }
    return []
  }
}
