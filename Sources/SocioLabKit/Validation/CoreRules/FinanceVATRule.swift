/// `core.finance-vat` (error): VAT is kept apart from a cost's amount (CPR Art. 69(3)(c)): the VAT part is
/// not negative, and a staff cost or a unit cost, which no invoice carries VAT on, has none.
///
/// The amount a claim declares is the cost's ``CostItem/amount`` alone, net of recoverable VAT; the VAT
/// part is kept for the record and never added to a claim.
package struct FinanceVATRule: EntityRule {
    /// `core.finance-vat`.
    package let id: RuleID = "core.finance-vat"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a negative VAT part, or VAT on a staff or unit cost.
    package func check(_ item: CostItem, in dataset: Dataset) -> [ValidationIssue] {
        guard let vat = item.vat, vat.cents != 0 else { return [] }
        if vat.cents < 0 {
            return [
                issue(
                    item.reference, field: "vat",
                    .t(
                        "DDV \(vat.formatted(.slovenian)) je negativen",
                        "the VAT \(vat.formatted(.english)) is negative"),
                    fix: .t(
                        "Vpišite DDV z računa kot pozitiven znesek, ločeno od zneska brez DDV.",
                        "Write the invoice's VAT as a positive amount, apart from the amount net of VAT."))
            ]
        }
        let kind = dataset.operation.costCategory(item.category)?.kind
        guard item.isStaffCost || kind == .staff || kind == .unitCost else { return [] }
        return [
            issue(
                item.reference, field: "vat",
                .t(
                    "strošek osebja ali standardni strošek na enoto nima DDV",
                    "a staff cost or a unit cost carries no VAT"),
                fix: .t(
                    "Izbrišite DDV; stroški dela in standardni stroški na enoto se uveljavljajo brez njega.",
                    "Remove the VAT; staff costs and unit costs are declared without it."))
        ]
    }
}
