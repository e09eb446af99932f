/// `core.finance-staff-hours` (error): the hours a partner declares for one staff member in a calendar
/// year do not exceed the hours used for the staff member's hourly rate (CPR Art. 68a(3)).
package struct FinanceStaffHoursRule: EntityRule {
    /// `core.finance-staff-hours`.
    package let id: RuleID = "core.finance-staff-hours"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a staff cost whose year's hours for its staff member exceed the cap.
    /// - Complexity: O(c) in the partner's cost items (through the index).
    package func check(_ item: CostItem, in dataset: Dataset) -> [ValidationIssue] {
        guard let staff = item.staffID, let cap = item.annualHours, item.hours != nil else { return [] }
        let year = item.incurredOn.year
        var total: Int64 = 0
        var lowestCap = cap.hundredths
        for other in dataset.costItems(of: item.partner)
        where other.staffID == staff && other.incurredOn.year == year {
            total = total.saturatingAdding(other.hours?.hundredths ?? 0)
            if let c = other.annualHours { lowestCap = min(lowestCap, c.hundredths) }
        }
        guard total > lowestCap else { return [] }
        let hours = Quantity(hundredths: total)
        let limit = Quantity(hundredths: lowestCap)
        return [
            issue(
                item.reference, field: "hours",
                .t(
                    "partner \(item.partner) uveljavlja za zaposlenega \(staff) v letu \(year) \(hours) ur, "
                        + "več kot \(limit) ur, na katere se nanaša urna postavka",
                    "partner \(item.partner) declares \(hours) hours for staff member \(staff) in \(year), more "
                        + "than the \(limit) hours behind the hourly rate"),
                fix: .t(
                    "Zmanjšajte ure (68.a člen Uredbe (EU) št. 1303/2013) ali popravite letne ure v stolpcu "
                        + "annual_hours.",
                    "Reduce the hours (CPR Art. 68a(3)) or correct the annual hours in annual_hours."))
        ]
    }
}
