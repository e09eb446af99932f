extension HTMLReportRenderer {
    /// The cover block: the report's title and operation, then what it covers and the data it was
    /// computed from.
    func cover(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        var h = "<header class=\"cover\">\n<h1>" + esc(f.word(.title)) + "</h1>\n"
        h += "<p class=\"op\">" + esc(f.text(report.operation.name)) + "</p>\n<dl>"
        let operation = report.operation
        var rows: [(String, String)] = [(say(.operationID), esc(operation.id))]
        if let programme = operation.programme { rows.append((say(.programme), esc(f.text(programme)))) }
        rows.append((say(.period), esc(f.range(operation.period))))
        if let total = operation.budget { rows.append((say(.budget), budget(total, operation.funding, f))) }
        if let lead = operation.leadPartner {
            rows.append((say(.leadPartner), esc(operation.name(of: lead))))
        }
        let partners = (operation.partners ?? []).filter { $0.id != operation.leadPartner }.map(\.name)
        if !partners.isEmpty { rows.append((say(.partners), esc(partners.joined(separator: ", ")))) }
        rows.append((f.word(.scope), esc(f.scope(report))))
        rows.append((f.word(.asOf), esc(f.date(report.asOf))))
        if !report.fingerprint.isEmpty {
            rows.append((f.word(.fingerprint), "<code>" + esc(report.fingerprint) + "</code>"))
        }
        for (term, value) in rows { h += "<dt>" + esc(term) + "</dt><dd>" + value + "</dd>" }
        return h + "</dl>\n</header>\n"
    }

    /// The budget with its sources: `1.599.869,80 EUR (ESS 1.279.895,84 EUR, 80 %; …)`.
    private func budget(_ budget: Money, _ funding: [FundingSource]?, _ f: ReportFormat) -> String {
        let parts = (funding ?? []).map {
            f.text($0.name) + " " + $0.amount.formatted(f.language) + ", "
                + f.percent(Double($0.sharePercent) / 100)
        }
        return esc(
            budget.formatted(f.language) + (parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"))
    }

    /// What each status colour means, under the summary table: the final statuses after the operation's
    /// end, the others before it.
    func statusLegend(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        var h = "<p class=\"legend\">"
        let shown = ProgressStatus.allCases.filter {
            report.isFinal ? $0 == .achieved || $0 == .notAchieved : $0 != .notAchieved
        }
        for status in shown {
            h += "<span class=\"key \(status.rawValue)\"></span>" + esc(f.status(status)) + " "
        }
        return h + "<br>" + esc(say(report.isFinal ? .finalStatusLegend : .statusLegend)) + "</p>\n"
    }
}
