/// `core.budget` (error): the funding sources add up to the budget to the cent.
package struct BudgetRule: ValidationRule {
    /// `core.budget`.
    package let id: RuleID = "core.budget"
    /// Error.
    package let severity = Severity.error
    /// A dataset rule.
    package let subject: EntityKind? = nil
    /// Creates the rule.
    package init() {}
    /// Reports a sum that differs from the budget.
    /// - Complexity: O(f) in the funding sources.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        let op = dataset.operation
        let sum = op.funding.reduce(Int64(0)) { $0 + $1.amount.cents }
        guard sum != op.budget.cents else { return [] }
        let total = Money(cents: sum, currency: op.budget.currency)
        return [
            issue(
                nil, field: "funding",
                .t(
                    "viri financiranja znašajo \(total.formatted(.slovenian)), proračun pa \(op.budget.formatted(.slovenian))",
                    "funding sources add up to \(total.formatted(.english)), the budget is \(op.budget.formatted(.english))"
                ),
                fix: .t("Popravite zneske virov ali proračun.", "Correct the sources' amounts or the budget.")
            )
        ]
    }
}

/// `core.partner-targets` (warning): where an output has per-partner sub-targets, they add up to its target.
package struct PartnerTargetsRule: ValidationRule {
    /// `core.partner-targets`.
    package let id: RuleID = "core.partner-targets"
    /// Warning.
    package let severity = Severity.warning
    /// A dataset rule.
    package let subject: EntityKind? = nil
    /// Creates the rule.
    package init() {}
    /// Reports each output whose sub-targets do not add up.
    /// - Complexity: O(o) in the outputs.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        dataset.operation.outputs.compactMap { output in
            guard !output.partnerTargets.isEmpty, let target = output.target else { return nil }
            let sum = output.partnerTargets.values.reduce(0, +)
            guard sum != target else { return nil }
            return issue(
                nil, field: "outputs.\(output.id).partner_targets",
                .t(
                    "ciljne vrednosti partnerjev za \(output.id) znašajo \(sum), cilj je \(target)",
                    "partner sub-targets of \(output.id) add up to \(sum), the target is \(target)"),
                fix: .t("Uskladite ciljne vrednosti partnerjev.", "Make the partner sub-targets add up."))
        }
    }
}
