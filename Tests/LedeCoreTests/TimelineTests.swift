@testable import LedeCore
import LedeLanguages
import Testing

/// `timeline`: time expressions per family and language, against document dates varied.
@Suite struct TimelineTests {
  static func values(_ text: String, _ language: Language, date: CalendarDate?) throws -> [String] {
    let article = try Sample.article(text, language: language, date: date)
    return timeExpressions(in: article, using: LanguageResources.catalog[language]).map { "\($0.kind.rawValue) \($0.text) \($0.value)" }
  }

  static let wednesday = CalendarDate(year: 2024, month: 6, day: 19)

  @Test(arguments: [
    ("Der Vertrag wurde am 19. Juni 2024 unterzeichnet.", "DATE 19. Juni 2024 2024-06-19"),
    ("Die Frist endet am 19.06.2024.", "DATE 19.06.2024 2024-06-19"),
    ("Im Februar fuhr er nach Moskau.", "DATE Februar 2024-02"),
    ("Im Dezember war er in Rom.", "DATE Dezember 2023-12"),
    ("Im Dezember wird er in Rom sein.", "DATE Dezember 2024-12"),
    ("Ende 2023 begann der Bau.", "DATE Ende 2023 2023"),
    ("In den 90er Jahren war das anders.", "DATE den 90er Jahren 199"),
    ("Gestern kam der Minister.", "DATE Gestern 2024-06-18"),
    ("Er kam am Montag.", "DATE Montag 2024-06-17"),
    ("Er wird am Montag kommen.", "DATE Montag 2024-06-24"),
    ("Nächste Woche beginnt der Prozess.", "DATE Nächste Woche 2024-W26"),
    ("Im vergangenen Jahr stiegen die Preise.", "DATE vergangenen Jahr 2023"),
    ("Er war seit 24 Jahren nicht dort.", "DURATION 24 Jahren P24Y"),
    ("Nach einem zweistündigen Gespräch ging er.", "DURATION zweistündigen PT2H"),
    ("Die jahrzehntelangen Beziehungen halten.", "DURATION jahrzehntelangen PXDE"),
    ("Er kam in den frühen Morgenstunden an.", "TIME den frühen Morgenstunden 2024-06-19TMO"),
    ("Die Sitzung beginnt um 14.30 Uhr.", "TIME 14.30 Uhr 2024-06-19T14:30"),
    ("Am Dienstagabend sprach er.", "TIME Dienstagabend 2024-06-18TEV"),
    ("Die Messe findet jährlich statt.", "SET jährlich P1Y"),
    ("Der Markt ist montags geschlossen.", "SET montags XXXX-WXX-1"),
    ("Jetzt ist alles anders.", "DATE Jetzt PRESENT_REF"),
  ])
  func german(_ text: String, _ expected: String) throws {
    #expect(try Self.values(text, .german, date: Self.wednesday).contains(expected))
  }

  @Test(arguments: [
    ("The law took effect on June 19, 2024.", "DATE June 19, 2024 2024-06-19"),
    ("The plant closed two years ago.", "DATE two years ago 2022"),
    ("The minister resigned on Tuesday.", "DATE Tuesday 2024-06-18"),
    ("The minister will resign on Tuesday.", "DATE Tuesday 2024-06-25"),
    ("Sales rose last year.", "DATE last year 2023"),
    ("The talks lasted three weeks.", "DURATION three weeks P3W"),
    ("The board meets every Monday.", "SET every Monday XXXX-WXX-1"),
    ("The meeting starts at 9 a.m.", "TIME 9 a.m. 2024-06-19T09:00"),
    ("Profits fell in the first quarter.", "DATE the first quarter 2024-Q1"),
    // In June, a past third quarter is last year's.
    ("Profits fell in the third quarter.", "DATE the third quarter 2023-Q3"),
    ("Prices doubled in the 1990s.", "DATE the 1990s 199"),
    ("Yesterday the markets closed early.", "DATE Yesterday 2024-06-18"),
  ])
  func english(_ text: String, _ expected: String) throws {
    #expect(try Self.values(text, .english, date: Self.wednesday).contains(expected))
  }

