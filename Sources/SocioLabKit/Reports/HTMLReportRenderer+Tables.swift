extension HTMLReportRenderer {
    /// The summary: one row per output with its unit, values, target, progress, status and forecast. The
    /// column of the period's value is left out when the scope is the whole operation (it equals the
    /// value to date).
    func outputsTable(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        let period = report.scope.period != nil
        // Widths in em of the body's font: each fits its heading and its figures in both languages.
        var columns: [(ReportFormat.Word, Double?)] = [(.id, 4.6), (.output, nil)]
        if period { columns.append((.value, 4.8)) }
        columns += [
            (.toDate, 4.8), (.target, 4), (.progress, 5.6), (.expected, 6.4), (.status, 5.9),
            (.forecast, 4.8),
        ]
        var h = "<table class=\"outputs\">\n" + colgroup(columns.map(\.1)) + "<thead><tr>"
        for (word, width) in columns {
            h += "<th" + (width != nil && word != .id && word != .status ? " class=\"n\"" : "") + ">"
            h += esc(f.word(word)) + "</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for i in outputs(report) {
            h += "<tr><td class=\"id\">" + breakable(i.id) + "</td><td>" + esc(f.text(i.title))
            h += " <span class=\"unit\">(" + esc(f.text(i.unit)) + ")</span></td>"
            if period { h += "<td class=\"n\">" + f.count(i.value) + "</td>" }
            h += "<td class=\"n\">" + f.count(i.toDate) + "</td>"
            h += "<td class=\"n\">" + (i.target.map(f.integer) ?? "–") + "</td>"
            h += "<td class=\"n\">" + esc(f.percent(i.progress)) + "</td>"
            h += "<td class=\"n\">" + (i.expected.map { f.decimal($0) } ?? "–") + "</td>"
            h += "<td>" + (i.status.map { "<span class=\"key \($0.rawValue)\"></span>" } ?? "")
            h += esc(f.status(of: i)) + "</td>"
            h += "<td class=\"n\">" + esc(f.forecast(i.forecast)) + "</td></tr>\n"
        }
        return h + "</tbody>\n</table>\n"
    }

    /// The indicators that are not outputs, and every indicator with a measure (FTE, hours, reach,
    /// visitors, headcount): the count in its unit and the measure under its own name, each column saying
    /// whether it is the period's value or the value to date.
    func measuresTable(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        let others = Set(others(report).map(\.id))
        let rows = report.indicators.filter { others.contains($0.id) || $0.measureName != nil }
        guard !rows.isEmpty else { return "" }
        let inPeriod = f.word(.value)
        let toDate = f.word(.toDate)
        var h = "<h2>" + esc(say(.otherIndicators)) + "</h2>\n<table class=\"measures\">\n"
        h +=
            colgroup([nil, 8, 5.2, 5.2, 8, 5.4, 5.4]) + "<thead><tr><th rowspan=\"2\">"
        h += esc(f.word(.indicator)) + "</th><th colspan=\"3\" class=\"group\">" + esc(say(.count))
        h += "</th><th colspan=\"3\" class=\"group\">" + esc(say(.measure)) + "</th></tr>\n<tr>"
        for word in [say(.unit), inPeriod, toDate, say(.unit), inPeriod, toDate] {
            h += "<th" + (word == say(.unit) ? "" : " class=\"n\"") + ">" + esc(word) + "</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for i in rows {
            h +=
                "<tr><td>" + esc(f.text(i.title)) + " <span class=\"unit\">" + breakable(i.id)
                + "</span></td>"
            h += "<td>" + esc(f.text(i.unit)) + "</td><td class=\"n\">" + f.count(i.value) + "</td>"
            h += "<td class=\"n\">" + f.count(i.toDate) + "</td>"
            if let name = i.measureName {
                // A measure is hidden with the count it belongs to.
                let shown = i.value != nil || i.toDate != nil
                h += "<td>" + esc(f.text(name)) + "</td><td class=\"n\">"
                h += (i.value != nil ? i.measure.map(f.quantity) : nil) ?? (shown ? "–" : "*")
                h += "</td><td class=\"n\">"
                h += (i.toDate != nil ? i.measureToDate.map(f.quantity) : nil) ?? (shown ? "–" : "*")
                h += "</td></tr>\n"
            } else {
                h += "<td>–</td><td class=\"n\">–</td><td class=\"n\">–</td></tr>\n"
            }
        }
        return h + "</tbody>\n</table>\n"
    }

    /// The breakdowns asked for, one table per dimension: a row per value of the dimension, a column per
    /// indicator broken down by it (at most six to a table, so the table fits the page).
    func breakdownTables(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        var dimensions: [BreakdownDimension] = []
        var byDimension: [BreakdownDimension: [(IndicatorReport.Entry, Breakdown)]] = [:]
        for i in report.indicators {
            for b in i.breakdowns where b.cells.contains(where: { $0.value != 0 }) {
                if byDimension[b.dimension] == nil { dimensions.append(b.dimension) }
                byDimension[b.dimension, default: []].append((i, b))
            }
        }
        guard !dimensions.isEmpty else { return "" }
        var h = "<h2>" + esc(f.word(.breakdowns)) + "</h2>\n<p class=\"note\">" + esc(say(.breakdownsNote))
        h += "</p>\n"
        for dimension in dimensions {
            let columns = byDimension[dimension] ?? []
            var keys: [String] = []
            var labels: [String: LocalizedText] = [:]
            for (_, b) in columns {
                for c in b.cells where labels[c.key] == nil {
                    keys.append(c.key)
                    labels[c.key] = c.label
                }
            }
            // As few tables as six columns each allow, their columns shared out evenly.
            let perTable = (columns.count + (columns.count + 5) / 6 - 1) / ((columns.count + 5) / 6)
            var start = 0
            while start < columns.count {
                let chunk = columns[start..<min(start + perTable, columns.count)]
                start += perTable
                h += "<table class=\"breakdown\">\n" + colgroup([nil] + chunk.map { _ in 7.4 })
                h += "<thead><tr><th>" + esc(capitalized(f.text(chunk.first!.1.title))) + "</th>"
                for (i, _) in chunk {
                    h += "<th class=\"n\">" + breakable(i.id) + "<br><span class=\"unit\">"
                    h += esc(f.text(i.unit)) + "</span></th>"
                }
                h += "</tr></thead>\n<tbody>\n"
                for key in keys {
                    h += "<tr><td>" + esc(f.text(labels[key]!)) + "</td>"
                    for (_, b) in chunk {
                        let cell = b.cells.first { $0.key == key }
                        h += "<td class=\"n\">" + (cell.map { f.count($0.value) } ?? "–") + "</td>"
                    }
                    h += "</tr>\n"
                }
                h += "</tbody>\n</table>\n"
            }
        }
        return h
    }

    /// The participants' totals and the ESF 2014–2020 and ESF+ 2021–2027 common indicators by gender.
    func esfTables(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        var h = "<p><strong>" + esc(f.word(.participants)) + ":</strong> " + f.count(report.participants)
        h += "<br><strong>" + esc(f.word(.incomplete)) + ":</strong> " + f.integer(report.incompleteRecords)
        h += "</p>\n"
        for (title, entries) in [(f.word(.esf), report.esf), (f.word(.esfPlus), report.esfPlus)] {
            h += "<h2>" + esc(title) + "</h2>\n<table class=\"esf\">\n"
            h += colgroup([5.8, nil, 5, 5, 5, 6])
            h += "<thead><tr>"
            for w in [ReportFormat.Word.code, .indicator, .total, .women, .men, .nonBinary] {
                h += "<th" + ([.code, .indicator].contains(w) ? "" : " class=\"n\"") + ">"
                h += esc(f.word(w)) + "</th>"
            }
            h += "</tr></thead>\n<tbody>\n"
            for e in entries {
                let g = e.byGender
                func cell(_ i: Int) -> String { i < g.count ? f.count(g[i].value) : "–" }
                h +=
                    "<tr><td class=\"id\">" + esc(e.code) + "</td><td>" + esc(f.text(e.title))
                    + "</td><td class=\"n\">"
                h += f.count(e.value) + "</td><td class=\"n\">" + cell(0) + "</td><td class=\"n\">" + cell(1)
                h += "</td><td class=\"n\">" + cell(2) + "</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        return h
    }

    /// The columns' widths in em (`nil`: the rest of the table's width, shared).
    func colgroup(_ widths: [Double?]) -> String {
        var h = "<colgroup>"
        for width in widths { h += width.map { "<col style=\"width: \(fmt($0))em\">" } ?? "<col>" }
        return h + "</colgroup>\n"
    }
}

extension HTMLReportRenderer {
    /// Text with its first letter in upper case (`partner` → `Partner`), for a column heading.
    func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
