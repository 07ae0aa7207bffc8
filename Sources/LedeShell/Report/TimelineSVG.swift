import LedeCore

/// The timeline drawn as an SVG axis: one dot per dated expression at its day, labels on
/// alternating rows so that neighbours do not overlap, and a bar for a duration's reach.
struct TimelineSVG {
  let times: [TimeExpression]
  var labels = ReportLabels()
  let width = 1000.0

  func render() -> String {
    let dated = times.compactMap { time -> (TimeExpression, Int, Int)? in
      guard let start = time.calendarStart else { return nil }
      return (time, start.dayNumber, max(start.dayNumber, time.calendarEnd?.dayNumber ?? start.dayNumber))
    }
    // The axis spans the dates the text names; a duration reaching back before them (`seit 24
    // Jahren`) is drawn from the axis's start with its own first year.
    let points = dated.filter { $0.0.reach == nil }
    let scaled = points.isEmpty ? dated : points
    guard let earliest = scaled.map(\.1).min(), let latest = scaled.map({ $0.0.reach == nil ? $0.1 : $0.2 }).max(),
      let firstYear = scaled.compactMap({ $0.0.calendarStart?.year }).min(),
      let lastYear = scaled.compactMap({ $0.0.calendarEnd?.year ?? $0.0.calendarStart?.year }).max()
    else {
      return HTML.element("p", [("class", "empty")], HTML.escape(labels["no-times"]))
    }
    let span = Double(max(latest - earliest, 1))
    let left = 40.0
    let right = width - 40
    let x = { (day: Int) in left + (right - left) * Double(min(max(day, earliest), max(latest, earliest + 1)) - earliest) / span }
    let rows = 4
    let axisY = 60.0
    let height = axisY + 40 + Double(rows) * 34
    var parts: [String] = []
    parts.append("<line x1=\"\(HTML.number(left))\" y1=\"\(HTML.number(axisY))\" x2=\"\(HTML.number(right))\" y2=\"\(HTML.number(axisY))\" class=\"axis\"/>")
    // Within two years the axis shows months, over longer spans years.
    let ticks = lastYear - firstYear <= 1
      ? monthTicks(from: firstYear, within: earliest...latest) : yearTicks(from: firstYear, to: lastYear, within: earliest...latest).map { (String($0.0), $0.1) }
    for (label, day) in ticks {
      let position = HTML.number(x(day))
      parts.append("<line x1=\"\(position)\" y1=\"\(HTML.number(axisY - 8))\" x2=\"\(position)\" y2=\"\(HTML.number(axisY + 8))\" class=\"tick\"/>")
      parts.append("<text x=\"\(position)\" y=\"\(HTML.number(axisY - 14))\" class=\"year\">\(HTML.escape(label))</text>")
    }
    for (index, (time, first, last)) in dated.sorted(by: { $0.1 < $1.1 }).enumerated() {
      let start = x(first)
      let row = index % rows
      let labelY = axisY + 36 + Double(row) * 34
      if last > first {
        parts.append(
          "<rect x=\"\(HTML.number(start))\" y=\"\(HTML.number(axisY - 5))\" width=\"\(HTML.number(max(x(last) - start, 2)))\" height=\"10\" class=\"reach\"/>")
      }
      parts.append("<line x1=\"\(HTML.number(start))\" y1=\"\(HTML.number(axisY))\" x2=\"\(HTML.number(start))\" y2=\"\(HTML.number(labelY - 14))\" class=\"stem\"/>")
      parts.append("<circle cx=\"\(HTML.number(start))\" cy=\"\(HTML.number(axisY))\" r=\"6\" class=\"event\"/>")
      let anchor = start > width * 0.75 ? "end" : "start"
      let before = first < earliest ? "← \(labels["since"]) \(time.reach?.begin ?? "") · " : ""
      let label = HTML.escape(before + time.value) + " · " + HTML.escape(String(time.text.prefix(28)))
      parts.append("<text x=\"\(HTML.number(start))\" y=\"\(HTML.number(labelY))\" text-anchor=\"\(anchor)\" class=\"label\">\(label)</text>")
    }
    let attributes = [
      ("viewBox", "0 0 \(HTML.number(width)) \(HTML.number(height))"), ("role", "img"),
      ("aria-label", "timeline of \(dated.count) dated expressions"), ("class", "timeline"),
    ]
    return HTML.element("svg", [("xmlns", "http://www.w3.org/2000/svg")] + attributes, parts.joined(separator: "\n"))
  }

  /// The first day of every month inside the range from `firstYear` on, labelled with the
  /// month's short name (and the year at January and at the first tick).
  private func monthTicks(from firstYear: Int, within days: ClosedRange<Int>) -> [(String, Int)] {
    var ticks: [(String, Int)] = []
    var (year, month) = (firstYear, 1)
    while let date = CalendarDate(year: year, month: month, day: 1), date.dayNumber <= days.upperBound {
      if date.dayNumber >= days.lowerBound {
        let name = String(labels["month-\(month)"].prefix(3))
        ticks.append((ticks.isEmpty || month == 1 ? "\(name) \(year)" : name, date.dayNumber))
      }
      (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
    }
    return ticks
  }

  /// The first day of every year in the range (thinned to at most twelve ticks), the first
  /// year's tick at the start of the axis.
  private func yearTicks(from firstYear: Int, to lastYear: Int, within days: ClosedRange<Int>) -> [(Int, Int)] {
    let step = max(1, (lastYear - firstYear) / 12 + 1)
    return stride(from: firstYear, through: lastYear, by: step).compactMap { year in
      let day = CalendarDate(year: year, month: 1, day: 1)?.dayNumber ?? days.lowerBound
      return days.contains(day) || year == firstYear ? (year, min(max(day, days.lowerBound), days.upperBound)) : nil
    }
  }
}
