extension TextReportRenderer {
    /// The finance section: the budget with its EU and national shares, the absorption tables (total, by
    /// partner, by cost category, by year) and cost per result; nothing when the report has no finance
    /// section or the reader asked for other sections only.
    func financeSection(_ report: IndicatorReport, _ f: ReportFormat) -> [String] {
        guard report.shows(.finance), let finance = report.finance else { return [] }
        var lines = ["", f.say(.finance) + " (" + f.say(.amountsIn) + " " + finance.currency + ")"]
        lines += splitTable(finance, f)
        lines += wrap(f.say(.splitNote))
        let total = finance.total
        lines.append(
            f.say(.expected) + ": " + f.cents(total.expected) + " · " + f.say(.forecast) + ": "
                + f.cents(total.forecast))
        for (title, rows) in [
            (f.say(.absorption), [total]), (f.say(.byPartner), finance.byPartner),
            (f.say(.byCategory), finance.byCategory), (f.say(.byYear), finance.byYear),
        ] where !rows.isEmpty {
            lines.append("")
            lines += absorptionTable(title, rows, f)
        }
        lines += wrap(f.say(.absorbedNote))
        lines += costTable(finance, report, f)
        return lines
    }

    /// Planned, spent, claimed, approved and paid of the whole, each with its EU and national shares.
    private func splitTable(_ finance: IndicatorReport.Finance, _ f: ReportFormat) -> [String] {
        let t = finance.total
        let rows: [(String, IndicatorReport.FinanceAmount)] = [
            (f.say(.planned), t.planned), (f.say(.spent), t.spent), (f.say(.claimed), t.claimed),
            (f.say(.approved), t.approved), (f.say(.paid), t.paid),
        ]
        let figures = rows.map { [f.cents($0.1.cents), f.cents($0.1.eu), f.cents($0.1.national)] }
        let headers = [
            f.say(.total), f.say(.eu) + " " + f.wholePercent(finance.euRatePercent), f.say(.national),
        ]
        let widths = headers.indices.map { c in max(headers[c].count, figures.map { $0[c].count }.max() ?? 0)
        }
        func line(_ label: String, _ cells: [String]) -> String {
            pad(label, 14) + zip(cells, widths).map { " " + lpad($0, max(15, $1)) }.joined()
        }
        return [line("", headers)] + zip(rows, figures).map { line($0.0, $1) }
    }

    /// An absorption table: line | planned | claimed | approved | paid | % | status, the figures as wide
    /// as the widest, the line's name taking what is left.
    private func absorptionTable(
        _ title: String, _ rows: [IndicatorReport.Absorption], _ f: ReportFormat
    ) -> [String] {
        let cells = rows.map { r in
            [
                f.cents(r.planned.cents), f.cents(r.claimed.cents), f.cents(r.approved.cents),
                f.cents(r.paid.cents), f.percent(r.progress), f.status(of: r),
            ]
        }
        let headers = [
            f.say(.planned), f.say(.claimed), f.say(.approved), f.say(.paid), "%", f.word(.status),
        ]
        let widths = headers.indices.map { c in max(headers[c].count, cells.map { $0[c].count }.max() ?? 0) }
        let labelWidth = max(12, width - widths.reduce(0, +) - widths.count)
        func line(_ label: String, _ row: [String]) -> String {
            var text = pad(label, labelWidth)
            for c in 0..<5 { text += " " + lpad(row[c], widths[c]) }
            return text + " " + row[5]
        }
        var lines = [line(title, headers)]
        lines.append(String(repeating: "─", count: min(width, lines[0].count)))
        for (row, figures) in zip(rows, cells) { lines.append(line(shown(f.text(row.label)), figures)) }
        return lines
    }

    /// Cost per result: output (and partner) | spent | results | per result.
    private func costTable(
        _ finance: IndicatorReport.Finance, _ report: IndicatorReport, _ f: ReportFormat
    ) -> [String] {
        guard !finance.costPerResult.isEmpty else { return [] }
        let cells = finance.costPerResult.map {
            [f.cents($0.spent), f.count($0.results), f.cents($0.perResult)]
        }
        let headers = [f.say(.spent), f.say(.results), f.say(.perResult)]
        let widths = headers.indices.map { c in max(headers[c].count, cells.map { $0[c].count }.max() ?? 0) }
        let labelWidth = max(12, width - widths.reduce(0, +) - widths.count)
        func line(_ label: String, _ row: [String]) -> String {
            pad(label, labelWidth) + zip(row, widths).map { " " + lpad($0, $1) }.joined()
        }
        var lines = ["", line(f.say(.costPerResult), headers)]
        lines.append(String(repeating: "─", count: min(width, lines[1].count)))
        for (row, figures) in zip(finance.costPerResult, cells) {
            lines.append(line(shown(f.costTitle(row, report)), figures))
        }
        lines += wrap(f.say(.costNote))
        return lines
    }
}
