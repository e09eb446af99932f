/// The money rules the finance figures apply, in one place: the flat-rate amounts a cost carries and the
/// EU / national split of an amount.
package enum FinanceRules {
    /// The flat-rate amounts computed on a cost item: for each flat rate that applies to its partner (the
    /// partner's own rate replaces the operation's for the same category) and whose base holds its
    /// category, the item's amount × the rate, rounded half up to the cent.
    /// - Parameters:
    ///   - item: The cost item.
    ///   - operation: The operation, with its flat rates.
    /// - Returns: The flat-rate category and amount in cents of each rate that applies, in the
    ///   operation's order of rates.
    package static func flatRateAmounts(of item: CostItem, in operation: ESFOperation) -> [(CostCategory.ID, Int64)] {
        rates(for: item.partner, in: operation).compactMap { rate in
            guard rate.base.contains(item.category) else { return nil }
            // cents × hundredths of a per cent ÷ 10,000, half up.
            let product = item.amount.cents * rate.percent.hundredths
            return (rate.category, (product + 5_000) / 10_000)
        }
    }

    /// A claim's amounts of one partner's cost items, by category: the items' amounts in their categories,
    /// and for each flat rate that applies to the partner, the rate × the items' amounts in its base,
    /// rounded once (so a claim's flat-rate amount is computed on its whole base, as the claim declares it).
    /// - Parameters:
    ///   - items: The partner's cost items in the claim.
    ///   - partner: The partner.
    ///   - operation: The operation, with its flat rates.
    /// - Returns: Cents by category.
    package static func claimAmounts(
        of items: [CostItem], partner: Partner.ID, in operation: ESFOperation
    ) -> [CostCategory.ID: Int64] {
        var amounts: [CostCategory.ID: Int64] = [:]
        for item in items { amounts[item.category, default: 0] += item.amount.cents }
        var flat: [CostCategory.ID: Int64] = [:]
        for rate in rates(for: partner, in: operation) {
            let base = rate.base.reduce(Int64(0)) { $0 + (amounts[$1] ?? 0) }
            guard base != 0 else { continue }
            flat[rate.category, default: 0] += (base * rate.percent.hundredths + 5_000) / 10_000
        }
        return amounts.merging(flat, uniquingKeysWith: +)
    }

    /// The flat rates that apply to a partner: its own, and the operation's for the categories it has
    /// none of.
    package static func rates(for partner: Partner.ID, in operation: ESFOperation) -> [FlatRate] {
        let own = operation.flatRates.filter { $0.partner == partner }
        let owned = Set(own.map(\.category))
        return operation.flatRates.filter { $0.partner == nil && !owned.contains($0.category) } + own
    }

    /// The EU co-financing rate in per cent: the share of the operation's first funding source (the EU
    /// fund, as the funding decision lists it first); 100 when the operation lists none.
    package static func euRatePercent(of operation: ESFOperation) -> Int {
        operation.funding.first?.sharePercent ?? 100
    }

    /// An amount split into its EU and national shares: the EU share rounded half up to the cent, the
    /// national share the remainder, so they add up to the amount.
    package static func split(_ cents: Int64, euRatePercent rate: Int) -> IndicatorReport.FinanceAmount {
        let eu = (cents * Int64(rate) * 2 + 100) / 200
        return IndicatorReport.FinanceAmount(cents: cents, eu: eu, national: cents - eu)
    }
}
