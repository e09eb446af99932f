/// `core.finance-partner` (error): a budget line, a cost item or a payment claim names a partner of the
/// operation (a claim may name none: it is then the whole operation's).
package struct FinancePartnerRule<Subject: Entity>: EntityRule {
    /// `core.finance-partner`.
    package let id: RuleID = "core.finance-partner"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a partner that is not the operation's.
    package func check(_ entity: Subject, in dataset: Dataset) -> [ValidationIssue] {
        let partner: Partner.ID?
        switch entity {
        case let line as BudgetLine: partner = line.partner
        case let item as CostItem: partner = item.partner
        case let claim as PaymentClaim: partner = claim.partner
        default: partner = nil
        }
        guard let partner, dataset.operation.partner(partner) == nil else { return [] }
        let known = dataset.operation.partners.prefix(3).map(\.id.rawValue).joined(separator: ", ")
        return [
            issue(
                entity.reference, field: "partner_id",
                .t("'\(partner)' ni partner operacije", "'\(partner)' is not a partner of the operation"),
                fix: .t(
                    "V stolpec partner_id vpišite šifro partnerja operacije (npr. \(known)).",
                    "Write one of the operation's partner ids in partner_id (such as \(known))."))
        ]
    }
}
