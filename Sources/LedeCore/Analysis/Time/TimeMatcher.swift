/// Matches `TimePattern`s against the words of a sentence and collects what the matched
/// words say (month, weekday, number, unit …) for the interpretation.
struct TimeMatcher {
  /// A word of the sentence as the patterns see it; hyphenated words are split into their parts
  /// (`mid-1990s`, `24-hour`, `1990er-Jahren`).
  struct Word {
    let text: String
    let lowered: String
    let span: Span
    let isNumber: Bool
    /// Whether the word opens its sentence (where nouns and other words alike are capitalised).
    let isFirst: Bool
    /// Its readings in the time lexicon, looked up once (an abbreviation also without its period).
    var readings: [TimeLexicon.Entry] = []
    /// The decade it writes in digits (`1990s` → `199`), as the time lexicon reads it.
    var decade: String?

    var isCapitalized: Bool { text.unicodeScalars.first.map(CharacterClass.isUppercase) ?? false }
  }

  /// What the words of one match say.
  struct Captures {
    var day: Int?
    var month: Int?
    var year: Int?
    var weekday: Int?
    /// A count; nil with `vague` for `einige Jahre`, `years`.
    var number: Int?
    var vague = false
    /// A unit in the plural (`Jahren`): without a number, the count is unknown.
    var plural = false
    var ordinal: Int?
    var unit: TimeValues.Unit?
    var relative: Int?
    var reference: String?
    var dayOffset: Int?
    var daypart: String?
    var season: String?
    var position: String?
    var frequency: String?
    var hour: Int?
    var minute: Int?
    var meridiem: Int?
    var decade: String?
    /// A half added to the count (`5 1/2 hours`, `half an hour`).
    var half = false
    /// The date rule of a holiday named (`12-25`).
    var holiday: String?
    /// The number words in the order read (`nineteen`, `ninety`, `seven`): a spelled-out year.
    var spelled: [Int] = []
    /// The expression is a contrastive reference (`nun`): it needs another time in its sentence.
    var contrastive = false

    /// The year the words name, in digits or in words (`nineteen ninety-seven`).
    var namedYear: Int? { year ?? TimeValues.spelledYear(spelled) }
    /// Number words that spell no year (`March two hundred …`): no date.
    var spellsNoYear: Bool { namedYear == nil && spelled.count >= 2 }
  }

  let lexicon: TimeLexicon

  /// The longest match of `pattern` starting at word `start`: the end and the captures.
  func match(_ pattern: TimePattern, in words: [Word], at start: Int) -> (end: Int, captures: Captures)? {
    var best: (end: Int, captures: Captures)?
    attempt(pattern.elements, 0, in: words, at: start, from: start, Captures(), best: &best)
    return best
  }

  /// Matches `elements[element...]` from word `position` on, trying each optional element with
  /// and without a word, and keeps the longest complete match in `best`.
  private func attempt(
    _ elements: [TimePattern.Element], _ element: Int, in words: [Word], at position: Int, from start: Int, _ captures: Captures,
    best: inout (end: Int, captures: Captures)?
  ) {
    if element == elements.count {
      if position > start, position > best?.end ?? -1 { best = (position, captures) }
      return
    }
    var current = elements[element]
    if case .optional(let inner) = current {
      attempt(elements, element + 1, in: words, at: position, from: start, captures, best: &best)
      current = inner
    }
    // Context must fit, but what it says is not the expression's.
    if case .context(let inner) = current {
      var scratch = captures
      guard position < words.count, accepts(inner, words[position]), take(inner, words[position], into: &scratch) else { return }
      attempt(elements, element + 1, in: words, at: position + 1, from: start, captures, best: &best)
      return
    }
    guard position < words.count, accepts(current, words[position]) else { return }
    var next = captures
    guard take(current, words[position], into: &next) else { return }
    attempt(elements, element + 1, in: words, at: position + 1, from: start, next, best: &best)
  }

  /// What a word can be as the first word of a match: patterns are indexed by these keys.
  enum StartKey: Hashable {
    case literal(String)
    case wordClass(TimeLexicon.WordClass)
    case number
    case decade
  }

