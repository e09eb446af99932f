/// `core.finance-period` (error): a cost item was incurred and paid within the operation's eligibility
/// period (CPR Art. 65(2)).
package struct FinancePeriodRule: EntityRule {
    /// `core.finance-period`.
    package let id: RuleID = "core.finance-period"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports an incurred or paid day outside the period.
    package func check(_ item: CostItem, in dataset: Dataset) -> [ValidationIssue] {
        let period = dataset.operation.period
        var issues: [ValidationIssue] = []
        let dated: [(String, Day?, LocalizedText)] = [
            ("incurred_on", item.incurredOn, .t("je nastal", "incurred")),
            ("paid_on", item.paidOn, .t("je bil plačan", "paid")),
        ]
        for (field, day, what) in dated {
            guard let day, !period.contains(day) else { continue }
            issues.append(
                issue(
                    item.reference, field: field,
                    .t(
                        "strošek \(what.sl) \(day), zunaj obdobja upravičenosti \(period)",
                        "the cost was \(what.en) on \(day), outside the eligibility period \(period)"),
                    fix: .t(
                        "Strošek je upravičen le, če je nastal in bil plačan med \(period.start) in \(period.end) "
                            + "(65. člen Uredbe (EU) št. 1303/2013). Popravite datum ali strošek odstranite.",
                        "A cost is eligible only if incurred and paid between \(period.start) and \(period.end) "
                            + "(CPR Art. 65(2)). Correct the day or remove the cost.")))
        }
        return issues
    }
}
