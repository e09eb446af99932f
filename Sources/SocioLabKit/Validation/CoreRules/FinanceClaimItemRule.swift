/// `core.finance-claim-item` (error): a cost item declared in a partner's claim is that partner's, and
/// was paid by the end of the claim's period (a cost is claimed once it is paid, CPR Art. 65(2)).
package struct FinanceClaimItemRule: EntityRule {
    /// `core.finance-claim-item`.
    package let id: RuleID = "core.finance-claim-item"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a cost item of another partner, or one not paid by the end of the claim's period.
    package func check(_ member: PaymentClaimItem, in dataset: Dataset) -> [ValidationIssue] {
        guard let claim = dataset.paymentClaims[member.claim], let item = dataset.costItems[member.costItem]
        else { return [] }
        if let partner = claim.partner, item.partner != partner {
            return [
                issue(
                    member.reference, field: "cost_item_id",
                    .t(
                        "strošek \(item.id) je partnerja \(item.partner), zahtevek \(claim.id) pa partnerja \(partner)",
                        "cost item \(item.id) is partner \(item.partner)'s, claim \(claim.id) is partner \(partner)'s"
                    ),
                    fix: .t(
                        "Strošek vključite v zahtevek svojega partnerja ali v zahtevek celotne operacije.",
                        "Put the cost in its own partner's claim, or in a claim of the whole operation."))
            ]
        }
        guard item.paidOn.map({ $0 > claim.periodEnd }) ?? true else { return [] }
        let paid = item.paidOn?.description
        return [
            issue(
                member.reference, field: "cost_item_id",
                .t(
                    paid.map {
                        "strošek \(item.id) je bil plačan \($0), po koncu obdobja zahtevka \(claim.periodEnd)"
                    }
                        ?? "strošek \(item.id) še ni plačan",
                    paid.map {
                        "cost item \(item.id) was paid on \($0), after the claim's period ends \(claim.periodEnd)"
                    }
                        ?? "cost item \(item.id) is not paid yet"),
                fix: .t(
                    "Strošek uveljavite v zahtevku za obdobje, v katerem je bil plačan.",
                    "Declare the cost in a claim for the period in which it was paid."))
        ]
    }
}