  /// The keys under which `pattern` may start: those of its leading optional elements and of
  /// the first required one.
  static func startKeys(of pattern: TimePattern) -> [StartKey] {
    var keys: [StartKey] = []
    for element in pattern.elements {
      var inner = element
      var optional = false
      if case .optional(let wrapped) = element { (inner, optional) = (wrapped, true) }
      if case .context(let wrapped) = element { inner = wrapped }
      switch inner {
      case .literal(let words): keys += words.map(StartKey.literal)
      case .numeric(let form): keys.append(form == .decade ? .decade : .number)
      case .word(let wordClass):
        keys.append(.wordClass(wordClass))
        if wordClass == .number || wordClass == .ordinal { keys.append(.number) }
      case .optional, .context: break
      }
      if !optional { break }
    }
    return keys
  }

  /// The keys `word` starts patterns under.
  static func startKeys(of word: Word) -> [StartKey] {
    var keys: [StartKey] = [.literal(word.lowered)]
    keys += word.readings.map { .wordClass($0.wordClass) }
    if word.isNumber || word.lowered.first?.isNumber == true && word.readings.contains(where: { $0.wordClass == .ordinal }) {
      keys.append(.number)
    }
    if word.decade != nil { keys.append(.decade) }
    return keys
  }

  /// Whether `word` fits `element`, noting what it says.
  /// A cheap first test of `take` that copies no captures: false when `word` surely does not fit.
  private func accepts(_ element: TimePattern.Element, _ word: Word) -> Bool {
    switch element {
    case .optional(let inner), .context(let inner): return accepts(inner, word)
    case .literal(let words): return words.contains(word.lowered)
    case .numeric(let form): return form == .decade || word.isNumber || (form == .day && word.readings.contains { $0.wordClass == .ordinal })
    case .word(let wordClass):
      return (word.isNumber && (wordClass == .number || wordClass == .ordinal)) || word.readings.contains { $0.wordClass == wordClass }
    }
  }

  private func take(_ element: TimePattern.Element, _ word: Word, into captures: inout Captures) -> Bool {
    switch element {
    case .optional(let inner), .context(let inner):
      return take(inner, word, into: &captures)
    case .literal(let words):
      guard words.contains(word.lowered) else { return false }
      for reading in word.readings { note(reading, preferring: reading.wordClass, into: &captures) }
      return true
    case .numeric(let form):
      return takeNumber(form, word, into: &captures)
    case .word(let wordClass):
      if wordClass == .number, word.isNumber, let number = Int(word.text), number < 10_000 {
        captures.number = number
        return true
      }
      if wordClass == .ordinal, word.isNumber, let number = Int(word.text) {
        captures.ordinal = number
        return true
      }
      // Month names are capitalised in both languages (`May`, not the verb `may`).
      if wordClass == .month, !word.isCapitalized { return false }
      // `morgen` is tomorrow, `am Morgen` the morning: a capital inside the sentence makes a noun.
      if wordClass == .dayOffset, word.isCapitalized, !word.isFirst { return false }
      let readings = word.readings
      guard readings.contains(where: { $0.wordClass == wordClass }) else { return false }
      // A duration compound (`zweistündigen`) carries its own number: it is no bare unit.
      if wordClass == .unit, readings.contains(where: { $0.wordClass == .durationSuffix }) { return false }
      for reading in readings { note(reading, preferring: wordClass, into: &captures) }
      return true
    }
  }

