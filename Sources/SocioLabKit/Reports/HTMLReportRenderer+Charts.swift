extension HTMLReportRenderer {
    /// The progress chart of the outputs that have a target, with its legend; a note names what is left
    /// out. Every label stands beside its bar, never on it.
    func progressFigure(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        let outputs = outputs(report)
        let rows = outputs.filter { ($0.target ?? 0) > 0 }
        var h = "<figure class=\"chart wide\">\n<p class=\"legend\">"
        for status in ProgressStatus.allCases {
            h += "<span class=\"key \(status.rawValue)\"></span>" + esc(f.status(status)) + " "
        }
        h += "<span class=\"key tick\"></span>" + esc(say(.expectedByNow)) + "</p>\n"
        if !rows.isEmpty { h += progressChart(rows, f) }
        if rows.count < outputs.count { h += "<p class=\"note\">" + esc(say(.noTarget)) + "</p>\n" }
        return h + "</figure>\n"
    }

    /// One horizontal bar per output: value to date against target on a scale of 0–100 % of the target,
    /// the expected value as a tick, the value and target in figures to the right of the bar.
    private func progressChart(_ rows: [IndicatorReport.Entry], _ f: ReportFormat) -> String {
        let rowHeight = 22
        let left = 64
        let length = 460
        let axis = 4 + rows.count * rowHeight + 2
        let height = axis + 18
        var s = "<svg class=\"progress\" viewBox=\"0 0 700 \(height)\" width=\"100%\" role=\"img\" "
        s += "aria-label=\"" + esc(say(.progressChart)) + "\">\n"
        for step in 0...4 {
            let x = left + length * step / 4
            s += "<line x1=\"\(x)\" y1=\"2\" x2=\"\(x)\" y2=\"\(axis)\" class=\"gl\"/>"
            s += "<text x=\"\(x)\" y=\"\(axis + 13)\" class=\"small\" text-anchor=\"middle\">"
            s += esc(percentLabel(step * 25)) + "</text>\n"
        }
        s += "<line x1=\"\(left)\" y1=\"\(axis)\" x2=\"\(left + length)\" y2=\"\(axis)\" class=\"axis\"/>\n"
        for (n, i) in rows.enumerated() {
            let y = 4 + n * rowHeight
            s += "<text x=\"0\" y=\"\(y + 14)\" class=\"lbl\">" + esc(i.id) + "</text>"
            s += "<rect x=\"\(left)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"14\" class=\"track\"/>"
            if let ratio = i.progress, ratio > 0 {
                let w = Int((min(ratio, 1) * Double(length)).rounded())
                s += "<rect x=\"\(left)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"14\" "
                s += "class=\"bar \(i.status?.rawValue ?? "")\"/>"
            }
            if let expected = i.expected, let target = i.target, target > 0 {
                let x = left + Int((min(expected / Double(target), 1) * Double(length)).rounded())
                s += "<line x1=\"\(x)\" y1=\"\(y + 1)\" x2=\"\(x)\" y2=\"\(y + 21)\" class=\"tick\"/>"
            }
            var label = f.count(i.toDate) + (i.target.map { " / " + f.integer($0) } ?? "")
            if let ratio = i.progress { label += " (" + f.percent(ratio) + ")" }
            s += "<text x=\"\(left + length + 8)\" y=\"\(y + 15)\" class=\"lbl\">" + esc(label) + "</text>\n"
        }
        return s + "</svg>\n"
    }

    /// `25 %` (sl, with a non-breaking space) or `25%` (en).
    private func percentLabel(_ percent: Int) -> String {
        String(percent) + (language == .slovenian ? "\u{00A0}%" : "%")
    }

    /// A chart of each indicator's cumulative quarterly value that carries information (any value above
    /// zero), two to a row, each with its title above it and a legend below.
    func seriesCharts(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        let charted = report.indicators.filter { i in i.series.contains { ($0.cumulative ?? 0) > 0 } }
        guard !charted.isEmpty else { return "" }
        var h = "<h2>" + esc(f.word(.cumulative)) + "</h2>\n<div class=\"charts\">\n"
        for i in charted {
            h +=
                "<figure class=\"chart\"><figcaption>" + esc(i.id + " " + f.text(i.title)) + "</figcaption>\n"
            h += seriesChart(i, f) + "<p class=\"legend\"><span class=\"key col\"></span>"
            h += esc(f.text(i.unit) + ", " + say(.cumulativeAtQuarterEnd))
            if let target = i.target {
                h += " <span class=\"key target\"></span>" + esc(say(.target) + " " + f.integer(target))
            }
            h += "</p></figure>\n"
        }
        return h + "</div>\n"
    }

    /// Cumulative value by quarter as columns on a value axis, with the target as a dashed line and the
    /// years under their quarters.
    private func seriesChart(_ i: IndicatorReport.Entry, _ f: ReportFormat) -> String {
        let points = i.series
        let (step, top) = Self.scale(max(points.compactMap(\.cumulative).max() ?? 0, i.target ?? 0, 1))
        let ticks = stride(from: 0, through: top, by: step).map { ($0, f.integer($0)) }
        let labelWidth = Double(ticks.map(\.1.count).max() ?? 1) * 5.6
        let left = (labelWidth + 10).rounded(), right = 332.0, upper = 10.0, bottom = 138.0
        let plot = bottom - upper
        func y(_ value: Int) -> Double { bottom - plot * Double(value) / Double(top) }
        let width = (right - left) / Double(max(points.count, 1))
        var s = "<svg viewBox=\"0 0 340 160\" width=\"100%\" role=\"img\" "
        s += "aria-label=\"" + esc(i.id + " " + f.word(.cumulative)) + "\">\n"
        for (value, label) in ticks {
            s +=
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y(value)))\" x2=\"\(fmt(right))\" y2=\"\(fmt(y(value)))\" "
            s += "class=\"gl\"/><text x=\"\(fmt(left - 5))\" y=\"\(fmt(y(value) + 3))\" class=\"small\" "
            s += "text-anchor=\"end\">" + esc(label) + "</text>\n"
        }
        var years: YearSpans = []
        for (n, p) in points.enumerated() {
            let x = left + Double(n) * width
            if let c = p.cumulative, c > 0 {
                s += "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(y(c)))\" width=\"\(fmt(max(width - 2, 1)))\" "
                s += "height=\"\(fmt(bottom - y(c)))\" class=\"col\"><title>"
                s += esc(f.period(p.period) + ": " + f.integer(c)) + "</title></rect>\n"
            }
            Self.extend(&years, with: p.period, from: x, to: x + width)
        }
        s += axes(left: left, upper: upper, right: right, bottom: bottom)
        var free = 0.0
        for year in years where year.to - year.from >= 26 && (year.from + year.to) / 2 - 13 >= free {
            let middle = (year.from + year.to) / 2
            s +=
                "<text x=\"\(fmt(middle))\" y=\"\(fmt(bottom + 14))\" class=\"small\" text-anchor=\"middle\">"
            s += "\(year.year)</text>\n"
            free = middle + 13
        }
        if let target = i.target, target > 0 {
            s += "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y(target)))\" x2=\"\(fmt(right))\" "
            s += "y2=\"\(fmt(y(target)))\" class=\"target\"/>\n"
        }
        return s + "</svg>"
    }

    /// A step of 1, 2 or 5 times a power of ten giving at most five intervals up to `maximum`, and the
    /// axis's top (the first multiple of the step at or above `maximum`).
    static func scale(_ maximum: Int) -> (step: Int, top: Int) {
        var power = 1
        while true {
            for factor in [1, 2, 5] {
                let step = factor * power
                let top = (maximum + step - 1) / step * step
                if top / step <= 5 { return (step, max(top, step)) }
            }
            power *= 10
        }
    }

    /// The years a chart's quarter columns fall in, each with the horizontal span of its columns.
    typealias YearSpans = [(year: Int, from: Double, to: Double)]

    /// Widens the last year's span with a quarter's column from `from` to `to`, or starts the quarter's year.
    static func extend(_ years: inout YearSpans, with period: Period, from: Double, to: Double) {
        guard case .quarter(let year, _) = period else { return }
        if years.last?.year == year {
            years[years.count - 1].to = to
        } else {
            years.append((year, from, to))
        }
    }

    /// A chart's two axes: the vertical one at `left` from `upper` down to `bottom`, the horizontal one along
    /// `bottom` to `right`.
    func axes(left: Double, upper: Double, right: Double, bottom: Double) -> String {
        "<line x1=\"\(fmt(left))\" y1=\"\(fmt(upper))\" x2=\"\(fmt(left))\" y2=\"\(fmt(bottom))\" class=\"axis\"/>"
            + "<line x1=\"\(fmt(left))\" y1=\"\(fmt(bottom))\" x2=\"\(fmt(right))\" y2=\"\(fmt(bottom))\" "
            + "class=\"axis\"/>\n"
    }
}
