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
        lines.append("")
        // Indicator (id and title) | in period | to date | target | bar | % | status: fits `width` exactly.
        let labelWidth = width - 61
        let header =
            pad(f.word(.output), labelWidth) + " " + lpad(f.word(.value), 9) + " " + lpad(f.word(.toDate), 8)
            + " "
            + lpad(f.word(.target), 6) + " " + pad(f.word(.progress), 14) + " " + lpad("%", 7) + " "
            + pad(f.word(.status), 11)
        lines.append(header)
        lines.append(String(repeating: "─", count: min(width, header.count)))
        for indicator in report.indicators {
            let ratio = indicator.progress
            lines.append(
                pad(shown(indicator.id + " " + f.text(indicator.title)), labelWidth) + " "
                    + lpad(f.count(indicator.value), 9) + " " + lpad(f.count(indicator.toDate), 8) + " "
                    + lpad(indicator.target.map(f.integer) ?? "–", 6) + " " + bar(ratio) + " "
                    + lpad(f.percent(ratio), 7) + " " + pad(f.status(indicator.status), 11))
            if let measure = indicator.measureToDate, let name = indicator.measureName,
                indicator.toDate != nil
            {
                lines.append(pad("", 7) + shown(f.text(name)) + ": " + f.quantity(measure))
            }
        }
        lines.append("")
        lines.append(f.word(.participants) + ": " + f.count(report.participants))
        lines.append(f.word(.incomplete) + ": " + f.integer(report.incompleteRecords))
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
                    pad(shown(f.code(entry)), 8) + " " + pad(shown(f.text(entry.title)), nameWidth) + " "
                        + lpad(f.count(entry.value), 8)
                        + " " + lpad(cell(0), 8) + " " + lpad(cell(1), 8) + " " + lpad(cell(2), 10))
            }
        }
        lines.append("")
        if report.suppressionThreshold != nil { lines.append(f.word(.suppressed)) }
        lines.append(f.word(.unverified))
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append(f.word(.warnings) + ":")
            for warning in report.warnings { lines += wrap("- " + shown(f.text(warning))) }
        }
        return lines.map { clip($0) }.joined(separator: "\n") + "\n"
    }

    /// Text the renderer did not write itself, with control characters shown as escapes (``PrintableText``),
    /// so a name or title cannot move the cursor, recolour the terminal or break a line of the table.
    private func shown(_ text: String) -> String { PrintableText.escaped(text) }

    /// A 12-cell bar between brackets, full at 100 %.
    func bar(_ ratio: Double?) -> String {
        guard let ratio else { return "[" + String(repeating: " ", count: 12) + "]" }
        let filled = min(12, max(0, Int((ratio * 12).rounded(.down))))
        return "[" + String(repeating: "█", count: filled) + String(repeating: "░", count: 12 - filled) + "]"
    }

    private func pad(_ text: String, _ n: Int) -> String {
        let t = truncate(text, n)
        return t + String(repeating: " ", count: n - t.count)
    }

    private func lpad(_ text: String, _ n: Int) -> String {
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

    private func wrap(_ text: String) -> [String] {
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
