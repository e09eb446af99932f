/// `core.finance-operation-total` (error): the payment claims submitted so far do not claim more than the
/// operation's total budget. Checked for a claim once it is submitted (or later): it is what submitting a
/// claim over the total is stopped by.
package struct FinanceOperationTotalRule: ValidationRule {
    /// `core.finance-operation-total`.
    package let id: RuleID = "core.finance-operation-total"
    /// Error.
    package let severity = Severity.error
    /// A dataset rule.
    package let subject: EntityKind? = nil
    /// Runs again when a claim, a claim's membership or a cost changes.
    package var triggers: Set<EntityKind> { [.paymentClaim, .paymentClaimItem, .costItem] }
    /// Creates the rule.
    package init() {}

    /// Reports each submitted claim that takes the claimed total over the budget, in the order they were
    /// submitted.
    /// - Complexity: O(m) in the memberships of submitted claims, plus sorting the claims.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        let budget = dataset.operation.budget
        let submitted = dataset.paymentClaims.all.filter { $0.status >= .submitted }
            .sorted { ($0.submittedOn ?? $0.periodEnd, $0.id) < ($1.submittedOn ?? $1.periodEnd, $1.id) }
        var total: Int64 = 0
        var issues: [ValidationIssue] = []
        for claim in submitted {
            let amounts = dataset.claimAmounts(claim.id)
            total = total.saturatingAdding(amounts.approved(claim).cents)
            guard total > budget.cents else { continue }
            let sum = Money(cents: total, currency: budget.currency)
            issues.append(
                issue(
                    claim.reference, field: "status",
                    .t(
                        "z zahtevkom \(claim.id) oddani zahtevki skupaj znašajo \(sum.formatted(.slovenian)), več "
                            + "od proračuna operacije \(budget.formatted(.slovenian))",
                        "with claim \(claim.id) the submitted claims add up to \(sum.formatted(.english)), more "
                            + "than the operation's budget \(budget.formatted(.english))"),
                    fix: .t(
                        "Zahtevka ne oddajte; iz njega odstranite stroške nad proračunom.",
                        "Do not submit the claim; remove the costs above the budget from it.")))
        }
        return issues
    }
}
