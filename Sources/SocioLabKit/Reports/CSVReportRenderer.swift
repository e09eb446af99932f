/// Renders a report as one CSV table (RFC 4180 through ``CSVWriter``, formulas defused).
///
/// Columns: `section, id, title, dimension, key, label, value, active, to_date, target, progress, expected,
/// status, forecast, cumulative, unit, shortfall, share, verification`. Sections: `indicator` (one row per
/// indicator, `unit` what it counts), `measure` (per indicator with a measure, `key` `in_period` and
/// `to_date`, `unit` what the measure is in), `series` (one row per quarter), `breakdown` (one row per
/// cell), `participants`, `incomplete_records`, `esf` and `esf_plus` (one row per indicator and one per
/// gender cell, `verification` the code's state), and with finance records `finance`, `finance_quarter`
/// and `cost_per_result` (`Documentation/Reports.md`, "Finance"). A suppressed count is written as `*`.
/// In Slovenian decimals use a comma; numbers are never grouped, so a spreadsheet reads them as numbers. Control characters in names and labels are
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
        "expected", "status", "forecast", "cumulative", "unit", "shortfall", "share", "verification",
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
        func q(_ v: Quantity?) -> String {
            guard let v else { return ReportFormat.suppressedMark }
            return language == .slovenian
                ? v.description.replacingOccurrences(of: ".", with: ",") : v.description
        }
        var rows: [[String]] = []
        if report.shows(.outputs) {
            for i in report.indicators {
                let title = f.text(i.title)
                rows.append([
                    "indicator", i.id, title, "", "", "", n(i.value), n(i.active), n(i.toDate),
                    i.target.map(String.init) ?? "",
                    d(i.progress), d(i.expected), i.status?.rawValue ?? "", d(i.forecast), "", f.text(i.unit),
                    i.shortfall.map(String.init) ?? "", d(i.share),
                ])
                if let name = i.measureName {
                    for (key, value) in [("in_period", i.measure), ("to_date", i.measureToDate)] {
                        rows.append(
                            ["measure", i.id, title, "", key, f.text(name), q(value)] + blank(8)
                                + [f.text(i.measureUnit ?? name)])
                    }
                }
                for p in i.series {
                    rows.append([
                        "series", i.id, title, "quarter", p.period.description, f.period(p.period),
                        n(p.value),
                        "", "", "", "",
                        "", "", "", n(p.cumulative),
                    ])
                }
                for b in i.breakdowns {
                    for c in b.cells {
                        rows.append([
                            "breakdown", i.id, title, b.dimension.rawValue, c.key, f.text(c.label),
                            n(c.value),
                            "", "", "",
                            "", "", "", "", "",
                        ])
                    }
                }
            }
        }
        if report.shows(.esf) {
            rows.append(
                ["participants", "", f.word(.participants), "", "", "", n(report.participants)] + blank(8))
            for c in report.participantsByGender {
                rows.append(
                    ["participants", "", f.word(.participants), "gender", c.key, f.text(c.label), n(c.value)]
                        + blank(8))
            }
            rows.append(
                ["incomplete_records", "", f.word(.incomplete), "", "", "", n(report.incompleteRecords)]
                    + blank(8))
            for (section, entries) in [("esf", report.esf), ("esf_plus", report.esfPlus)] {
                for e in entries {
                    let title = f.text(e.title)
                    let state = [e.verification.rawValue]
                    rows.append([section, e.code, title, "", "", "", n(e.value)] + blank(11) + state)
                    for c in e.byGender {
                        rows.append(
                            [section, e.code, title, "gender", c.key, f.text(c.label), n(c.value)] + blank(11)
                                + state)
                    }
                }
            }
        }
        rows += financeRows(report, f)
        // Names and labels come from the data: control characters are shown as escapes, so every cell
        // reads back with the CSV reader and nothing in it can steer a terminal or a spreadsheet.
        let width = Self.header.count
        return writer.string(
            header: Self.header,
            rows: rows.map { ($0 + blank(width - $0.count)).map(PrintableText.escaped) })
    }

    func blank(_ n: Int) -> [String] { Array(repeating: "", count: n) }
}