  @Test func weekdaysResolveAcrossMonthAndYearEnds() throws {
    // 2025-01-01 is a Wednesday: last Monday is in December 2024, next Friday in January 2025.
    let newYear = CalendarDate(year: 2025, month: 1, day: 1)
    #expect(try Self.values("Er kam am Montag.", .german, date: newYear).contains("DATE Montag 2024-12-30"))
    #expect(try Self.values("Er wird am Freitag kommen.", .german, date: newYear).contains("DATE Freitag 2025-01-03"))
    // 2024-03-01 is a Friday: last Thursday is 2024-02-29 (a leap day).
    let march = CalendarDate(year: 2024, month: 3, day: 1)
    #expect(try Self.values("The deal was signed on Thursday.", .english, date: march).contains("DATE Thursday 2024-02-29"))
    #expect(try Self.values("Nächste Woche beginnt er.", .german, date: CalendarDate(year: 2024, month: 12, day: 30))
      .contains("DATE Nächste Woche 2025-W02"))
  }

  @Test func theTenseDecidesTheYearOfADate() throws {
    let october = CalendarDate(year: 2013, month: 10, day: 11)
    // Present tense (an announcement): the nearest 22 November; past: the one before.
    #expect(try Self.values("Das Konzert findet am 22. November statt.", .german, date: october).contains("DATE 22. November 2013-11-22"))
    #expect(try Self.values("Das Konzert war am 22. Dezember.", .german, date: CalendarDate(year: 2014, month: 7, day: 19))
      .contains("DATE 22. Dezember 2013-12-22"))
    // … unless the date on the other side is within about three months: a deadline moved.
    #expect(try Self.values("Die Frist wurde bis zum 22. November verlängert.", .german, date: october).contains("DATE 22. November 2013-11-22"))
    // A passive `wird … eröffnet` is no future: the Monday before.
    #expect(try Self.values("Die Ausstellung wird am Montag eröffnet.", .german, date: october).contains("DATE Montag 2013-10-07"))
    #expect(try Self.values("Er wird am Montag kommen.", .german, date: october).contains("DATE Montag 2013-10-14"))
    // What may happen looks ahead, though the sentence reports it in the past.
    let friday = CalendarDate(year: 2024, month: 7, day: 12)
    #expect(try Self.values("Bis Samstag könnten 60 Liter Regen fallen, teilte der Dienst mit.", .german, date: friday)
      .contains("DATE Samstag 2024-07-13"))
    #expect(try Self.values("Am Samstag fielen 60 Liter Regen, teilte der Dienst mit.", .german, date: friday)
      .contains("DATE Samstag 2024-07-06"))
  }

  @Test func clockTimesBelongToTheDocumentDate() throws {
    let values = try Self.values("Am 7. Dezember spielt die Band. Beginn ist um 18 Uhr.", .german, date: CalendarDate(year: 2013, month: 11, day: 30))
    #expect(values.contains("TIME 18 Uhr 2013-11-30T18:00"))
  }

  @Test func aClockTimeTakesTheDayNamedBeforeItInItsSentence() throws {
    let values = try Self.values("Die Premiere ist am 25. Februar um 20.30 Uhr.", .german, date: CalendarDate(year: 2010, month: 2, day: 20))
    #expect(values.contains("TIME 20.30 Uhr 2010-02-25T20:30"))
    let english = try Self.values("The offer expires at 5 p.m. EST Nov. 9.", .english, date: CalendarDate(year: 1989, month: 11, day: 2))
    #expect(english.contains("TIME 5 p.m. EST Nov. 9 1989-11-09T17:00"))
    let noon = try Self.values("The polls will close at noon Thursday.", .english, date: Self.wednesday)
    #expect(noon.contains("TIME noon Thursday 2024-06-20T12:00"))
  }

  @Test func theNearestTenseMarkerPlacesAWeekday() throws {
    // `said` before the weekday decides, not the `will` of the reported clause after it.
    let said = try Self.values("A spokesman said Thursday that the troops will stay.", .english, date: Self.wednesday)
    #expect(said.contains("DATE Thursday 2024-06-13"))
    // A plan looks ahead although its verb is past; told in the past perfect it does not.
    let planned = try Self.values("The team planned to leave on Thursday.", .english, date: Self.wednesday)
    #expect(planned.contains("DATE Thursday 2024-06-20"))
    let expired = try Self.values("The offer had been due to expire on Friday.", .english, date: Self.wednesday)
    #expect(expired.contains("DATE Friday 2024-06-14"))
    // A regular past form marks the past, a participle after a form of `be` does not.
    #expect(try Self.values("The embassy reopened Monday.", .english, date: Self.wednesday).contains("DATE Monday 2024-06-17"))
    #expect(try Self.values("The hostages will be released Monday.", .english, date: Self.wednesday).contains("DATE Monday 2024-06-24"))
  }

  @Test func englishWeekdaysTakeTheirPartOfTheDay() throws {
    let values = try Self.values("He was shot on Friday night.", .english, date: Self.wednesday)
    #expect(values.contains("TIME Friday night 2024-06-14TNI"))
  }

  @Test func yearsAndNumbersInWords() throws {
    #expect(try Self.values("It was built in nineteen ninety-seven.", .english, date: Self.wednesday).contains("DATE nineteen ninety-seven 1997"))
    #expect(try Self.values("In January nineteen ninety-six it rained.", .english, date: Self.wednesday)
      .contains("DATE January nineteen ninety-six 1996-01"))
    #expect(try Self.values("The talks lasted twenty-four hours.", .english, date: Self.wednesday).contains("DURATION twenty-four hours PT24H"))
    // `March two hundred …` is no year: March stays a month.
    #expect(try Self.values("In March two hundred people left.", .english, date: Self.wednesday).contains("DATE March 2024-03"))
  }

  @Test func anAbbreviatedMonthNeedsItsPeriodOrADay() throws {
    #expect(try Self.values("Foreign Minister Jan Kavan spoke.", .english, date: Self.wednesday).isEmpty)
    #expect(try Self.values("It ended on Jan. 31.", .english, date: Self.wednesday).contains("DATE Jan. 31 2024-01-31"))
  }

  /// Months, seasons, sets and clock hours in a report written on 27 October 1989.
  @Test(arguments: [
    ("Sales peaked last April.", "DATE last April 1989-04"),
    ("It rained in June last year.", "DATE June last year 1988-06"),
    ("The strike began this past spring.", "DATE this past spring 1989-SP"),
    ("It opens next summer.", "DATE next summer 1990-SU"),
    ("The market opens each July.", "SET each July XXXX-07"),
    ("Prices are checked hourly.", "SET hourly PT1H"),
    ("Profit for the full year fell.", "DATE the full year 1989"),
    ("He was arrested last Oct. 23.", "DATE last Oct. 23 1989-10-23"),
    ("He was arrested last Oct. 30.", "DATE last Oct. 30 1988-10-30"),
    ("Sales peaked last October.", "DATE last October 1988-10"),
    ("The alarm rang at 4 in the morning.", "TIME 4 in the morning 1989-10-27T04:00"),
  ])
  func englishFormsInAnOctoberReport(_ text: String, _ expected: String) throws {
    #expect(try Self.values(text, .english, date: CalendarDate(year: 1989, month: 10, day: 27)).contains(expected))
  }

  @Test func holidaysFallOnTheirRulesDay() throws {
    let june = Self.wednesday
    #expect(try Self.values("They met on Thanksgiving Day.", .english, date: june).contains("DATE Thanksgiving Day 2023-11-23"))
    #expect(try Self.values("Turnout rose on Election Day 2024.", .english, date: june).contains("DATE Election Day 2024 2024-11-05"))
    #expect(try Self.values("The parade was held on Memorial Day.", .english, date: june).contains("DATE Memorial Day 2024-05-27"))
    #expect(try Self.values("Zu Ostern war es kalt.", .german, date: june).contains("DATE Ostern 2024-03-31"))
    #expect(try Self.values("An Pfingsten blieb er zu Hause.", .german, date: june).contains("DATE Pfingsten 2024-05-19"))
    // The first word names the holiday: Mariä Himmelfahrt is 15 August, not Ascension Day.
    #expect(try Self.values("Zu Mariä Himmelfahrt kommt er.", .german, date: june).contains("DATE Mariä Himmelfahrt 2024-08-15"))
    #expect(HolidayRule.easterSunday(2000) == TimeValues.Day(year: 2000, month: 4, day: 23))
    #expect(HolidayRule("13-40") == nil)
  }

  @Test func periodsCountedFromTheDateMentionedLast() throws {
    let values = try Self.values("The plant opened in 1995. The following year it closed. Later that year it reopened.", .english, date: Self.wednesday)
    #expect(values.contains("DATE The following year 1996"))
    #expect(values.contains("DATE Later that year 1996"))
    let german = try Self.values("Am 3. Mai 2010 brannte es. Am selben Tag kam die Feuerwehr.", .german, date: Self.wednesday)
    #expect(german.contains("DATE selben Tag 2010-05-03"))
    // Without a date before it, `the following year` counts from the document date.
    #expect(try Self.values("The following year it closed.", .english, date: Self.wednesday).contains("DATE The following year 2025"))
  }

  @Test func wordsForDecadesNumbersAndOrdinals() throws {
    #expect(try Self.values("In den zwanziger Jahren wuchs die Stadt.", .german, date: Self.wednesday).contains("DATE den zwanziger Jahren 192"))
    #expect(try Self.values("Prices rose in the nineties.", .english, date: Self.wednesday).contains("DATE the nineties 199"))
    #expect(try Self.values("Er blieb vierzehn Tage.", .german, date: Self.wednesday).contains("DURATION vierzehn Tage P14D"))
    #expect(try Self.values("It was built in the 20th century.", .english, date: Self.wednesday).contains("DATE the 20th century 19"))
    #expect(try Self.values("It opened on March 8th.", .english, date: Self.wednesday).contains("DATE March 8th 2024-03-08"))
    #expect(try Self.values("Sales fell in recent years.", .english, date: Self.wednesday).contains("DURATION recent years PXY"))
  }

  @Test func halvesAndDecadesInDurations() throws {
    let english = try Self.values("The flight took 5 1/2 hours, the trial two and a half years, the pause a minute and a half.", .english, date: Self.wednesday)
    #expect(english.contains("DURATION 5 1/2 hours PT5H30M"))
    #expect(english.contains("DURATION two and a half years P2Y6M"))
    #expect(english.contains("DURATION a minute and a half PT1M30S"))
    // English durations count decades in years (as TimeBank writes them), German ones in decades.
    #expect(try Self.values("The feud lasted two decades.", .english, date: Self.wednesday).contains("DURATION two decades P20Y"))
    #expect(try Self.values("Der Streit dauerte zwei Jahrzehnte.", .german, date: Self.wednesday).contains("DURATION zwei Jahrzehnte P2DE"))
    #expect(try Self.values("It took a couple of years.", .english, date: Self.wednesday).contains("DURATION a couple of years P2Y"))
  }

  @Test func setsWithAnOrdinalOrARepeatedUnit() throws {
    #expect(try Self.values("Der Markt ist jeden zweiten Donnerstag geöffnet.", .german, date: Self.wednesday)
      .contains("SET jeden zweiten Donnerstag XXXX-WXX-4"))
    #expect(try Self.values("Die Preise steigen Jahr um Jahr.", .german, date: Self.wednesday).contains("SET Jahr um Jahr P1Y"))
    #expect(try Self.values("The club meets every other Tuesday.", .english, date: Self.wednesday).contains("SET every other Tuesday XXXX-WXX-2"))
  }

  @Test func halvesOfAYear() throws {
    let october = CalendarDate(year: 1989, month: 10, day: 26)
    #expect(try Self.values("Profit rose in the second half of 1989.", .english, date: october).contains("DATE the second half of 1989 1989-H2"))
    #expect(try Self.values("Sales fell in the first half of 1990.", .english, date: october).contains("DATE the first half of 1990 1990-H1"))
    #expect(try Self.values("In der zweiten Jahreshälfte 2014 stiegen die Preise.", .german, date: october)
      .contains("DATE der zweiten Jahreshälfte 2014 2014-H2"))
  }



  @Test func deicticWordsAfterAQuotationMark() throws {
    let values = try Self.values("``Today is a sad day,'' he said. CBS reported last night that it was over.", .english, date: Self.wednesday)
    #expect(values.contains("DATE Today 2024-06-19"))
    #expect(values.contains("TIME last night 2024-06-18TNI"))
  }

  @Test func aCompanyReportNamesTheQuarterItCovers() throws {
    let october = CalendarDate(year: 1989, month: 10, day: 26)
    let values = try Self.values("Profit rose 5% in the quarter, from $2 million in the year-ago quarter.", .english, date: october)
    #expect(values.contains("DATE the quarter 1989-Q3"))
    #expect(values.contains("DATE the year-ago quarter 1988-Q3"))
    let earlier = try Self.values("Profit rose in the third quarter. A year earlier it had fallen.", .english, date: october)
    #expect(earlier.contains("DATE A year earlier 1988-Q3"))
    let named = try Self.values("Net rose in this year's third quarter from the 1988 period.", .english, date: october)
    #expect(named.contains("DATE this year's third quarter 1989-Q3"))
    #expect(named.contains("DATE the 1988 period 1988-Q3"))
    let fiscal = try Self.values("Revenue was $76 million for the year ended March 31.", .english, date: october)
    #expect(fiscal.contains("DURATION the year P1Y"))
  }

  @Test func contextMakesABareNumberATime() throws {
    let values = try Self.values("Der Markt ist von 14.30-18 Uhr geöffnet, um 9.15 beginnt der Aufbau.", .german, date: Self.wednesday)
    #expect(values.contains("TIME 14.30 2024-06-19T14:30"))
    #expect(values.contains("TIME 18 Uhr 2024-06-19T18:00"))
    #expect(values.contains("TIME 9.15 2024-06-19T09:15"))
    #expect(try Self.values("Der Preis stieg von 14.30 auf 15.10 Euro.", .german, date: Self.wednesday).isEmpty)
  }

  @Test func nunIsTemporalOnlyAgainstAnotherTime() throws {
    #expect(try Self.values("Nun ruft die Schule wieder.", .german, date: Self.wednesday).isEmpty)
    #expect(
      try Self.values("Im Februar kaufte er einen Wagen, so dass er nun zwei besitzt.", .german, date: Self.wednesday)
        .contains("DATE nun PRESENT_REF"))
  }

  @Test func anApproximateNumberIsNoYear() throws {
    #expect(try Self.values("Rund 1500 Menschen kamen.", .german, date: Self.wednesday).isEmpty)
    #expect(try Self.values("Die Firma wurde 1998 gegründet.", .german, date: Self.wednesday).contains("DATE 1998 1998"))
    #expect(try Self.values("About 2000 people came.", .english, date: Self.wednesday).isEmpty)
  }

  @Test func anAgeIsNoDuration() throws {
    #expect(try Self.values("A six-year-old boy was found.", .english, date: Self.wednesday).isEmpty)
    #expect(try Self.values("Der Mann ist 20 Jahre alt.", .german, date: Self.wednesday).isEmpty)
    #expect(try Self.values("Er blieb 20 Jahre lang.", .german, date: Self.wednesday).contains("DURATION 20 Jahre lang P20Y"))
  }

  @Test func lastAndNextWeekdaysAreNeverTheDocumentDate() throws {
    // 2024-06-19 is a Wednesday.
    #expect(try Self.values("The deal was signed last Wednesday.", .english, date: Self.wednesday).contains("DATE last Wednesday 2024-06-12"))
    #expect(try Self.values("Er kommt nächsten Mittwoch.", .german, date: Self.wednesday).contains("DATE nächsten Mittwoch 2024-06-26"))
  }

  @Test func patternsThatCannotWorkAreRejected() {
    for bad in ["<nonsense>", "@weird", "[um]? @clock", "[um] @clock? [uhr]", "<month>? [uhr]", "@clock [bis] <number>"] {
      guard case .failure = TimePattern.parse(bad, kind: .time, interpretation: .clock) else {
        Issue.record("accepted \(bad)")
        continue
      }
    }
    guard case .success = TimePattern.parse("[um] @clock uhr?", kind: .time, interpretation: .clock) else {
      Issue.record("rejected a good pattern")
      return
    }
  }

  @Test func emptyAndOddArticlesHaveNoTimeline() throws {
    #expect(try Self.values("- - -", .german, date: Self.wednesday).isEmpty)
    #expect(try Self.values(String(repeating: "2024 ", count: 5000), .english, date: nil).count == 5000)
  }

  @Test func aMonthOnlyDateLeavesTheDayOpen() throws {
    let june = CalendarDate(year: 2024, month: 6)
    let article = try Sample.article("Am Mittwoch unterzeichneten sie. Im Februar war er dort.", language: .german, date: june)
    let found = timeExpressions(in: article, using: LanguageResources.catalog[.german])
    let wednesday = try #require(found.first { $0.text == "Mittwoch" })
    #expect(wednesday.value == "2024-06-XX")
    #expect(wednesday.approximate)
    #expect(found.contains { $0.text == "Februar" && $0.value == "2024-02" && !$0.approximate })
  }

  @Test func noDocumentDateLeavesValuesUnderspecified() throws {
    let values = try Self.values("Am 19. Juni kam er, am Mittwoch ging er. Gestern regnete es.", .german, date: nil)
    #expect(values.contains("DATE 19. Juni XXXX-06-19"))
    #expect(values.contains("DATE Mittwoch XXXX-WXX-3"))
    #expect(values.contains("DATE Gestern XXXX-XX-XX"))
  }

  @Test func narrativeDatesCountFromTheLastOne() throws {
    let values = try Self.values("Am 2. März 2009 begann der Prozess. Am nächsten Tag sprach der Richter.", .german, date: Self.wednesday)
    #expect(values.contains("DATE nächsten Tag 2009-03-03"))
  }

  @Test func timelineOrderPutsDatesFirst() throws {
    let article = try Sample.article(
      "Die Sitzung dauerte drei Stunden. Seit 24 Jahren wartet er. Im Mai kam er, im Februar ging er.", language: .german, date: Self.wednesday)
    let ordered = timelineOrder(timeExpressions(in: article, using: LanguageResources.catalog[.german]))
    #expect(ordered.map(\.value) == ["P24Y", "2024-02", "2024-05", "PT3H"])
  }

  /// A duration tied to the time of writing implies the point it begins or ends at.
  @Test(arguments: [
    ("Bei seinem ersten Besuch seit 24 Jahren unterschrieb er.", Language.german, wednesday, "2000 – 2024-06-19"),
    ("Bei seinem ersten Besuch seit 24 Jahren unterschrieb er.", .german, CalendarDate(year: 2024, month: 6), "2000 – 2024-06"),
    ("Seit drei Monaten wartet er.", .german, CalendarDate(year: 2024, month: 1, day: 10), "2023-10 – 2024-01-10"),
    ("In den vergangenen drei Jahren stieg der Preis.", .german, wednesday, "2021 – 2024-06-19"),
    ("Die nächsten fünf Jahre werden schwer.", .german, wednesday, "2024-06-19 – 2029"),
    ("Prices rose over the past three years.", .english, wednesday, "2021 – 2024-06-19"),
    ("Prices rose over the past two decades.", .english, wednesday, "2004 – 2024-06-19"),
    ("Seit 24 Jahren wartet er.", .german, nil, ""),
    ("Seit zehn Tagen wartet er.", .german, CalendarDate(year: 2024, month: 6), ""),
    ("Er wartete 24 Jahre.", .german, wednesday, ""),
    ("Seit Jahren wartet er.", .german, wednesday, ""),
  ] as [(String, Language, CalendarDate?, String)])
  func aDurationUpToTheTimeOfWritingImpliesItsStart(text: String, language: Language, date: CalendarDate?, reach: String) throws {
    let article = try Sample.article(text, language: language, date: date)
    let duration = try #require(timeExpressions(in: article, using: LanguageResources.catalog[language]).first { $0.kind == .duration })
    #expect((duration.reach?.description ?? "") == reach)
  }
}
