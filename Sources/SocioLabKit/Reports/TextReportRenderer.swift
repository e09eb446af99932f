/// Renders a report as a terminal table with progress bars, no line wider than 100 columns.
public struct TextReportRenderer: ReportRenderer {
    /// The language of labels, numbers and dates.
    public var language: Language
    /// The widest line, in characters (100 by default, at least 80).
    public var width: Int

    /// Creates a renderer.
    public init(language: Language = .slovenian, width: Int = 100) {
        self.language = language
        self.width = max(80, width)
    }

    /// Renders the report.
    public func render(_ report: IndicatorReport) -> String {
        let f = ReportFormat(language: language)
        var lines: [String] = []
        lines.append(f.word(.title) + ": " + shown(f.text(report.operation.name)))
        lines.append(f.word(.scope) + ": " + shown(f.scope(report)))
        lines.append(f.word(.asOf) + ": " + f.date(report.asOf))
        if !report.fingerprint.isEmpty {
            lines.append(f.word(.fingerprint) + ": " + shown(report.fingerprint))
        }
        if report.shows(.outputs) {
            lines.append("")
            lines += outputsTable(report, f)
            if report.indicators.contains(where: { $0.share != nil }) { lines += wrap(f.word(.shareNote)) }
            if report.isFinal { lines += wrap(f.word(.finalNote)) }
            lines += breakdownTables(report, f)
        }
        if report.shows(.esf) {
            lines.append("")
            lines.append(f.word(.participants) + ": " + f.count(report.participants))
            lines.append(f.word(.incomplete) + ": " + f.count(report.incompleteRecords))
            for (title, entries) in [(f.word(.esf), report.esf), (f.word(.esfPlus), report.esfPlus)] {
                lines.append("")
                lines.append(title)
                let nameWidth = width - 47
                lines.append(
                    pad(f.word(.code), 8) + " " + pad(f.word(.indicator), nameWidth) + " "
                        + lpad(f.word(.total), 8) + " "
                        + lpad(f.word(.women), 8) + " " + lpad(f.word(.men), 8) + " "
                        + lpad(f.word(.nonBinary), 10))
                for entry in entries {
                    let g = entry.byGender
                    func cell(_ i: Int) -> String { i < g.count ? f.count(g[i].value) : "" }
                    lines.append(
                        pad(shown(entry.code), 8) + " " + pad(shown(f.text(entry.title)), nameWidth) + " "
                            + lpad(f.count(entry.value), 8)
                            + " " + lpad(cell(0), 8) + " " + lpad(cell(1), 8) + " " + lpad(cell(2), 10))
                }
            }
        }
        lines += financeSection(report, f)
        lines.append("")
        if report.suppressionThreshold != nil { lines.append(f.word(.suppressed)) }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append(f.word(.warnings) + ":")
            for warning in report.warnings { lines += wrap("- " + shown(f.text(warning))) }
        }
        let unverified = f.unverifiedCodes(report)
        if !unverified.isEmpty {
            lines.append("")
            lines.append(f.word(.appendix))
            lines += wrap(f.word(.unverifiedCodes) + ": " + shown(unverified.joined(separator: ", ")) + ".")
        }
        return lines.map { clip($0) }.joined(separator: "\n") + "\n"
    }

    /// The outputs table: id and title | in period | to date | target | bar | % | status, each numeric
    /// column as wide as its widest figure, so no figure is ever cut; the title takes what is left.
    private func outputsTable(_ report: IndicatorReport, _ f: ReportFormat) -> [String] {
        let rows = report.indicators.map { i in
            [
                f.count(i.value), f.count(i.toDate), i.target.map(f.integer) ?? "–", f.percent(i.progress),
                f.status(of: i),
            ]
        }
        let headers = [f.word(.value), f.word(.toDate), f.word(.target), "%", f.word(.status)]
        let minimum = [9, 8, 6, 7, 11]
        let widths = headers.indices.map { c in
            max(minimum[c], headers[c].count, rows.map { $0[c].count }.max() ?? 0)
        }
        // Six separating spaces and the bar (12 cells and brackets); the bar gives up cells before the
        // label is cut below 24 characters, so figures are never cut.
        let fixed = widths.reduce(0, +) + 6
        let barCells = max(0, min(12, width - fixed - 2 - 24))
        let labelWidth = max(8, width - fixed - 2 - barCells)
        func line(_ label: String, _ cells: [String], _ bar: String) -> String {
            pad(label, labelWidth) + " " + lpad(cells[0], widths[0]) + " " + lpad(cells[1], widths[1]) + " "
                + lpad(cells[2], widths[2]) + " " + bar + " " + lpad(cells[3], widths[3]) + " "
                + pad(cells[4], widths[4])
        }
        var lines: [String] = []
        let header = line(f.word(.output), headers, pad(f.word(.progress), barCells + 2))
        lines.append(header)
        lines.append(String(repeating: "─", count: min(width, header.count)))
        for (indicator, cells) in zip(report.indicators, rows) {
            lines.append(
                line(
                    shown(indicator.id + " " + f.text(indicator.title)), cells,
                    bar(indicator.progress, cells: barCells)))
            if indicator.measureName != nil {
                // Each measure says its unit, and each figure whether it is in the period or to date.
                let head =
                    pad("", 7) + shown(f.measureLabel(indicator)) + " — " + f.word(.value) + ": "
                    + f.measure(indicator.measure) + " · " + f.word(.toDate) + ": "
                    + f.measure(indicator.measureToDate)
                let unit = "(" + f.word(.countUnit).lowercased() + ": " + shown(f.text(indicator.unit)) + ")"
                if head.count + 1 + unit.count <= width {
                    lines.append(head + " " + unit)
                } else {
                    lines += [head, pad("", 9) + unit]
                }
            }
        }
        return lines
    }

    /// The breakdowns asked for, one small table per indicator and dimension with a cell to show.
    private func breakdownTables(_ report: IndicatorReport, _ f: ReportFormat) -> [String] {
        var lines: [String] = []
        for indicator in report.indicators {
            let tables = f.requestedBreakdowns(indicator, report).filter {
                $0.cells.contains { $0.value != 0 }
            }
            guard !tables.isEmpty else { continue }
            if lines.isEmpty {
                lines.append("")
                lines.append(f.word(.breakdowns) + " (" + f.word(.value).lowercased() + ")")
            }
            lines.append("")
            lines.append(shown(indicator.id + " " + f.text(indicator.title)))
            for table in tables {
                let figures = table.cells.map { f.count($0.value) }
                let labels = table.cells.map { shown(f.text($0.label)) }
                let valueWidth = max(10, f.word(.value).count, figures.map(\.count).max() ?? 0)
                let labelWidth = min(width - 5 - valueWidth, max(30, labels.map(\.count).max() ?? 0))
                lines.append(
                    "  " + pad(f.heading(shown(f.text(table.title))), labelWidth + 2) + " "
                        + lpad(f.word(.value), valueWidth))
                for (label, figure) in zip(labels, figures) {
                    lines.append("    " + pad(label, labelWidth) + " " + lpad(figure, valueWidth))
                }
            }
        }
        return lines
    }

    /// Text the renderer did not write itself, with control characters shown as escapes (``PrintableText``),
    /// so a name or title cannot move the cursor, recolour the terminal or break a line of the table.
    func shown(_ text: String) -> String { PrintableText.escaped(text) }

    /// A bar of `cells` cells (12 by default) between brackets, full at 100 %.
    func bar(_ ratio: Double?, cells: Int = 12) -> String {
        guard let ratio else { return "[" + String(repeating: " ", count: cells) + "]" }
        let filled = min(cells, max(0, Int((ratio * Double(cells)).rounded(.down))))
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            + "]"
    }

    func pad(_ text: String, _ n: Int) -> String {
        let t = truncate(text, n)
        return t + String(repeating: " ", count: n - t.count)
    }

    func lpad(_ text: String, _ n: Int) -> String {
        let t = truncate(text, n)
        return String(repeating: " ", count: n - t.count) + t
    }

    private func truncate(_ text: String, _ n: Int) -> String {
        text.count <= n ? text : String(text.prefix(n - 1)) + "…"
    }

    private func clip(_ line: String) -> String {
        var clipped = truncate(line, width)
        while clipped.last == " " { clipped.removeLast() }
        return clipped
    }

    func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = "  " + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
