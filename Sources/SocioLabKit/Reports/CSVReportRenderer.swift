/// Renders a report as one CSV table (RFC 4180 through ``CSVWriter``, formulas defused).
///
/// Columns: `section, id, title, dimension, key, label, value, active, to_date, target, progress, expected,
/// status, forecast, cumulative`. Sections: `indicator` (one row per indicator), `series` (one row per
/// quarter), `breakdown` (one row per cell), `participants`, `esf` and `esf_plus` (one row per indicator and
/// one per gender cell). A suppressed count is written as `*`. In Slovenian decimals use a comma; numbers
/// are never grouped, so a spreadsheet reads them as numbers. Control characters in names and labels are
/// written as visible escapes such as `\u{1B}` (see `Documentation/Reports.md`).
public struct CSVReportRenderer: ReportRenderer {
    /// The language of labels and decimals.
    public var language: Language
    /// The writer (``CSVWriter/rfc4180`` by default; ``CSVWriter/excel`` for a BOM, `;` and CR LF).
    public var writer: CSVWriter

    /// Creates a renderer.
    /// - Parameters:
    ///   - language: Labels and decimals.
    ///   - excel: Whether to write for Excel (UTF-8 BOM, `;`, CR LF).
    public init(language: Language = .slovenian, excel: Bool = false) {
        self.language = language
        self.writer = excel ? .excel : .rfc4180
    }

    /// The header.
    public static let header = [
        "section", "id", "title", "dimension", "key", "label", "value", "active", "to_date", "target",
        "progress",
        "expected", "status", "forecast", "cumulative",
    ]

    /// Renders the report.
    public func render(_ report: IndicatorReport) -> String {
        let f = ReportFormat(language: language)
        func n(_ v: Int?) -> String { v.map(String.init) ?? ReportFormat.suppressedMark }
        func d(_ v: Double?, _ digits: Int = 4) -> String {
            guard let v else { return "" }
            var text = String(format: "%.\(digits)f", v)
            while text.contains("."), text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return language == .slovenian ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        var rows: [[String]] = []
        for i in report.indicators {
            let title = f.text(i.title)
            rows.append([
                "indicator", i.id, title, "", "", "", n(i.value), n(i.active), n(i.toDate),
                i.target.map(String.init) ?? "",
                d(i.progress), d(i.expected), i.status?.rawValue ?? "", d(i.forecast), "",
            ])
            for p in i.series {
                rows.append([
                    "series", i.id, title, "quarter", p.period.description, f.period(p.period), n(p.value),
                    "", "", "", "",
                    "", "", "", n(p.cumulative),
                ])
            }
            for b in i.breakdowns {
                for c in b.cells {
                    rows.append([
                        "breakdown", i.id, title, b.dimension.rawValue, c.key, f.text(c.label), n(c.value),
                        "", "", "",
                        "", "", "", "", "",
                    ])
                }
            }
        }
        rows.append(
            ["participants", "", f.word(.participants), "", "", "", n(report.participants)] + blank(8))
        for c in report.participantsByGender {
            rows.append(
                ["participants", "", f.word(.participants), "gender", c.key, f.text(c.label), n(c.value)]
                    + blank(8))
        }
        rows.append(
            ["incomplete_records", "", f.word(.incomplete), "", "", "", String(report.incompleteRecords)]
                + blank(8))
        for (section, entries) in [("esf", report.esf), ("esf_plus", report.esfPlus)] {
            for e in entries {
                let title = f.text(e.title)
                rows.append([section, f.code(e), title, "", "", "", n(e.value)] + blank(8))
                for c in e.byGender {
                    rows.append(
                        [section, f.code(e), title, "gender", c.key, f.text(c.label), n(c.value)] + blank(8))
                }
            }
        }
        // Names and labels come from the data: control characters are shown as escapes, so every cell
        // reads back with the CSV reader and nothing in it can steer a terminal or a spreadsheet.
        return writer.string(header: Self.header, rows: rows.map { $0.map(PrintableText.escaped) })
    }

    private func blank(_ n: Int) -> [String] { Array(repeating: "", count: n) }
}
