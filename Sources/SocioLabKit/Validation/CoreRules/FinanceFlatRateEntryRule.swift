/// `core.finance-flat-rate-entry` (error): no cost is entered in a flat-rate category, nor in a category
/// a flat rate of the partner pays for (remaining costs at 40 % of staff costs pay for every other cost,
/// CPR Art. 68b(1)). Flat-rate amounts are computed from their base, never entered; an entered amount
/// would be declared twice.
package struct FinanceFlatRateEntryRule: EntityRule {
    /// `core.finance-flat-rate-entry`.
    package let id: RuleID = "core.finance-flat-rate-entry"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a cost entered in a flat-rate category or in one its partner's flat rate covers.
    package func check(_ item: CostItem, in dataset: Dataset) -> [ValidationIssue] {
        let operation = dataset.operation
        if operation.costCategory(item.category)?.kind == .flatRate {
            return [
                issue(
                    item.reference, field: "category",
                    .t(
                        "'\(item.category)' je kategorija pavšala: njen znesek se izračuna, ne vpiše",
                        "'\(item.category)' is a flat-rate category: its amount is computed, not entered"),
                    fix: .t(
                        "Odstranite ta strošek; pavšal se izračuna iz osnove (stroški osebja) v zahtevku.",
                        "Remove this cost; the flat rate is computed from its base (staff costs) in each claim."
                    ))
            ]
        }
        guard
            let rate = operation.flatRates(for: item.partner).first(where: {
                $0.covers.contains(item.category)
            })
        else { return [] }
        return [
            issue(
                item.reference, field: "category",
                .t(
                    "partner \(item.partner) uveljavlja pavšal \(rate.category) (\(rate.percent) %), ki že pokriva "
                        + "stroške kategorije \(item.category)",
                    "partner \(item.partner) declares the flat rate \(rate.category) (\(rate.percent) %), which "
                        + "already pays for costs of \(item.category)"),
                fix: .t(
                    "Tega stroška ne vpisujte: krije ga pavšal. Vpišite le stroške osebja.",
                    "Do not enter this cost: the flat rate pays for it. Enter staff costs only."))
        ]
    }
}
