/// `core.finance-staff-cost` (error): a staff cost names its hours, the annual gross employment costs and
/// the hours behind them, and its amount is hours × the hourly rate, the rate being the annual costs ÷
/// those hours (1,720 for full time, pro rata for part time; CPR Art. 68a(2)), rounded once to the cent.
package struct FinanceStaffCostRule: EntityRule {
    /// `core.finance-staff-cost`.
    package let id: RuleID = "core.finance-staff-cost"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a staff cost without what its rate needs, or whose amount is not hours × rate.
    package func check(_ item: CostItem, in dataset: Dataset) -> [ValidationIssue] {
        let isStaffCategory = dataset.operation.costCategory(item.category)?.kind == .staff
        guard isStaffCategory || item.isStaffCost else { return [] }
        var missing: [String] = []
        if item.staffID == nil { missing.append("staff_id") }
        if item.hours == nil { missing.append("hours") }
        if item.annualGrossCost == nil { missing.append("annual_gross_cost") }
        if (item.annualHours?.hundredths ?? 0) <= 0 { missing.append("annual_hours") }
        guard missing.isEmpty, let hours = item.hours, let gross = item.annualGrossCost,
            let annual = item.annualHours
        else {
            let list = missing.joined(separator: ", ")
            return [
                issue(
                    item.reference, field: missing.first,
                    .t("strošku osebja manjka: \(list)", "the staff cost lacks \(list)"),
                    fix: .t(
                        "Vpišite šifro zaposlenega, ure, letne bruto stroške dela in ure, na katere se nanašajo "
                            + "(1720 za polni delovni čas, sorazmerno manj za krajši).",
                        "Fill in the staff id, the hours, the annual gross employment costs and the hours behind "
                            + "them (1720 for full time, pro rata for part time)."))
            ]
        }
        guard
            let expected = FinanceArithmetic.staffCost(hours: hours, annualGross: gross, annualHours: annual),
            expected.cents != item.amount.cents
        else { return [] }
        return [
            issue(
                item.reference, field: "amount",
                .t(
                    "znesek \(item.amount.formatted(.slovenian)) ni \(hours) ur × \(gross.formatted(.slovenian)) / "
                        + "\(annual) ur = \(expected.formatted(.slovenian))",
                    "the amount \(item.amount.formatted(.english)) is not \(hours) hours × "
                        + "\(gross.formatted(.english)) / \(annual) hours = \(expected.formatted(.english))"),
                fix: .t(
                    "Vpišite znesek \(expected) ali popravite ure oziroma letne stroške.",
                    "Write the amount \(expected), or correct the hours or the annual costs."))
        ]
    }
}
