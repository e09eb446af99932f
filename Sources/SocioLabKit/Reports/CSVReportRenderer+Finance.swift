extension CSVReportRenderer {
    /// The finance section's rows, in the report's columns (amounts as plain decimals of the currency,
    /// `1279895.84`, with a decimal comma in Slovenian; `unit` the currency):
    ///
    /// - `finance`: one row per line and amount; `id` the amount (`planned`, `spent`, `claimed`,
    ///   `approved`, `paid`, and each with `_eu` and `_national` for its shares), `dimension` `total`,
    ///   `partner`, `category` or `year`, `key` the line's key, `value` the amount; the `approved` row also
    ///   has `target` (planned), `expected`, `progress`, `status` and `forecast`;
    /// - `finance_quarter`: per quarter and amount (`spent`, `claimed`, `approved`, `paid`, `expected`),
    ///   `cumulative` the amount at the quarter's end;
    /// - `cost_per_result`: per output, overall (`dimension` empty) and per partner (`dimension`
    ///   `partner`, `key` its id); `value` the cost per result, `to_date` the results, `cumulative` the spend.
    func financeRows(_ report: IndicatorReport, _ f: ReportFormat) -> [[String]] {
        guard report.shows(.finance), let finance = report.finance else { return [] }
        let currency = finance.currency
        var rows: [[String]] = []
        let groups: [(String, [IndicatorReport.Absorption])] = [
            ("total", [finance.total]), ("partner", finance.byPartner), ("category", finance.byCategory),
            ("year", finance.byYear),
        ]
        for (dimension, lines) in groups {
            for line in lines {
                let label = f.text(line.label)
                let amounts: [(String, IndicatorReport.FinanceAmount)] = [
                    ("planned", line.planned), ("spent", line.spent), ("claimed", line.claimed),
                    ("approved", line.approved), ("paid", line.paid),
                ]
                for (id, amount) in amounts {
                    var row = [
                        "finance", id, f.say(.absorption), dimension, line.key, label, money(amount.cents),
                    ]
                    if id == "approved" {
                        row += [
                            "", "", money(line.planned.cents), ratio(line.progress), money(line.expected),
                            line.status?.rawValue ?? "", money(line.forecast), "", currency,
                        ]
                    } else {
                        row += blank(8) + [currency]
                    }
                    rows.append(row)
                    for (part, cents) in [("eu", amount.eu), ("national", amount.national)] {
                        rows.append(
                            [
                                "finance", id + "_" + part, f.say(.absorption), dimension, line.key, label,
                                money(cents),
                            ]
                                + blank(8) + [currency])
                    }
                }
            }
        }
        for point in finance.quarters {
            let amounts: [(String, Int64)] = [
                ("spent", point.spent), ("claimed", point.claimed), ("approved", point.approved),
                ("paid", point.paid), ("expected", point.expected),
            ]
            for (id, cents) in amounts {
                rows.append(
                    [
                        "finance_quarter", id, f.say(.absorption), "quarter", point.period.description,
                        f.period(point.period), "",
                    ] + blank(7) + [money(cents), currency])
            }
        }
        for line in finance.costPerResult {
            rows.append(
                [
                    "cost_per_result", line.output, f.text(line.title), line.partner == nil ? "" : "partner",
                    line.partner?.rawValue ?? "", line.partner.map { report.operation.name(of: $0) } ?? "",
                    money(line.perResult), "", line.results.map(String.init) ?? ReportFormat.suppressedMark,
                ] + blank(5) + [money(line.spent), currency])
        }
        return rows
    }

    /// Cents as a plain decimal of the currency, never grouped: `1279895.84` (en) or `1279895,84` (sl).
    private func money(_ cents: Int64?) -> String {
        guard let cents else { return "" }
        let text = Money(cents: cents).description
        return language == .slovenian ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A ratio with at most four decimals.
    private func ratio(_ value: Double?) -> String {
        guard let value else { return "" }
        let scaled = (value * 10_000).rounded() / 10_000
        var text = String(scaled)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return language == .slovenian ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
