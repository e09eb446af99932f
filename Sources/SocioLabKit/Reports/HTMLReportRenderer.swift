import Foundation

/// Renders a report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no
/// external assets, laid out to print on A4 with 10 mm margins.
///
/// The first page is a cover block (the operation, its period, the scope, the report day and the data
/// fingerprint) and a summary table of the outputs with their status. The details follow on the next
/// pages: a progress chart of every output that has a target (the bar is the value to date, the tick the
/// value expected by the report day, a scale in percent of the target and a legend), the other indicators
/// and every measure labelled with its unit, a quarterly chart of each cumulative value with a value axis
/// and the target as a dashed line, the breakdowns asked for as tables, then the ESF tables and the
/// warnings. A report with a finance section adds it after the ESF tables: the budget's EU and national
/// shares, a chart of cumulative claimed and approved amounts against the straight line to the plan, the
/// absorption tables and cost per result. A chart is kept on one page with its title.
public struct HTMLReportRenderer: ReportRenderer {
    /// The language of labels, numbers and dates.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language = .slovenian) { self.language = language }

    /// Renders the report.
    public func render(_ report: IndicatorReport) -> String {
        let f = ReportFormat(language: language)
        var h = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<title>" + esc(f.word(.title) + ": " + f.text(report.operation.name)) + "</title>\n"
        let financeStyle = report.shows(.finance) && report.finance != nil ? Self.financeCSS : ""
        h += "<style>\n" + Self.css + financeStyle + "</style>\n</head>\n<body>\n"
        h += "<section class=\"summary\">\n" + cover(report, f)
        if report.shows(.outputs) {
            h += "<h2>" + esc(say(.summary) + ": " + f.word(.outputs)) + "</h2>\n"
            h += outputsTable(report, f) + statusLegend(report, f)
        }
        h += "</section>\n<section class=\"details\">\n"
        if report.shows(.outputs) {
            h += "<h2>" + esc(say(.progressChart)) + "</h2>\n"
            h += progressFigure(report, f)
            h += measuresTable(report, f)
            h += seriesCharts(report, f)
            h += breakdownTables(report, f)
        }
        if report.shows(.esf) { h += esfTables(report, f) }
        h += financeSection(report, f)
        h += notes(report, f)
        return h + "</section>\n</body>\n</html>\n"
    }

    /// The indicators that are the operation's outputs (OUT-01 … OUT-13), in the report's order; all of
    /// them when none is one of the kit's outputs (an embedder's own set).
    func outputs(_ report: IndicatorReport) -> [IndicatorReport.Entry] {
        let found = report.indicators.filter { Self.outputIDs.contains($0.id) }
        return found.isEmpty ? report.indicators : found
    }

    /// The indicators that are not outputs (the plugins' and an embedder's own).
    func others(_ report: IndicatorReport) -> [IndicatorReport.Entry] {
        let outputs = Set(outputs(report).map(\.id))
        return report.indicators.filter { !outputs.contains($0.id) }
    }

    static let outputIDs = Set(OutputIndicators.all.map(\.id))

    /// The notes on marks, the totals of participants and the warnings.
    private func notes(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        var h = "<p class=\"note\">"
        if report.suppressionThreshold != nil { h += esc(f.word(.suppressed)) + "<br>" }
        h += "</p>\n"
        if !report.warnings.isEmpty {
            h += "<h2>" + esc(f.word(.warnings)) + "</h2>\n<ul>\n"
            for w in report.warnings { h += "<li>" + esc(f.text(w)) + "</li>\n" }
            h += "</ul>\n"
        }
        // Which ESF codes no source confirms: a technical note in the report's language, not a mark.
        let unverified = f.unverifiedCodes(report)
        if !unverified.isEmpty {
            h += "<h2>" + esc(f.word(.appendix)) + "</h2>\n<p class=\"note\">"
            h += esc(f.word(.unverifiedCodes) + ": " + unverified.joined(separator: ", ")) + ".</p>\n"
        }
        return h
    }

    /// A number for SVG coordinates, with one decimal.
    func fmt(_ v: Double) -> String { String(format: "%.1f", v) }

    /// An id with a break opportunity after each dot, so `conference.headcount` can wrap in a narrow column.
    func breakable(_ id: String) -> String {
        esc(id).replacingOccurrences(of: ".", with: ".<wbr>")
    }

    /// Text as HTML character data or attribute value: `&`, `<`, `>`, `"` and `'` as references, and control
    /// characters as a visible escape (``PrintableText``).
    func esc(_ text: String) -> String {
        var out = ""
        for c in PrintableText.escaped(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
