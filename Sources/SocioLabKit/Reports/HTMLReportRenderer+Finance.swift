extension HTMLReportRenderer {
    /// The finance section: the budget's EU and national shares, a chart of cumulative absorption by quarter
    /// against the straight line to the budget, the absorption tables and cost per result; empty when the
    /// report has none or the reader asked for other sections only.
    func financeSection(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        guard report.shows(.finance), let finance = report.finance else { return "" }
        var h = "<h2>" + esc(f.say(.finance)) + "</h2>\n"
        h +=
            "<p class=\"note\">" + esc(f.heading(f.say(.amountsIn)) + " " + finance.currency + ".") + "</p>\n"
        h += splitTable(finance, f)
        h += "<p class=\"note\">" + esc(f.say(.splitNote)) + "</p>\n"
        h += absorptionFigure(report, finance, f)
        for (title, rows) in [
            (f.say(.absorption), [finance.total]), (f.say(.byPartner), finance.byPartner),
            (f.say(.byCategory), finance.byCategory), (f.say(.byYear), finance.byYear),
        ] where !rows.isEmpty {
            h += "<h3>" + esc(title) + "</h3>\n" + absorptionTable(rows, f)
        }
        h += "<p class=\"note\">" + esc(f.say(.absorbedNote)) + "</p>\n"
        h += costTable(report, finance, f)
        return h
    }

    /// The whole operation's amounts with their EU and national shares.
    private func splitTable(_ finance: IndicatorReport.Finance, _ f: ReportFormat) -> String {
        let t = finance.total
        var h = "<table class=\"finance\">\n" + colgroup([nil, 8, 8, 8]) + "<thead><tr><th></th>"
        for word in [
            f.say(.total), f.say(.eu) + " " + f.wholePercent(finance.euRatePercent), f.say(.national),
        ] {
            h += "<th class=\"n\">" + esc(word) + "</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        let amounts: [(ReportFormat.FinanceWord, IndicatorReport.FinanceAmount)] = [
            (.planned, t.planned), (.spent, t.spent), (.claimed, t.claimed), (.approved, t.approved),
            (.paid, t.paid),
        ]
        for (word, amount) in amounts {
            h += "<tr><td>" + esc(f.say(word)) + "</td>"
            for cents in [amount.cents, amount.eu, amount.national] {
                h += "<td class=\"n\">" + esc(f.cents(cents)) + "</td>"
            }
            h += "</tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// One row per line: planned, spent, claimed, approved, paid, the approved share of the plan and its
    /// status against the straight line.
    private func absorptionTable(_ rows: [IndicatorReport.Absorption], _ f: ReportFormat) -> String {
        var h = "<table class=\"finance\">\n" + colgroup([nil, 7.2, 7.2, 7.2, 7.2, 7.2, 4.8, 6.6])
        h += "<thead><tr><th>" + esc(f.say(.line)) + "</th>"
        for word in [f.say(.planned), f.say(.spent), f.say(.claimed), f.say(.approved), f.say(.paid), "%"] {
            h += "<th class=\"n\">" + esc(word) + "</th>"
        }
        h += "<th>" + esc(f.word(.status)) + "</th></tr></thead>\n<tbody>\n"
        for r in rows {
            h += "<tr><td>" + esc(f.text(r.label)) + "</td>"
            for cents in [r.planned.cents, r.spent.cents, r.claimed.cents, r.approved.cents, r.paid.cents] {
                h += "<td class=\"n\">" + esc(f.cents(cents)) + "</td>"
            }
            h += "<td class=\"n\">" + esc(f.percent(r.progress)) + "</td><td>"
            h += (r.status.map { "<span class=\"key \($0.rawValue)\"></span>" } ?? "")
            h += esc(f.status(of: r)) + "</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// Cost per result, overall and per partner.
    private func costTable(
        _ report: IndicatorReport, _ finance: IndicatorReport.Finance, _ f: ReportFormat
    ) -> String {
        guard !finance.costPerResult.isEmpty else { return "" }
        var h = "<h3>" + esc(f.say(.costPerResult)) + "</h3>\n<table class=\"finance\">\n"
        h += colgroup([nil, 8, 6, 8]) + "<thead><tr><th>" + esc(f.word(.output)) + "</th>"
        for word in [f.say(.spent), f.say(.results), f.say(.perResult)] {
            h += "<th class=\"n\">" + esc(word) + "</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for c in finance.costPerResult {
            h += "<tr><td>" + esc(f.costTitle(c, report)) + "</td><td class=\"n\">" + esc(f.cents(c.spent))
            h += "</td><td class=\"n\">" + f.count(c.results) + "</td><td class=\"n\">"
            h += esc(f.cents(c.perResult)) + "</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n<p class=\"note\">" + esc(f.say(.costNote)) + "</p>\n"
    }

    /// The absorption chart with its title and legend.
    private func absorptionFigure(
        _ report: IndicatorReport, _ finance: IndicatorReport.Finance, _ f: ReportFormat
    ) -> String {
        var h = "<figure class=\"chart wide\"><figcaption>" + esc(f.say(.chart)) + "</figcaption>\n"
        h += absorptionChart(report, finance, f)
        h += "<p class=\"legend\"><span class=\"key claimed\"></span>" + esc(f.say(.claimed))
        h += " <span class=\"key col\"></span>" + esc(f.say(.approved))
        h += " <span class=\"key target\"></span>" + esc(f.say(.straightLine) + " (" + f.say(.planned) + " ")
        h += esc(f.money(finance.total.planned.cents, finance.currency) + ")") + "</p></figure>\n"
        return h
    }

    /// Cumulative claimed (wide light columns) and approved (narrow columns) at each quarter's end up to
    /// the report day, on an axis of whole currency units over every quarter of the operation, with the
    /// straight line from nothing before the first day to the planned total on the last as a dashed line.
    /// Every label stands outside the plot: the axis's figures to its left, the years under it.
    private func absorptionChart(
        _ report: IndicatorReport, _ finance: IndicatorReport.Finance, _ f: ReportFormat
    ) -> String {
        let quarters = report.operation.period.quarters
        let planned = finance.total.planned.cents
        let highest = finance.quarters.map { max($0.claimed, $0.approved) }.max() ?? 0
        let (step, top) = Self.scale(Int(max(planned, highest, 100) / 100))
        let ticks = stride(from: 0, through: top, by: step).map { ($0, f.integer($0)) }
        let labelWidth = Double(ticks.map(\.1.count).max() ?? 1) * 5.6
        let left = (labelWidth + 10).rounded(), right = 690.0, upper = 10.0, bottom = 170.0
        func y(_ cents: Int64) -> Double { bottom - (bottom - upper) * Double(cents) / Double(top * 100) }
        let width = (right - left) / Double(max(quarters.count, 1))
        var s = "<svg class=\"absorption\" viewBox=\"0 0 700 192\" width=\"100%\" role=\"img\" "
        s += "aria-label=\"" + esc(f.say(.chart)) + "\">\n"
        for (value, label) in ticks {
            let line = y(Int64(value) * 100)
            s +=
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(line))\" x2=\"\(fmt(right))\" y2=\"\(fmt(line))\" class=\"gl\"/>"
            s += "<text x=\"\(fmt(left - 5))\" y=\"\(fmt(line + 3))\" class=\"small\" text-anchor=\"end\">"
            s += esc(label) + "</text>\n"
        }
        var years: YearSpans = []
        for (n, quarter) in quarters.enumerated() {
            let x = left + Double(n) * width
            if let point = finance.quarters.first(where: { $0.period == quarter }) {
                if point.claimed > 0 {
                    s += "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(y(point.claimed)))\" "
                    s += "width=\"\(fmt(max(width - 2, 1)))\" height=\"\(fmt(bottom - y(point.claimed)))\" "
                    s += "class=\"claimed\"><title>" + esc(f.period(quarter) + ": " + f.cents(point.claimed))
                    s += "</title></rect>\n"
                }
                if point.approved > 0 {
                    s += "<rect x=\"\(fmt(x + width * 0.25))\" y=\"\(fmt(y(point.approved)))\" "
                    s +=
                        "width=\"\(fmt(max(width * 0.5, 1)))\" height=\"\(fmt(bottom - y(point.approved)))\" "
                    s += "class=\"col\"><title>" + esc(f.period(quarter) + ": " + f.cents(point.approved))
                    s += "</title></rect>\n"
                }
            }
            Self.extend(&years, with: quarter, from: x, to: x + width)
        }
        s += axes(left: left, upper: upper, right: right, bottom: bottom)
        for year in years where year.to - year.from >= 26 {
            s += "<text x=\"\(fmt((year.from + year.to) / 2))\" y=\"\(fmt(bottom + 14))\" class=\"small\" "
            s += "text-anchor=\"middle\">\(year.year)</text>\n"
        }
        if planned > 0 {
            s +=
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(right))\" y2=\"\(fmt(y(planned)))\" "
            s += "class=\"target straight\"/>\n"
        }
        return s + "</svg>\n"
    }

    /// The finance section's styles, added to the page's.
    static let financeCSS = """
        .key.claimed, .claimed { background: #c9dcf0; fill: #c9dcf0; }
        h3 { font-size: 10.5pt; margin: 0.9em 0 0.3em; break-after: avoid; }

        """
}
