@testable import LedeShell
import Testing

@Suite struct OutputFormatTests {
  let table = Table(
    columns: [Column("id", alignment: .right), Column("name", shrinks: true), Column("start", visibility: .jsonOnly)],
    rows: [[1, "Grüße, \"Welt\"", 0], [12, "x|y", 5]], noun: ("row", "rows"))

  /// A wrapping column goes on over lines at the terminal's width, words whole; the others
  /// stay on the first line.
  @Test func wrappingColumnsGoOnOverLines() {
    let table = Table(
      columns: [Column("name"), Column("summary", wraps: true)],
      rows: [["load", "Load articles from files, directories or standard input."]], noun: ("command", "commands"))
    let lines = Renderer(format: .table, width: 30).render(.table(table)).split(separator: "\n").map(String.init)
    #expect(lines[2...4] == ["load  Load articles from", "      files, directories or", "      standard input."])
    #expect(lines.allSatisfy { $0.count <= 30 })
  }

  /// `set expanded on` writes a block per row; `auto` only when a row does not fit the width.
  @Test func expandedTablesWriteABlockPerRow() {
    let table = Table(columns: [Column("name"), Column("summary")], rows: [["load", "Load articles."], ["use", "Pick one."]], noun: ("command", "commands"))
    let expanded = Renderer(format: .table, expanded: .on).render(.table(table))
    #expect(expanded == "-[ RECORD 1 ]-\nname     load\nsummary  Load articles.\n-[ RECORD 2 ]-\nname     use\nsummary  Pick one.\n(2 commands)\n")
    #expect(Renderer(format: .table, width: 80, expanded: .auto).render(.table(table)).hasPrefix("name  summary"))
    #expect(Renderer(format: .table, width: 15, expanded: .auto).render(.table(table)).hasPrefix("-[ RECORD 1 ]-"))
  }

  /// JSON is one line for pipes and indented on a terminal; controls a terminal would act on
  /// (C1, bidi overrides) are escapes, the same string to a parser.
  @Test func jsonIsIndentedOnATerminalAndInertEverywhere() {
    let value: Value = .object([.init("name", "Kim\u{9B}31m\u{202E}"), .init("mentions", .array([1, 2])), .init("none", .array([]))])
    let output = CommandOutput.message("", json: value)
    #expect(Renderer(format: .json).render(output) == #"{"name":"Kim\u009b31m\u202e","mentions":[1,2],"none":[]}"# + "\n")
    #expect(Renderer(format: .json, width: 80).render(output) == """
      {
        "name": "Kim\\u009b31m\\u202e",
        "mentions": [
          1,
          2
        ],
        "none": []
      }

      """)
  }

  @Test func tableForPeople() {
    let text = Renderer(format: .table).render(.table(table))
    #expect(text == """
      id  name
      ──  ─────────────
       1  Grüße, "Welt"
      12  x|y
      (2 rows)

      """)
  }

  @Test func tableShrinksToTheTerminal() {
    let text = Renderer(format: .table, width: 16).render(.table(table))
    #expect(text.split(separator: "\n")[2] == " 1  Grüße, \"Wel…")
  }

  @Test func jsonIsOneLinePerCommand() {
    let text = Renderer(format: .json).render(.table(table))
    #expect(text == #"[{"id":1,"name":"Grüße, \"Welt\"","start":0},{"id":12,"name":"x|y","start":5}]"# + "\n")
    #expect(Renderer(format: .json).render(.nothing) == "null\n")
    #expect(Renderer(format: .json).render(.text("a\nb", json: .string("a\nb"))) == "\"a\\nb\"\n")
  }

  /// Printable ASCII is a column a byte; controls take none, wide characters two, combining marks none.
  @Test func displayWidthCountsColumns() {
    #expect(DisplayWidth.of("Kim Jong Un") == 11)
    #expect(DisplayWidth.of("a\u{7}b\u{7F}") == 2)
    #expect(DisplayWidth.of("Grüße") == 5)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("平壤") == 4)
  }

  /// A line break of any kind (also U+2028) quotes a CSV field, as a comma or a quotation mark does.
  @Test func csvQuotesLineBreaksOfEveryKind() {
    let breaks = Table(columns: [Column("text")], rows: [["a\u{2028}b"], ["a\nb"], ["plain"]], noun: ("row", "rows"))
    #expect(Renderer(format: .csv).render(.table(breaks)) == "text\n\"a\u{2028}b\"\n\"a\nb\"\nplain\n")
  }

  @Test func csvQuotesWhatNeedsIt() {
    let text = Renderer(format: .csv).render(.table(table))
    #expect(text == "id,name,start\n1,\"Grüße, \"\"Welt\"\"\",0\n12,x|y,5\n")
  }

  /// Text a spreadsheet would run as a formula gets a `'` in front; numbers and `--raw-csv` do not.
  @Test func csvNeutralisesFormulasInText() {
    let formulas = Table(
      columns: [Column("text"), Column("n")], rows: [["=HYPERLINK(\"x\")", -3], ["@SUM(A1)", 2], ["-1+2", 0], ["plain", 1]],
      noun: ("row", "rows"))
    #expect(Renderer(format: .csv).render(.table(formulas)) == "text,n\n\"'=HYPERLINK(\"\"x\"\")\",-3\n'@SUM(A1),2\n'-1+2,0\nplain,1\n")
    #expect(Renderer(format: .csv, rawCSV: true).render(.table(formulas)) == "text,n\n\"=HYPERLINK(\"\"x\"\")\",-3\n@SUM(A1),2\n-1+2,0\nplain,1\n")
  }

  @Test func markdownEscapesPipes() {
    let text = Renderer(format: .markdown).render(.table(table))
    #expect(text == "| id | name |\n| ---: | --- |\n| 1 | Grüße, \"Welt\" |\n| 12 | x\\|y |\n")
  }

  @Test func recordsInEveryFormat() {
    let record = CommandOutput.record(Record([.init("date", "2024-06"), .init("authors", Value(["A", "B"]))]))
    #expect(Renderer(format: .table).render(record) == "date     2024-06\nauthors  A, B\n")
    #expect(Renderer(format: .json).render(record) == #"{"date":"2024-06","authors":["A","B"]}"# + "\n")
    #expect(Renderer(format: .csv).render(record) == "field,value\ndate,2024-06\nauthors,\"A, B\"\n")
    #expect(Renderer(format: .markdown).render(record) == "| field | value |\n| --- | --- |\n| date | 2024-06 |\n| authors | A, B |\n")
  }

  @Test func colourOnlyWhenAsked() {
    let plain = Renderer(format: .table, style: .plain).render(.table(table))
    let colored = Renderer(format: .table, style: .colors).render(.table(table))
    #expect(!plain.contains("\u{1B}"))
    #expect(colored.contains("\u{1B}[1m"))
  }
}
