/// `core.finance-over-budget` (warning): a partner's costs in a budget line's category (and year) exceed
/// the line, or a partner's costs exceed its whole budget. Flat-rate amounts count as computed from the
/// partner's costs; eligible amounts count (less what was found ineligible).
///
/// A warning, not an error: costs above a line are not eligible beyond it, but the partner may still
/// reallocate between lines (a change set with its reason).
package struct FinanceOverBudgetRule: ValidationRule {
    /// `core.finance-over-budget`.
    package let id: RuleID = "core.finance-over-budget"
    /// Warning.
    package let severity = Severity.warning
    /// A dataset rule.
    package let subject: EntityKind? = nil
    /// Runs again when a line or a cost changes.
    package var triggers: Set<EntityKind> { [.budgetLine, .costItem] }
    /// Creates the rule.
    package init() {}

    /// Reports each line and each partner over budget.
    /// - Complexity: O(c + b) in the cost items and budget lines.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        guard dataset.budgetLines.count > 0 else { return [] }
        let operation = dataset.operation
        var issues: [ValidationIssue] = []
        for partner in operation.partners {
            let lines = dataset.budgetLines(of: partner.id)
            guard !lines.isEmpty else { continue }
            let items = dataset.costItems(of: partner.id)
            // Spent by (category, year), flat rates included (computed year by year).
            var spent: [CostCategory.ID: [Int: Int64]] = [:]
            for item in items {
                spent[item.category, default: [:]][item.incurredOn.year, default: 0] +=
                    item.eligibleAmount.cents
            }
            for (year, yearItems) in Dictionary(grouping: items, by: { $0.incurredOn.year }) {
                let flat = FinanceArithmetic.flatRateAmounts(of: yearItems, operation: operation)
                for (category, amount) in flat {
                    spent[category, default: [:]][year, default: 0] += amount.cents
                }
            }
            for line in lines.sorted(by: { $0.id < $1.id }) {
                let years = spent[line.category] ?? [:]
                let used = line.year.map { years[$0] ?? 0 } ?? years.values.reduce(0, +)
                guard used > line.planned.cents else { continue }
                issues.append(lineIssue(line, used: Money(cents: used, currency: line.planned.currency)))
            }
            let planned = lines.reduce(Int64(0)) { $0 + $1.planned.cents }
            let used = spent.values.reduce(Int64(0)) { $0 + $1.values.reduce(0, +) }
            if used > planned {
                issues.append(
                    partnerIssue(
                        partner.id, planned: planned, used: used, currency: operation.budget.currency))
            }
        }
        return issues
    }

    private func lineIssue(_ line: BudgetLine, used: Money) -> ValidationIssue {
        let scope =
            line.year.map { ("v letu \($0)", "in \($0)") } ?? ("v celotnem obdobju", "over the whole period")
        return issue(
            line.reference, field: "planned",
            .t(
                "stroški partnerja \(line.partner) v kategoriji \(line.category) \(scope.0) znašajo "
                    + "\(used.formatted(.slovenian)), načrtovano je \(line.planned.formatted(.slovenian))",
                "partner \(line.partner)'s costs in \(line.category) \(scope.1) are \(used.formatted(.english)), "
                    + "the line plans \(line.planned.formatted(.english))"),
            fix: .t(
                "Prerazporedite sredstva med postavkami proračuna (z razlogom v spremembi) ali preverite stroške.",
                "Reallocate between budget lines (with the reason in the change set) or check the costs."))
    }

    private func partnerIssue(_ partner: Partner.ID, planned: Int64, used: Int64, currency: String)
        -> ValidationIssue
    {
        let p = Money(cents: planned, currency: currency)
        let u = Money(cents: used, currency: currency)
        return issue(
            nil, field: "budget_lines",
            .t(
                "stroški partnerja \(partner) znašajo \(u.formatted(.slovenian)), njegov proračun pa "
                    + "\(p.formatted(.slovenian))",
                "partner \(partner)'s costs are \(u.formatted(.english)), its budget is \(p.formatted(.english))"
            ),
            fix: .t(
                "Preverite stroške partnerja ali prerazporedite proračun med partnerji.",
                "Check the partner's costs or reallocate the budget between partners."))
    }
}
