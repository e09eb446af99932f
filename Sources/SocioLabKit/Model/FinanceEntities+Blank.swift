/// The blank finance entities: an identifier and nothing else, what a CSV row or a stored object is read
/// into (each stored member then overwrites its default).
extension BudgetLine {
    /// A line with its identifier and nothing else: what a row is read into.
    static func blank(_ id: ID) -> BudgetLine {
        BudgetLine(id: id, partner: "", category: "", planned: .zero)
    }
}

extension CostItem {
    /// A cost item with its identifier and nothing else: what a row is read into.
    static func blank(_ id: ID) -> CostItem {
        CostItem(
            id: id, partner: "", category: "", amount: .zero, incurredOn: Day(daysSinceEpoch: 0),
            evidenceReference: "")
    }
}

extension PaymentClaim {
    /// A claim with its identifier and nothing else: what a row is read into.
    static func blank(_ id: ID) -> PaymentClaim {
        PaymentClaim(id: id, periodStart: Day(daysSinceEpoch: 0), periodEnd: Day(daysSinceEpoch: 0))
    }
}

extension PaymentClaimItem {
    /// A membership with its identifier and nothing else: what a row is read into.
    static func blank(_ id: ID) -> PaymentClaimItem { PaymentClaimItem(id: id, claim: "", costItem: "") }
}
