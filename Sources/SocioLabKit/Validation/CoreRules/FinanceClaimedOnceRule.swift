/// `core.finance-claimed-once` (error): a cost item is declared in one payment claim only, once (no
/// double funding, CPR Art. 65(11)).
package struct FinanceClaimedOnceRule: EntityRule {
    /// `core.finance-claimed-once`.
    package let id: RuleID = "core.finance-claimed-once"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a membership whose cost item another membership declares too.
    /// - Complexity: O(m) in the memberships of the cost item (through the index).
    package func check(_ member: PaymentClaimItem, in dataset: Dataset) -> [ValidationIssue] {
        let others = dataset.claimItems(declaring: member.costItem).filter { $0.id != member.id }
        guard let other = others.min(by: { $0.id < $1.id }) else { return [] }
        let sameClaim = other.claim == member.claim
        return [
            issue(
                member.reference, field: "cost_item_id",
                sameClaim
                    ? .t(
                        "strošek \(member.costItem) je v zahtevku \(member.claim) naveden dvakrat (tudi v \(other.id))",
                        "cost item \(member.costItem) is listed twice in claim \(member.claim) (also in \(other.id))"
                    )
                    : .t(
                        "strošek \(member.costItem) je uveljavljen že v zahtevku \(other.claim)",
                        "cost item \(member.costItem) is already declared in claim \(other.claim)"),
                fix: .t(
                    "Vsak strošek se lahko uveljavi le enkrat; odstranite eno od vrstic v payment_claim_items.csv.",
                    "A cost may be declared once only; remove one of the rows from payment_claim_items.csv."))
        ]
    }
}
