import Testing

@testable import SocioLabKit

/// A small valid dataset with finance records: a staff cost of PRIZMA (which declares remaining costs at
/// 40 %) declared in a submitted claim, beside its budget lines.
enum FinanceFixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static var staffLine: BudgetLine {
        BudgetLine(
            id: "bl-staff", partner: "prizma", category: "staff", year: 2019, planned: Money(cents: 1_000_000)
        )
    }

    static var remainingLine: BudgetLine {
        BudgetLine(id: "bl-rest", partner: "prizma", category: "remaining", planned: Money(cents: 400_000))
    }

    /// 100 hours at EUR 40,000 a year over 1,720 hours: EUR 2,325.58.
    static var staffCost: CostItem {
        CostItem(
            id: "c1", partner: "prizma", category: "staff", amount: Money(cents: 232_558),
            incurredOn: day(2019, 10, 31), paidOn: day(2019, 11, 15), evidenceReference: "PL-2019-10-07",
            purpose: "Vodenje usposabljanja", activity: "a1", staffID: "S-07", hours: 100,
            annualGrossCost: Money(cents: 4_000_000), annualHours: 1720)
    }

    /// A travel cost of CAAP, which declares real costs and indirect costs at 15 %.
    static var travelCost: CostItem {
        CostItem(
            id: "c2", partner: "caap", category: "travel", amount: Money(cents: 12_000),
            vat: Money(cents: 2_640),
            incurredOn: day(2019, 10, 10), paidOn: day(2019, 10, 20), evidenceReference: "R-2019-118")
    }

    static var claim: PaymentClaim {
        PaymentClaim(
            id: "z1", partner: "prizma", periodStart: day(2019, 10, 1), periodEnd: day(2019, 12, 31),
            status: .submitted, submittedOn: day(2020, 1, 20))
    }

    static var member: PaymentClaimItem { PaymentClaimItem(id: "z1/c1", claim: "z1", costItem: "c1") }

    static var records: [EntityRecord] {
        CoreFixtures.records + [
            staffLine.record, remainingLine.record, staffCost.record, travelCost.record, claim.record,
            member.record,
        ]
    }

    static var dataset: Dataset { Dataset(operation: .socioLabPodravje, records: records) }

    /// The dataset with records replaced or added.
    static func dataset(with changed: EntityRecord...) -> Dataset {
        var d = dataset
        for record in changed { d.upsert(record) }
        return d
    }

    /// The issues a rule reports on a full validation.
    static func issues(
        _ rule: RuleID, in dataset: Dataset, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [ValidationIssue] {
        CoreFixtures.issues(rule, in: dataset, sourceLocation: sourceLocation)
    }
}
