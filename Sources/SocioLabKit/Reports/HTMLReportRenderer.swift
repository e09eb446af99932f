import Foundation

/// Renders a report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no
/// external assets, laid out to print on A4.
///
/// It shows a progress chart of every output against its target (the bar is the value to date, the tick
/// the value expected by the report day) and, for each output with a series, a quarterly chart of the
/// cumulative value with the target as a dashed line; then the ESF tables and the warnings.
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
        h += "<style>\n" + Self.css + "</style>\n</head>\n<body>\n"
        h +=
            "<h1>" + esc(f.word(.title)) + "</h1>\n<p class=\"op\">" + esc(f.text(report.operation.name))
            + "</p>\n"
        h += "<dl><dt>" + esc(f.word(.scope)) + "</dt><dd>" + esc(f.scope(report)) + "</dd>"
        h += "<dt>" + esc(f.word(.asOf)) + "</dt><dd>" + esc(f.date(report.asOf)) + "</dd>"
        if !report.fingerprint.isEmpty {
            h +=
                "<dt>" + esc(f.word(.fingerprint)) + "</dt><dd><code>" + esc(report.fingerprint)
                + "</code></dd>"
        }
        h += "</dl>\n<h2>" + esc(f.word(.outputs)) + "</h2>\n" + progressChart(report, f)
        h += "<table>\n<thead><tr>"
        for w in [
            ReportFormat.Word.id, .output, .value, .toDate, .target, .progress, .expected, .status, .forecast,
        ] {
            h += "<th>" + esc(f.word(w)) + "</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for i in report.indicators {
            h +=
                "<tr class=\"\(i.status?.rawValue ?? "none")\"><td>" + esc(i.id) + "</td><td>"
                + esc(f.text(i.title))
            h += "</td><td class=\"n\">" + f.count(i.value) + "</td><td class=\"n\">" + f.count(i.toDate)
            h +=
                "</td><td class=\"n\">" + (i.target.map(f.integer) ?? "–") + "</td><td class=\"n\">"
                + f.percent(i.progress)
            h +=
                "</td><td class=\"n\">" + (i.expected.map { f.decimal($0) } ?? "–") + "</td><td>"
                + esc(f.status(i.status))
            h += "</td><td class=\"n\">" + (i.forecast.map { f.decimal($0) } ?? "–") + "</td></tr>\n"
        }
        h += "</tbody>\n</table>\n"
        h += "<h2>" + esc(f.word(.cumulative)) + "</h2>\n<div class=\"grid\">\n"
        for i in report.indicators where !i.series.isEmpty {
            h += "<figure>" + seriesChart(i, f) + "<figcaption>" + esc(i.id + " " + f.text(i.title))
            h += "</figcaption></figure>\n"
        }
        h += "</div>\n<p><strong>" + esc(f.word(.participants)) + ":</strong> " + f.count(report.participants)
        h +=
            "<br><strong>" + esc(f.word(.incomplete)) + ":</strong> " + f.integer(report.incompleteRecords)
            + "</p>\n"
        for (title, entries) in [(f.word(.esf), report.esf), (f.word(.esfPlus), report.esfPlus)] {
            h += "<h2>" + esc(title) + "</h2>\n<table>\n<thead><tr>"
            for w in [ReportFormat.Word.code, .indicator, .total, .women, .men, .nonBinary] {
                h += "<th>" + esc(f.word(w)) + "</th>"
            }
            h += "</tr></thead>\n<tbody>\n"
            for e in entries {
                let g = e.byGender
                func cell(_ i: Int) -> String { i < g.count ? f.count(g[i].value) : "–" }
                h +=
                    "<tr><td>" + esc(f.code(e)) + "</td><td>" + esc(f.text(e.title)) + "</td><td class=\"n\">"
                h += f.count(e.value) + "</td><td class=\"n\">" + cell(0) + "</td><td class=\"n\">" + cell(1)
                h += "</td><td class=\"n\">" + cell(2) + "</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        h += "<p class=\"note\">"
        if report.suppressionThreshold != nil { h += esc(f.word(.suppressed)) + "<br>" }
        h += esc(f.word(.unverified)) + "</p>\n"
        if !report.warnings.isEmpty {
            h += "<h2>" + esc(f.word(.warnings)) + "</h2>\n<ul>\n"
            for w in report.warnings { h += "<li>" + esc(f.text(w)) + "</li>\n" }
            h += "</ul>\n"
        }
        return h + "</body>\n</html>\n"
    }

    /// One horizontal bar per output: value to date against target, with the expected value as a tick.
    private func progressChart(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        let rows = report.indicators
        let rowHeight = 22
        let height = rows.count * rowHeight + 10
        var s = "<svg class=\"progress\" viewBox=\"0 0 700 \(height)\" "
        s += "width=\"100%\" role=\"img\" aria-label=\"" + esc(f.word(.progress)) + "\">\n"
        for (n, i) in rows.enumerated() {
            let y = 5 + n * rowHeight
            s += "<text x=\"0\" y=\"\(y + 14)\" class=\"lbl\">" + esc(i.id) + "</text>"
            s += "<rect x=\"70\" y=\"\(y + 3)\" width=\"500\" height=\"14\" class=\"track\"/>"
            if let ratio = i.progress {
                let w = Int((min(ratio, 1) * 500).rounded())
                s +=
                    "<rect x=\"70\" y=\"\(y + 3)\" width=\"\(w)\" height=\"14\" class=\"bar \(i.status?.rawValue ?? "")\"/>"
            }
            if let expected = i.expected, let target = i.target, target > 0 {
                let x = 70 + Int((min(expected / Double(target), 1) * 500).rounded())
                s += "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x)\" y2=\"\(y + 20)\" class=\"tick\"/>"
            }
            let label = f.count(i.toDate) + (i.target.map { " / " + f.integer($0) } ?? "")
            s += "<text x=\"580\" y=\"\(y + 14)\" class=\"lbl\">" + esc(label) + "</text>\n"
        }
        return s + "</svg>\n"
    }

    /// Cumulative value by quarter as columns, with the target as a dashed line.
    private func seriesChart(_ i: IndicatorReport.Entry, _ f: ReportFormat) -> String {
        let points = i.series
        let maxValue = max(points.compactMap(\.cumulative).max() ?? 0, i.target ?? 0, 1)
        let width = 320
        let height = 140
        let plot = Double(height - 30)
        let step = Double(width - 20) / Double(max(points.count, 1))
        var s = "<svg viewBox=\"0 0 \(width) \(height)\" width=\"100%\" "
        s += "role=\"img\" aria-label=\"" + esc(i.id + " " + f.word(.cumulative)) + "\">\n"
        s +=
            "<line x1=\"10\" y1=\"\(height - 20)\" x2=\"\(width - 10)\" y2=\"\(height - 20)\" class=\"axis\"/>\n"
        for (n, p) in points.enumerated() {
            let x = 10 + Double(n) * step
            if let c = p.cumulative {
                let h = plot * Double(c) / Double(maxValue)
                s +=
                    "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(Double(height - 20) - h))\" width=\"\(fmt(max(step - 2, 1)))\" "
                s +=
                    "height=\"\(fmt(h))\" class=\"col\"><title>"
                    + esc(f.period(p.period) + ": " + f.integer(c))
                s += "</title></rect>\n"
            }
            if case .quarter(let year, 1) = p.period {
                s += "<text x=\"\(fmt(x))\" y=\"\(height - 6)\" class=\"small\">\(year)</text>\n"
            }
        }
        if let target = i.target {
            let y = Double(height - 20) - plot * Double(target) / Double(maxValue)
            s += "<line x1=\"10\" y1=\"\(fmt(y))\" x2=\"\(width - 10)\" y2=\"\(fmt(y))\" class=\"target\"/>\n"
            s += "<text x=\"\(width - 10)\" y=\"\(fmt(y - 3))\" class=\"small\" text-anchor=\"end\">"
            s += esc(f.word(.target) + " " + f.integer(target)) + "</text>\n"
        }
        return s + "</svg>"
    }

    private func fmt(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Text as HTML character data or attribute value: `&`, `<`, `>`, `"` and `'` as references, and control
    /// characters as a visible escape (``PrintableText``).
    private func esc(_ text: String) -> String {
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

    static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; max-width: 180mm; margin: 0 auto; }
        h1 { font-size: 16pt; margin-bottom: 0; } h2 { font-size: 12pt; margin-top: 1.4em; break-after: avoid; }
        .op { margin-top: 0.2em; color: #555; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        code { font-size: 8pt; word-break: break-all; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0; page-break-inside: auto; }
        tr { break-inside: avoid; }
        th, td { border-bottom: 1px solid #ccc; padding: 2px 4px; text-align: left; vertical-align: top; }
        td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
        figure { margin: 0; break-inside: avoid; } figcaption { font-size: 8pt; }
        svg text { font-size: 11px; fill: #222; } svg .small { font-size: 9px; }
        .track { fill: #eee; } .bar { fill: #4a7; } .bar.at_risk { fill: #e9a93a; } .bar.behind { fill: #d55; }
        .bar.achieved { fill: #2a6; } .tick { stroke: #000; stroke-width: 2; }
        .col { fill: #6b9bd1; } .axis { stroke: #888; } .target { stroke: #c33; stroke-dasharray: 4 3; }
        .note { font-size: 8pt; color: #555; }

        """
}
