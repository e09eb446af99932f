/// `core.finance-claim-shares` (error): a payment claim's shares of the funding sources add up to the
/// claim to the cent, and the sources' rates add up to 100 %.
///
/// The shares cannot fail to add up: the last source's share is the remainder
/// (``FinanceArithmetic/split(_:percents:)``). The rule checks it all the same, so that a change to the
/// arithmetic cannot go unnoticed; the rates can be wrong in an operation's configuration.
package struct FinanceClaimSharesRule: EntityRule {
    /// `core.finance-claim-shares`.
    package let id: RuleID = "core.finance-claim-shares"
    /// Error.
    package let severity = Severity.error
    /// How an amount is split; the kit's own unless a test gives another.
    let split: @Sendable (Money, [Quantity]) -> [Money]

    /// Creates the rule with the kit's split.
    package init() { split = FinanceArithmetic.split }
    /// Creates the rule with another split (for its tests).
    init(split: @escaping @Sendable (Money, [Quantity]) -> [Money]) { self.split = split }

    /// Reports shares that do not add up to the claim, or rates that do not add up to 100 %.
    /// - Complexity: O(m) in the claim's cost items.
    package func check(_ claim: PaymentClaim, in dataset: Dataset) -> [ValidationIssue] {
        let percents = dataset.operation.fundingPercents
        var issues: [ValidationIssue] = []
        let rates = percents.reduce(Int64(0)) { $0 + $1.hundredths }
        if !percents.isEmpty && rates != 10_000 {
            let sum = Quantity(hundredths: rates)
            issues.append(
                issue(
                    claim.reference, field: "funding",
                    .t(
                        "deleži virov financiranja operacije znašajo \(sum) %, ne 100 %",
                        "the operation's funding sources' shares add up to \(sum) %, not 100 %"),
                    fix: .t(
                        "Popravite deleže virov v nastavitvah operacije (npr. 80 % EU in 20 % RS).",
                        "Correct the sources' shares in the operation (such as 80 % EU and 20 % national).")))
        }
        let total = dataset.claimAmounts(claim.id).total
        let shares = split(total, percents)
        let sum = shares.reduce(Int64(0)) { $0.saturatingAdding($1.cents) }
        if sum != total.cents {
            let s = Money(cents: sum, currency: total.currency)
            issues.append(
                issue(
                    claim.reference, field: "shares",
                    .t(
                        "deleži zahtevka znašajo \(s.formatted(.slovenian)), zahtevek pa "
                            + "\(total.formatted(.slovenian))",
                        "the claim's shares add up to \(s.formatted(.english)), the claim is "
                            + "\(total.formatted(.english))"),
                    fix: .t(
                        "To je napaka v programu; prijavite jo. Deleži se izračunajo, ne vpišejo.",
                        "This is a fault in the software; report it. The shares are computed, not entered.")))
        }
        return issues
    }
}
