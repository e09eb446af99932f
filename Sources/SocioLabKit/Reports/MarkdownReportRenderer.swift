/// Renders a report as Markdown: a header, the outputs table, the ESF tables, breakdowns and warnings.
public struct MarkdownReportRenderer: ReportRenderer {
    /// The language of labels, numbers and dates.
    public var language: Language
    /// Whether to include the breakdowns and series of each indicator (yes by default).
    public var includesDetails: Bool

    /// Creates a renderer.
    public init(language: Language = .slovenian, includesDetails: Bool = true) {
        self.language = language
        self.includesDetails = includesDetails
    }

    /// Renders the report.
    public func render(_ report: IndicatorReport) -> String {
        let f = ReportFormat(language: language)
        var out = "# " + f.word(.title) + ": " + escape(f.text(report.operation.name)) + "\n\n"
        out += "- **" + f.word(.scope) + ":** " + escape(f.scope(report)) + "\n"
        out += "- **" + f.word(.asOf) + ":** " + f.date(report.asOf) + "\n"
        if !report.fingerprint.isEmpty {
            out += "- **" + f.word(.fingerprint) + ":** `" + report.fingerprint + "`\n"
        }
        out += "\n## " + f.word(.outputs) + "\n\n"
        out += row(
            [.id, .output, .value, .active, .toDate, .target, .progress, .expected, .status, .forecast].map(
                f.word))
        out += "|---|---|--:|--:|--:|--:|--:|--:|---|--:|\n"
        for i in report.indicators {
            out += row([
                i.id, escape(f.text(i.title)), f.count(i.value), f.count(i.active), f.count(i.toDate),
                i.target.map(f.integer) ?? "–", f.percent(i.progress),
                i.expected.map { f.decimal($0) } ?? "–",
                f.status(i.status), i.forecast.map { f.decimal($0) } ?? "–",
            ])
        }
        out += "\n**" + f.word(.participants) + ":** " + f.count(report.participants) + "  \n"
        out += "**" + f.word(.incomplete) + ":** " + f.integer(report.incompleteRecords) + "\n"
        for (title, entries) in [(f.word(.esf), report.esf), (f.word(.esfPlus), report.esfPlus)] {
            out += "\n## " + title + "\n\n"
            out += row([.code, .indicator, .total, .women, .men, .nonBinary].map(f.word))
            out += "|---|---|--:|--:|--:|--:|\n"
            for e in entries {
                let g = e.byGender
                func cell(_ i: Int) -> String { i < g.count ? f.count(g[i].value) : "–" }
                out += row([f.code(e), escape(f.text(e.title)), f.count(e.value), cell(0), cell(1), cell(2)])
            }
        }
        if includesDetails {
            out += "\n## " + f.word(.breakdowns) + "\n"
            for i in report.indicators {
                let breakdowns = i.breakdowns.filter { $0.cells.contains { $0.value != 0 } }
                guard !breakdowns.isEmpty || i.series.contains(where: { $0.value != 0 }) else { continue }
                out += "\n### " + i.id + " " + escape(f.text(i.title)) + "\n\n"
                if !i.series.isEmpty {
                    out += row(["", f.word(.series), f.word(.cumulative)]) + "|---|--:|--:|\n"
                    for p in i.series {
                        out += row([f.period(p.period), f.count(p.value), f.count(p.cumulative)])
                    }
                    out += "\n"
                }
                for b in breakdowns {
                    out += row([escape(f.text(b.title)), f.word(.value)]) + "|---|--:|\n"
                    for c in b.cells { out += row([escape(f.text(c.label)), f.count(c.value)]) }
                    out += "\n"
                }
            }
        }
        out += "\n"
        if report.suppressionThreshold != nil { out += f.word(.suppressed) + "  \n" }
        out += f.word(.unverified) + "\n"
        if !report.warnings.isEmpty {
            out += "\n## " + f.word(.warnings) + "\n\n"
            for w in report.warnings { out += "- " + escape(f.text(w)) + "\n" }
        }
        return out
    }

    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
