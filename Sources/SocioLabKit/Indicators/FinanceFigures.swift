/// The absorption figures of a report's finance section, computed from a ``FinanceLedger`` and the
/// budget lines.
///
/// Each line sums the ledger's entries of its partner, category or year (a year by the entries' days)
/// and its budget lines (a year's: the lines of that year; lines for the whole period count in the
/// partner, category and total lines only). The approved amount is assessed against the planned one as
/// the outputs are (``ProgressAssessment``): on the straight line from nothing the day before the line's
/// period to the plan on its last day, where the period is the operation's, or for a year the part of the
/// year inside the operation's period.
package enum FinanceFigures {
    /// Whether a dataset holds any finance record (budget line, cost item or payment claim).
    package static func holdsFinance(_ dataset: Dataset) -> Bool {
        dataset.budgetLines.count > 0 || dataset.costItems.count > 0 || dataset.paymentClaims.count > 0
    }

    /// The finance section of a report, without its cost per result.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - partners: The partners of the report's scope; none for all.
    ///   - asOf: The report day.
    /// - Returns: The section, or `nil` when the dataset holds no finance record.
    /// - Complexity: O(*c* + *m* + *b*) in cost items, claim memberships and budget lines.
    package static func section(_ dataset: Dataset, partners: Set<Partner.ID>, asOf: Day) -> IndicatorReport
        .Finance?
    {
        guard holdsFinance(dataset) else { return nil }
        let operation = dataset.operation
        let rate = FinanceFigureRules.euRatePercent(of: operation)
        let keep = { (p: Partner.ID) in partners.isEmpty || partners.contains(p) }
        var ledger = FinanceLedger(dataset, asOf: asOf)
        ledger.spent = ledger.spent.filter { keep($0.partner) }
        ledger.claimed = ledger.claimed.filter { keep($0.partner) }
        ledger.approved = ledger.approved.filter { keep($0.partner) }
        ledger.paid = ledger.paid.filter { keep($0.partner) }
        let budget = dataset.budgetLines.all.filter { keep($0.partner) }
        let period = operation.period
        let context = LineContext(
            ledger: ledger, operation: operation, asOf: asOf, budgeted: dataset.budgetLines.count > 0)

        let total = context.line(
            key: "total", label: LocalizedText(sl: "Skupaj", en: "Total"), budget: budget, period: period
        ) { _ in true }
        var partnerIDs = operation.partners.map(\.id)
        let extra = Set(budget.map(\.partner) + ledger.spent.map(\.partner) + ledger.claimed.map(\.partner))
        partnerIDs += extra.subtracting(partnerIDs).sorted { $0.rawValue < $1.rawValue }
        let byPartner = partnerIDs.filter { extra.contains($0) }.map { id in
            let name = operation.partner(id)?.shortName ?? id.rawValue
            return context.line(
                key: id.rawValue, label: LocalizedText(sl: name, en: name),
                budget: budget.filter { $0.partner == id },
                period: period
            ) { $0.partner == id }
        }
        var categories = operation.costCategories.map { ($0.id, $0.title) }
        let used = Set(budget.map(\.category) + ledger.spent.map(\.category) + ledger.claimed.map(\.category))
        categories += used.subtracting(categories.map(\.0)).sorted { $0.rawValue < $1.rawValue }.map {
            ($0, LocalizedText(sl: $0.rawValue, en: $0.rawValue))
        }
        let byCategory = categories.filter { used.contains($0.0) }.map { id, title in
            context.line(
                key: id.rawValue, label: title, budget: budget.filter { $0.category == id }, period: period
            ) { $0.category == id }
        }
        let byYear = (period.start.year...period.end.year).map { year -> IndicatorReport.Absorption in
            let days = Period.year(year).range
            let inside = DateRange(max(days.start, period.start), min(days.end, period.end))
            return context.line(
                key: String(year), label: LocalizedText(sl: String(year), en: String(year)),
                budget: budget.filter { $0.year == year }, period: inside
            ) { $0.day.year == year }
        }
        let quarters = period.quarters.filter { $0.range.start <= asOf }.map { quarter in
            let end = min(quarter.range.end, asOf)
            func cumulative(_ entries: [FinanceEntry]) -> Int64 {
                entries.reduce(0) { $0 + ($1.day <= end ? $1.cents : 0) }
            }
            return IndicatorReport.FinanceQuarter(
                period: quarter, spent: cumulative(ledger.spent), claimed: cumulative(ledger.claimed),
                approved: cumulative(ledger.approved), paid: cumulative(ledger.paid),
                expected: straightLine(total.planned.cents, period: period, at: end))
        }
        return IndicatorReport.Finance(
            currency: operation.budget.currency, euRatePercent: rate, total: total, byPartner: byPartner,
            byCategory: byCategory, byYear: byYear, quarters: quarters, costPerResult: [])
    }

    /// The straight line's value on a day: `planned` × days elapsed ÷ the period's days, in cents rounded
    /// half up (nothing before the period, all of it after).
    package static func straightLine(_ planned: Int64, period: DateRange, at day: Day) -> Int64 {
        let total = Int64(period.dayCount)
        let elapsed = Int64(min(max(period.start.distance(to: day) + 1, 0), period.dayCount))
        return (planned * elapsed * 2 + total) / (total * 2)
    }

    /// What every line of one report shares.
    private struct LineContext {
        var ledger: FinanceLedger
        var operation: ESFOperation
        var asOf: Day
        /// Whether the operation has any budget line: without one, nothing is over budget.
        var budgeted: Bool

        /// A line: the entries that pass `include` and the budget lines given, assessed over `period`.
        func line(
            key: String, label: LocalizedText, budget: [BudgetLine], period: DateRange,
            include: (FinanceEntry) -> Bool
        ) -> IndicatorReport.Absorption {
            func sum(_ entries: [FinanceEntry]) -> Int64 {
                entries.reduce(0) { include($1) ? $0 + $1.cents : $0 }
            }
            let planned = budget.reduce(Int64(0)) { $0 + $1.planned.cents }
            let spent = sum(ledger.spent)
            let approved = sum(ledger.approved)
            let split = { (cents: Int64) in FinanceFigureRules.split(cents, in: operation) }
            var line = IndicatorReport.Absorption(
                key: key, label: label, planned: split(planned), spent: split(spent),
                claimed: split(sum(ledger.claimed)), approved: split(approved), paid: split(sum(ledger.paid)),
                expected: nil, progress: nil, status: nil, forecast: nil,
                overBudget: budgeted && spent > planned)
            let assessment = ProgressAssessment.assess(
                value: Int(approved), target: planned > 0 ? Int(planned) : nil, period: period, asOf: asOf)
            if planned > 0 {
                line.expected = straightLine(planned, period: period, at: asOf)
                line.progress = assessment.progress
                line.status = assessment.status
            }
            line.forecast = assessment.forecast.map { Int64($0) }
            return line
        }
    }
}
