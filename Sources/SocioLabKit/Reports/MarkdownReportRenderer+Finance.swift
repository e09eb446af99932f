extension MarkdownReportRenderer {
    /// The finance section: the whole budget's shares, the absorption tables and cost per result; empty
    /// when the report has none or the reader asked for other sections only.
    func financeSection(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        guard report.shows(.finance), let finance = report.finance else { return "" }
        var out = "\n## " + f.say(.finance) + "\n\n"
        out += f.heading(f.say(.amountsIn)) + " " + escape(finance.currency) + ".\n\n"
        out += row([
            "", f.say(.total), f.say(.eu) + " " + f.wholePercent(finance.euRatePercent), f.say(.national),
        ])
        out += "|---|--:|--:|--:|\n"
        let t = finance.total
        let amounts: [(ReportFormat.FinanceWord, IndicatorReport.FinanceAmount)] = [
            (.planned, t.planned), (.spent, t.spent), (.claimed, t.claimed), (.approved, t.approved),
            (.paid, t.paid),
        ]
        for (word, amount) in amounts {
            out += row([f.say(word), f.cents(amount.cents), f.cents(amount.eu), f.cents(amount.national)])
        }
        out += "\n" + f.say(.splitNote) + "\n\n"
        out += "- **" + f.say(.expected) + ":** " + f.cents(t.expected) + "\n"
        out += "- **" + f.say(.forecast) + ":** " + f.cents(t.forecast) + "\n"
        for (title, rows) in [
            (f.say(.absorption), [t]), (f.say(.byPartner), finance.byPartner),
            (f.say(.byCategory), finance.byCategory), (f.say(.byYear), finance.byYear),
        ] where !rows.isEmpty {
            out += "\n### " + title + "\n\n"
            out += row(
                [f.say(.line), f.say(.planned), f.say(.spent), f.say(.claimed), f.say(.approved)]
                    + [
                        f.say(.approvedEU), f.say(.approvedNational), f.say(.paid), f.say(.expected), "%",
                        f.word(.status),
                    ])
            out += "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n"
            for r in rows {
                out += row([
                    escape(f.text(r.label)), f.cents(r.planned.cents), f.cents(r.spent.cents),
                    f.cents(r.claimed.cents), f.cents(r.approved.cents), f.cents(r.approved.eu),
                    f.cents(r.approved.national), f.cents(r.paid.cents), f.cents(r.expected),
                    f.percent(r.progress), escape(f.status(of: r)),
                ])
            }
        }
        out += "\n" + f.say(.absorbedNote) + "\n"
        if !finance.costPerResult.isEmpty {
            out += "\n### " + f.say(.costPerResult) + "\n\n"
            out += row([f.word(.output), f.say(.spent), f.say(.results), f.say(.perResult)])
            out += "|---|--:|--:|--:|\n"
            for c in finance.costPerResult {
                out += row([
                    escape(f.costTitle(c, report)), f.cents(c.spent), f.count(c.results),
                    f.cents(c.perResult),
                ])
            }
            out += "\n" + f.say(.costNote) + "\n"
        }
        return out
    }
}