  /// Notes a reading: the matched class always, the others of a compound too (`montagabend`).
  private func note(_ reading: TimeLexicon.Entry, preferring wordClass: TimeLexicon.WordClass, into captures: inout Captures) {
    let value = reading.value
    switch reading.wordClass {
    case .month: if wordClass == .month { captures.month = Int(value) }
    case .weekday: captures.weekday = Int(value)
    case .unit: captures.unit = TimeValues.Unit(rawValue: value)
    case .plural:
      captures.unit = captures.unit ?? TimeValues.Unit(rawValue: value)
      captures.plural = true
    case .number:
      guard value != "X" else {
        captures.vague = true
        break
      }
      guard let number = Int(value) else { break }
      captures.spelled.append(number)
      if let count = captures.number, count < 100, wordClass == .number, number == 100 || number == 1000 {
        captures.number = count * number  // `two thousand years`
      } else if captures.number == nil || captures.number == 1 && wordClass == .number {
        captures.number = number  // `a couple of years`: the article counts only alone
      }
    case .hour: if wordClass == .hour { captures.hour = Int(value) }
    case .decade: if wordClass == .decade { captures.decade = value }
    case .fraction: if wordClass == .fraction { captures.half = true }
    case .yearsPerUnit: break
    // `Mariä Himmelfahrt`: the first word names the holiday.
    case .holiday, .holidayHead: if wordClass == reading.wordClass, captures.holiday == nil { captures.holiday = value }
    case .vague: if wordClass == .vague { captures.vague = true }
    case .ordinal: if wordClass == .ordinal { captures.ordinal = Int(value) }
    case .relative: if wordClass == .relative { captures.relative = Int(value) }
    case .reference, .referenceNoun: if wordClass == reading.wordClass { captures.reference = value }
    case .contrastiveReference:
      if wordClass == reading.wordClass {
        captures.reference = value
        captures.contrastive = true
      }
    case .dayOffset: if wordClass == .dayOffset { captures.dayOffset = Int(value) }
    case .daypart: if wordClass == .daypart || wordClass == .weekday { captures.daypart = value }
    case .season: if wordClass == .season { captures.season = value }
    case .position: if wordClass == .position { captures.position = value }
    case .frequency, .daypartSet: if wordClass == reading.wordClass || wordClass == .frequency { captures.frequency = value }
    case .meridiem: if wordClass == .meridiem { captures.meridiem = Int(value) }
    case .every, .future, .past, .perfect, .ordinalSuffix, .prospective, .pastEnding, .passiveAuxiliary, .age, .approximator, .clock, .unitStem, .durationSuffix,
      .since, .decadeSuffix, .frequencySuffix:
      break
    }
  }

  private func takeNumber(_ form: TimePattern.Numeric, _ word: Word, into captures: inout Captures) -> Bool {
    let text = word.lowered
    switch form {
    case .year:
      guard word.isNumber, text.count == 4, let year = Int(text), (1000...2099).contains(year) else { return false }
      captures.year = year
    case .day:
      // `19`, or an ordinal written with digits (`March 8th`)
      let ordinal = word.isNumber ? nil : word.readings.first { $0.wordClass == .ordinal && $0.value.count <= 2 }.flatMap { Int($0.value) }
      guard let day = ordinal ?? (word.isNumber && text.count <= 2 ? Int(text) : nil), (1...31).contains(day),
        ordinal == nil || text.first?.isNumber == true
      else { return false }
      captures.day = day
    case .number:
      guard word.isNumber, let number = Int(text) else { return false }
      captures.number = number
    case .date:
      guard word.isNumber, let date = Self.writtenDate(text) else { return false }
      (captures.year, captures.month, captures.day) = (date.year, date.month, date.day)
    case .clock:
      guard word.isNumber, let clock = Self.clock(text) else { return false }
      (captures.hour, captures.minute) = (clock.hour, clock.minute)
    case .decade:
      guard let decade = word.decade else { return false }
      captures.decade = decade
    }
    return true
  }

  /// `19.06.2024`, `19.6.2024`, `2024-06-19`, `6/19/2024` (month first, as in English).
  static func writtenDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
    let dotted = text.split(separator: ".").compactMap { Int($0) }
    let dashed = text.split(separator: "-").compactMap { Int($0) }
    let slashed = text.split(separator: "/").compactMap { Int($0) }
    var parts: (Int, Int, Int)?
    if dotted.count == 3, text.split(separator: ".")[2].count == 4 { parts = (dotted[2], dotted[1], dotted[0]) }
    if dashed.count == 3, text.split(separator: "-")[0].count == 4 { parts = (dashed[0], dashed[1], dashed[2]) }
    if slashed.count == 3, text.split(separator: "/")[2].count == 4 { parts = (slashed[2], slashed[0], slashed[1]) }
    guard let (year, month, day) = parts, CalendarDate(year: year, month: month, day: day) != nil else { return nil }
    return (year, month, day)
  }

  /// `14.30`, `9:15`, `20.00`: an hour up to 24 and two digits of minutes.
  static func clock(_ text: String) -> (hour: Int, minute: Int)? {
    let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" })
    guard parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
      (0...24).contains(hour), (0..<60).contains(minute)
    else { return nil }
    return (hour, minute)
  }
}
