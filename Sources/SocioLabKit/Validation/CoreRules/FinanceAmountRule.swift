/// `core.finance-amount` (error): amounts are in the operation's currency and positive where they must
/// be: a cost item's amount above zero, its ineligible part from zero to the amount, a budget line's
/// planned amount and unit cost not negative, a claim's approved amount not negative.
///
/// Amounts are whole cents by construction (``Money``); a file with a third decimal is refused when it
/// is read.
package struct FinanceAmountRule<Subject: Entity>: EntityRule {
    /// `core.finance-amount`.
    package let id: RuleID = "core.finance-amount"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports each amount out of bounds.
    package func check(_ entity: Subject, in dataset: Dataset) -> [ValidationIssue] {
        let currency = dataset.operation.budget.currency
        var found: [(String, Money, Bool)] = []  // field, amount, whether zero is allowed
        switch entity {
        case let item as CostItem:
            found.append(("amount", item.amount, false))
            if let ineligible = item.ineligible { found.append(("ineligible", ineligible, true)) }
        case let line as BudgetLine:
            found.append(("planned", line.planned, true))
            if let cost = line.unitCost { found.append(("unit_cost", cost, false)) }
        case let claim as PaymentClaim:
            if let approved = claim.approvedAmount { found.append(("approved_amount", approved, true)) }
        default: break
        }
        var issues: [ValidationIssue] = []
        for (field, money, zeroAllowed) in found {
            if money.currency != currency {
                issues.append(
                    issue(
                        entity.reference, field: field,
                        .t(
                            "znesek je v valuti \(money.currency), operacija pa vodi zneske v \(currency)",
                            "the amount is in \(money.currency); the operation keeps amounts in \(currency)"),
                        fix: .t(
                            "Znesek preračunajte v \(currency).", "Convert the amount to \(currency).")))
            } else if money.cents < 0 || (money.cents == 0 && !zeroAllowed) {
                issues.append(
                    issue(
                        entity.reference, field: field,
                        .t(
                            "znesek \(money.formatted(.slovenian)) ni \(zeroAllowed ? "nenegativen" : "pozitiven")",
                            "the amount \(money.formatted(.english)) is not \(zeroAllowed ? "zero or more" : "above zero")"
                        ),
                        fix: .t(
                            "Vpišite znesek v evrih z največ dvema decimalkama, večji od nič; popravek vpišite "
                                + "kot neupravičeni del, ne kot negativen strošek.",
                            "Write an amount in euro with at most two decimals, above zero; record a correction as "
                                + "the ineligible part, not as a negative cost.")))
            }
        }
        if let item = entity as? CostItem, let ineligible = item.ineligible,
            ineligible.cents > item.amount.cents
        {
            issues.append(
                issue(
                    item.reference, field: "ineligible",
                    .t(
                        "neupravičeni del \(ineligible.formatted(.slovenian)) presega znesek "
                            + "\(item.amount.formatted(.slovenian))",
                        "the ineligible part \(ineligible.formatted(.english)) exceeds the amount "
                            + "\(item.amount.formatted(.english))"),
                    fix: .t(
                        "Neupravičeni del je lahko največ enak znesku stroška.",
                        "The ineligible part can be at most the cost's amount.")))
        }
        return issues
    }
}
