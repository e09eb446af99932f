extension HTMLReportRenderer {
    /// The cover block: the report's title and operation, then what it covers and the data it was
    /// computed from.
    func cover(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        var h = "<header class=\"cover\">\n<h1>" + esc(f.word(.title)) + "</h1>\n"
        h += "<p class=\"op\">" + esc(f.text(report.operation.name)) + "</p>\n<dl>"
        var rows: [(String, String)] = [
            (say(.operationID), esc(report.operation.id)),
            (say(.period), esc(f.range(report.operation.period))),
            (f.word(.scope), esc(f.scope(report))),
            (f.word(.asOf), esc(f.date(report.asOf))),
        ]
        if !report.fingerprint.isEmpty {
            rows.append((f.word(.fingerprint), "<code>" + esc(report.fingerprint) + "</code>"))
        }
        for (term, value) in rows { h += "<dt>" + esc(term) + "</dt><dd>" + value + "</dd>" }
        return h + "</dl>\n</header>\n"
    }

    /// What each status colour means, under the summary table.
    func statusLegend(_ f: ReportFormat) -> String {
        var h = "<p class=\"legend\">"
        for status in ProgressStatus.allCases {
            h += "<span class=\"key \(status.rawValue)\"></span>" + esc(f.status(status)) + " "
        }
        return h + "<br>" + esc(say(.statusLegend)) + "</p>\n"
    }
}
