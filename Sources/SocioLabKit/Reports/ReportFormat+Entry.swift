extension ReportFormat {
    /// An entry's status as a reader sees it: the status's name, with the final shortfall after the
    /// operation's end (`ni doseženo (manjka 3)`), or the partners' share of the operation's value when
    /// the report is scoped to partners without sub-targets (`delež 12,5 %`); a dash when there is none.
    package func status(of entry: IndicatorReport.Entry) -> String {
        if let status = entry.status {
            let name = status.title[language]
            guard let shortfall = entry.shortfall else { return name }
            return name + " (" + word(.short) + " " + integer(shortfall) + ")"
        }
        if let share = entry.share { return word(.share) + " " + percent(share) }
        return "–"
    }

    /// A title as a heading: its first letter upper case (`gender` → `Gender`, `spol` → `Spol`).
    package func heading(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A forecast as a whole number, or a dash.
    package func forecast(_ value: Double?) -> String { value.map { decimal($0, digits: 0) } ?? "–" }

    /// A measure's label with its unit: `ure` when the name is the unit, else `doseg (ocena) [osebe]`.
    package func measureLabel(_ entry: IndicatorReport.Entry) -> String {
        guard let name = entry.measureName else { return "" }
        let unit = entry.measureUnit ?? name
        return unit == name ? name[language] : name[language] + " [" + unit[language] + "]"
    }

    /// A measure, or the suppressed mark.
    package func measure(_ value: Quantity?) -> String { value.map(quantity) ?? Self.suppressedMark }

    /// The codes of the ESF entries not confirmed by a source, in report order, each once.
    package func unverifiedCodes(_ report: IndicatorReport) -> [String] {
        var seen: Set<String> = []
        return (report.esf + report.esfPlus).filter { $0.verification != .verified }.map(\.code).filter {
            seen.insert($0).inserted
        }
    }

    /// The indicators and breakdowns the reader asked for (`--by`), in the order asked, with any cell to show.
    package func requestedBreakdowns(_ entry: IndicatorReport.Entry, _ report: IndicatorReport) -> [Breakdown]
    {
        guard let asked = report.requestedBreakdowns else { return [] }
        return asked.compactMap { dimension in entry.breakdowns.first { $0.dimension == dimension } }
    }
}
