/// The money rules the finance figures apply, in one place, each the model's own (``FinanceArithmetic``,
/// ``ClaimAmounts``, ``ESFOperation/fundingShares(of:)``): the flat-rate amounts a cost carries, a claim's
/// amounts, and the EU / national split of an amount. Every amount is a cost item's eligible amount (its
/// amount less any part found ineligible).
package enum FinanceFigureRules {
    /// The flat-rate amounts computed on one cost item: for each flat rate that applies to its partner
    /// (``ESFOperation/flatRates(for:)``) and whose base holds its category, the item's eligible amount ×
    /// the rate, rounded once (``FinanceArithmetic/flatRateAmount(base:percent:)``).
    /// - Parameters:
    ///   - item: The cost item.
    ///   - operation: The operation, with its flat rates.
    /// - Returns: The flat-rate category and amount in cents of each rate that applies.
    package static func flatRateAmounts(of item: CostItem, in operation: ESFOperation) -> [(
        CostCategory.ID, Int64
    )] {
        operation.flatRates(for: item.partner).compactMap { rate in
            guard rate.base.contains(item.category) else { return nil }
            return (
                rate.category,
                FinanceArithmetic.flatRateAmount(base: item.eligibleAmount, percent: rate.percent).cents
            )
        }
    }

    /// A claim's amounts of one partner's cost items, by category (``ClaimAmounts``): the items' eligible
    /// amounts in their categories, and the flat-rate amounts computed once on the claim's whole base.
    /// - Parameters:
    ///   - items: The partner's cost items in the claim.
    ///   - operation: The operation, with its flat rates.
    /// - Returns: Cents by category.
    package static func claimAmounts(of items: [CostItem], in operation: ESFOperation) -> [CostCategory.ID:
        Int64]
    {
        let amounts = ClaimAmounts(items: items, operation: operation)
        return amounts.declared.mapValues(\.cents).merging(
            amounts.flatRates.mapValues(\.cents), uniquingKeysWith: +)
    }

    /// The EU co-financing rate in per cent: the share of the operation's first funding source (the EU
    /// fund, as the funding decision lists it first); 100 when the operation lists none.
    package static func euRatePercent(of operation: ESFOperation) -> Int {
        operation.funding.first?.sharePercent ?? 100
    }

    /// An amount split into its EU and national shares as the operation splits a claim
    /// (``ESFOperation/fundingShares(of:)``): the EU share (the first source's) rounded to the cent, the
    /// national share what the others take, the remainder, so they add up to the amount.
    package static func split(_ cents: Int64, in operation: ESFOperation) -> IndicatorReport.FinanceAmount {
        let shares = operation.fundingShares(of: Money(cents: cents, currency: operation.budget.currency))
        let eu = shares.count > 1 ? shares[0].cents : cents
        return IndicatorReport.FinanceAmount(cents: cents, eu: eu, national: cents - eu)
    }
}
