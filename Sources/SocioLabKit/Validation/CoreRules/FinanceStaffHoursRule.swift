/// `core.finance-staff-hours` (error): the hours a partner declares for one staff member in a calendar
/// year do not exceed the hours used for the staff member's hourly rate (CPR Art. 68a(3)).
package struct FinanceStaffHoursRule: ValidationRule {
    /// `core.finance-staff-hours`.
    package let id: RuleID = "core.finance-staff-hours"
    /// Error.
    package let severity = Severity.error
    /// A dataset rule: a staff member's year is the sum of many cost items.
    package let subject: EntityKind? = nil
    /// Runs again when a cost changes.
    package var triggers: Set<EntityKind> { [.costItem] }
    /// Creates the rule.
    package init() {}

    /// Reports every staff cost whose year's hours for its staff member exceed the cap.
    ///
    /// One pass sums the hours per partner, staff member and year (the lowest cap among their costs), a
    /// second reports each cost of a year over its cap — as checking each cost against its partner's others
    /// would, in O(c) instead of O(c²) for a partner's c costs (a large operation has tens of thousands).
    /// - Complexity: O(c) in the cost items.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        struct Year: Hashable {
            var partner: Partner.ID
            var staff: String
            var year: Int
        }
        var sums: [Year: (total: Int64, cap: Int64)] = [:]
        for item in dataset.costItems.all {
            guard let staff = item.staffID else { continue }
            let key = Year(partner: item.partner, staff: staff, year: item.incurredOn.year)
            var sum = sums[key] ?? (0, .max)
            sum.total = sum.total.saturatingAdding(item.hours?.hundredths ?? 0)
            if let cap = item.annualHours { sum.cap = min(sum.cap, cap.hundredths) }
            sums[key] = sum
        }
        var issues: [ValidationIssue] = []
        for item in dataset.costItems.sortedByID {
            guard let staff = item.staffID, item.annualHours != nil, item.hours != nil,
                let sum = sums[Year(partner: item.partner, staff: staff, year: item.incurredOn.year)],
                sum.total > sum.cap
            else { continue }
            issues.append(
                issue(item, staff: staff, year: item.incurredOn.year, total: sum.total, cap: sum.cap))
        }
        return issues
    }

    /// The issue of one cost of a year over its cap.
    private func issue(_ item: CostItem, staff: String, year: Int, total: Int64, cap lowestCap: Int64)
        -> ValidationIssue
    {
        let hours = Quantity(hundredths: total)
        let limit = Quantity(hundredths: lowestCap)
        return issue(
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
    }
}
