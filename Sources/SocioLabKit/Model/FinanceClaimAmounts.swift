/// What a payment claim amounts to, computed from its cost items and the operation's flat rates: the
/// eligible real, staff and unit costs it declares, the flat-rate amounts computed from them, their
/// total, and the total's shares of the funding sources.
package struct ClaimAmounts: Hashable, Sendable {
    /// The eligible amounts of the declared cost items, by category.
    package var declared: [CostCategory.ID: Money]
    /// The flat-rate amounts computed from the declared cost items, by flat-rate category.
    package var flatRates: [CostCategory.ID: Money]
    /// The claimed amount: every declared amount and every flat-rate amount.
    package var total: Money
    /// The shares of ``total`` of the operation's funding sources, in the order of
    /// ``ESFOperation/funding`` (EU, then national for the seed); they add up to ``total``.
    package var shares: [Money]

    /// The amounts of cost items declared together by an operation's partners.
    /// - Parameters:
    ///   - items: The cost items.
    ///   - operation: The operation, with its flat rates and funding sources.
    package init(items: [CostItem], operation: ESFOperation) {
        var declared: [CostCategory.ID: Money] = [:]
        for item in items { declared[item.category, default: .zero].cents += item.eligibleAmount.cents }
        let flatRates = FinanceArithmetic.flatRateAmounts(of: items, operation: operation)
        self.declared = declared
        self.flatRates = flatRates
        let cents = declared.values.reduce(Int64(0)) { $0.saturatingAdding($1.cents) }
            .saturatingAdding(flatRates.values.reduce(Int64(0)) { $0.saturatingAdding($1.cents) })
        total = Money(cents: cents, currency: operation.budget.currency)
        shares = operation.fundingShares(of: total)
    }

    /// The amount approved of a claim: its approved amount when it has one and is approved or paid, else
    /// ``total``.
    package func approved(_ claim: PaymentClaim) -> Money {
        guard claim.status >= .approved, let approved = claim.approvedAmount else { return total }
        return approved
    }
}

extension FinanceArithmetic {
    /// The flat-rate amounts of cost items, by flat-rate category: for each partner, each flat rate that
    /// applies to it (``ESFOperation/flatRates(for:)``) times the eligible amounts of its items in the
    /// rate's base, rounded per partner and rate; then added up per category.
    /// - Complexity: O(n) in the items, times the partners' flat rates.
    package static func flatRateAmounts(of items: [CostItem], operation: ESFOperation) -> [CostCategory.ID:
        Money]
    {
        var byPartner: [Partner.ID: [CostCategory.ID: Int64]] = [:]
        for item in items {
            byPartner[item.partner, default: [:]][item.category, default: 0] += item.eligibleAmount.cents
        }
        var result: [CostCategory.ID: Money] = [:]
        for (partner, categories) in byPartner {
            for rate in operation.flatRates(for: partner) {
                let base = rate.base.reduce(Int64(0)) { $0.saturatingAdding(categories[$1] ?? 0) }
                guard base != 0 else { continue }
                let amount = flatRateAmount(
                    base: Money(cents: base, currency: operation.budget.currency), percent: rate.percent)
                result[rate.category, default: Money(cents: 0, currency: operation.budget.currency)].cents +=
                    amount.cents
            }
        }
        return result
    }
}

extension Dataset {
    /// What a claim amounts to (``ClaimAmounts``), from the cost items it declares.
    /// - Complexity: O(m) in the claim's cost items.
    package func claimAmounts(_ claim: PaymentClaim.ID) -> ClaimAmounts {
        ClaimAmounts(items: costItems(inClaim: claim), operation: operation)
    }
}
