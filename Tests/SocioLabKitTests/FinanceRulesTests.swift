import Testing

@testable import SocioLabKit

/// Each finance rule: a passing case (the fixture) and a failing one.
struct FinanceRulesTests {
    typealias F = FinanceFixtures
    static let ids: [RuleID] = [
        "core.finance-partner", "core.finance-category", "core.finance-period", "core.finance-amount",
        "core.finance-vat", "core.finance-claimed-once", "core.finance-claim-item",
        "core.finance-flat-rate-entry",
        "core.finance-flat-rate-settings", "core.finance-staff-cost", "core.finance-staff-hours",
        "core.finance-over-budget", "core.finance-operation-total", "core.finance-claim-shares",
        "core.finance-claim-status",
    ]

    /// The fixture passes every rule, and the full and the incremental validation agree on it.
    @Test func fixtureIsClean() {
        let issues = CoreFixtures.validator.validate(F.dataset)
        #expect(issues.isEmpty, "\(issues)")
        let changed = F.dataset.allRecords.map(\.reference)
        #expect(CoreFixtures.validator.validate(changed: changed, in: F.dataset).isEmpty)
    }

    /// Every finance rule is among the core rules, and documented in Validation.md (checked there).
    @Test func everyRuleIsRegistered() {
        let registered = Set(CoreRules.all.map(\.id))
        for id in Self.ids { #expect(registered.contains(id), "\(id)") }
    }

    @Test func unknownPartner() {
        var item = F.staffCost
        item.partner = "nobody"
        var line = F.staffLine
        line.partner = "nobody"
        var claim = F.claim
        claim.partner = "nobody"
        let issues = F.issues(
            "core.finance-partner", in: F.dataset(with: item.record, line.record, claim.record))
        #expect(Set(issues.compactMap(\.entity)) == [item.reference, line.reference, claim.reference])
        #expect(issues.allSatisfy { $0.field == "partner_id" && $0.message.sl.contains("ni partner") })
    }

    @Test func aClaimOfTheWholeOperationNamesNoPartner() {
        var claim = F.claim
        claim.partner = nil
        #expect(F.issues("core.finance-partner", in: F.dataset(with: claim.record)).isEmpty)
    }

    @Test func unknownCategory() {
        var item = F.travelCost
        item.category = "catering"
        let issues = F.issues("core.finance-category", in: F.dataset(with: item.record))
        #expect(issues.map(\.entity) == [item.reference])
        #expect(issues.first?.fix.en.contains("staff, remaining") == true)
    }

    @Test(arguments: [(2018, 3, 31, true), (2022, 1, 1, false)])
    func costOutsideTheEligibilityPeriod(year: Int, month: Int, day: Int, incurred: Bool) {
        var item = F.travelCost
        if incurred {
            item.incurredOn = F.day(year, month, day)
        } else {
            item.paidOn = F.day(year, month, day)
        }
        let issues = F.issues("core.finance-period", in: F.dataset(with: item.record))
        #expect(issues.map(\.field) == [incurred ? "incurred_on" : "paid_on"])
        #expect(issues.first?.fix.en.contains("Art. 65(2)") == true)
    }

    @Test func amountsArePositiveAndInTheOperationsCurrency() {
        var item = F.travelCost
        item.amount = Money(cents: 0)
        var negative = F.travelCost
        negative.id = "c3"
        negative.amount = Money(cents: -500)
        var dollars = F.travelCost
        dollars.id = "c4"
        dollars.amount = Money(cents: 500, currency: "USD")
        var tooMuchIneligible = F.travelCost
        tooMuchIneligible.id = "c5"
        tooMuchIneligible.ineligible = Money(cents: 12_001)
        let dataset = F.dataset(with: item.record, negative.record, dollars.record, tooMuchIneligible.record)
        let issues = F.issues("core.finance-amount", in: dataset)
        #expect(issues.compactMap(\.entity?.id).sorted() == ["c2", "c3", "c4", "c5"])
    }

    @Test func vatIsKeptApart() {
        var staff = F.staffCost
        staff.vat = Money(cents: 100)
        var negative = F.travelCost
        negative.vat = Money(cents: -1)
        let issues = F.issues("core.finance-vat", in: F.dataset(with: staff.record, negative.record))
        #expect(issues.compactMap(\.entity?.id).sorted() == ["c1", "c2"])
        // The travel cost's VAT (the fixture's) is fine, and never part of a claim.
        #expect(F.issues("core.finance-vat", in: F.dataset).isEmpty)
    }

    @Test func aCostItemInTwoClaims() {
        var second = F.claim
        second.id = "z2"
        second.status = .draft
        second.submittedOn = nil
        let twice = PaymentClaimItem(id: "z2/c1", claim: "z2", costItem: "c1")
        let issues = F.issues("core.finance-claimed-once", in: F.dataset(with: second.record, twice.record))
        #expect(issues.count == 2)
        #expect(issues.contains { $0.entity == twice.reference && $0.message.en.contains("claim z1") })
    }

    @Test func aClaimDeclaresItsPartnersPaidCosts() {
        let other = PaymentClaimItem(id: "z1/c2", claim: "z1", costItem: "c2")
        var issues = F.issues("core.finance-claim-item", in: F.dataset(with: other.record))
        #expect(issues.map(\.entity) == [other.reference])
        var unpaid = F.staffCost
        unpaid.paidOn = F.day(2020, 1, 5)
        issues = F.issues("core.finance-claim-item", in: F.dataset(with: unpaid.record))
        #expect(issues.map(\.entity) == [F.member.reference])
    }

    @Test func noAmountEnteredInAFlatRateCategory() {
        var flat = F.staffCost
        flat.id = "c9"
        flat.category = "remaining"
        flat.staffID = nil
        var covered = F.travelCost
        covered.id = "c8"
        covered.partner = "prizma"
        let issues = F.issues(
            "core.finance-flat-rate-entry", in: F.dataset(with: flat.record, covered.record))
        #expect(issues.compactMap(\.entity?.id).sorted() == ["c8", "c9"])
        // CAAP's travel (real costs with indirect costs at 15 %) is fine.
        #expect(F.issues("core.finance-flat-rate-entry", in: F.dataset).isEmpty)
    }

    @Test func flatRateSettings() {
        var operation = ESFOperation.socioLabPodravje
        operation.flatRates.append(
            FlatRate(category: "remaining", base: ["staff"], percent: 45, ceilingPercent: 40))
        operation.flatRates.append(
            FlatRate(category: "travel", base: ["remaining"], percent: 10, ceilingPercent: 15))
        var dataset = F.dataset
        dataset.operation = operation
        let issues = F.issues("core.finance-flat-rate-settings", in: dataset)
        #expect(issues.count == 3)
        #expect(issues.contains { $0.message.en.contains("45 %") })
    }

    @Test func staffCostIsHoursTimesTheRate() {
        var item = F.staffCost
        item.amount = Money(cents: 232_600)  // the rate rounded first: 23.26 × 100
        var issues = F.issues("core.finance-staff-cost", in: F.dataset(with: item.record))
        #expect(issues.map(\.field) == ["amount"])
        #expect(issues.first?.fix.en.contains("2325.58") == true)
        item = F.staffCost
        item.annualGrossCost = nil
        issues = F.issues("core.finance-staff-cost", in: F.dataset(with: item.record))
        #expect(issues.map(\.field) == ["annual_gross_cost"])
    }

    @Test func partTimeStaffCost() {
        var item = F.staffCost
        item.annualGrossCost = Money(cents: 2_000_000)
        item.annualHours = 860  // half time
        #expect(F.issues("core.finance-staff-cost", in: F.dataset(with: item.record)).isEmpty)
    }

    @Test func hoursOverTheYearlyCap() {
        var more = F.staffCost
        more.id = "c7"
        more.hours = 1630  // 100 + 1,630 = 1,730 > 1,720
        more.amount = FinanceArithmetic.staffCost(hours: 1630, annualGross: Money(cents: 4_000_000))!
        more.incurredOn = F.day(2019, 12, 31)
        let issues = F.issues("core.finance-staff-hours", in: F.dataset(with: more.record))
        #expect(Set(issues.compactMap(\.entity?.id)) == ["c1", "c7"])
        #expect(issues.first?.message.en.contains("1730") == true)
        // The same hours in another year are within that year's cap.
        more.incurredOn = F.day(2020, 1, 31)
        #expect(F.issues("core.finance-staff-hours", in: F.dataset(with: more.record)).isEmpty)
    }

    @Test func lineAndPartnerOverBudget() {
        var line = F.staffLine
        line.planned = Money(cents: 200_000)  // below the staff cost of 2,325.58
        var rest = F.remainingLine
        rest.planned = Money(cents: 50_000)  // below the 40 % flat rate, 930.23
        let issues = F.issues("core.finance-over-budget", in: F.dataset(with: line.record, rest.record))
        #expect(issues.allSatisfy { $0.severity == .warning })
        #expect(Set(issues.compactMap(\.entity?.id)) == ["bl-staff", "bl-rest"])
        #expect(issues.contains { $0.entity == nil && $0.message.en.contains("prizma") })
    }

    @Test func submittedClaimsOverTheOperationsTotal() {
        var operation = ESFOperation.socioLabPodravje
        operation.budget = Money(cents: 300_000)  // less than 2,325.58 + 40 % = 3,255.81
        var dataset = F.dataset
        dataset.operation = operation
        let issues = F.issues("core.finance-operation-total", in: dataset)
        #expect(issues.map(\.entity) == [F.claim.reference])
        // A draft is not yet submitted: nothing to stop.
        var draft = F.claim
        draft.status = .draft
        draft.submittedOn = nil
        dataset.upsert(draft.record)
        #expect(F.issues("core.finance-operation-total", in: dataset).isEmpty)
    }

    /// An approved amount lower than claimed is what counts.
    @Test func approvedAmountCounts() {
        var operation = ESFOperation.socioLabPodravje
        operation.budget = Money(cents: 300_000)
        var claim = F.claim
        claim.status = .approved
        claim.approvedOn = F.day(2020, 3, 1)
        claim.approvedAmount = Money(cents: 290_000)
        claim.approvalReason = "Del stroškov ni upravičen."
        var dataset = F.dataset(with: claim.record)
        dataset.operation = operation
        #expect(F.issues("core.finance-operation-total", in: dataset).isEmpty)
    }

    @Test func claimSharesAddUp() {
        // The kit's split cannot fail; a broken split (rounding both shares down) is caught.
        let claim = F.claim
        let dataset = F.dataset
        #expect(FinanceClaimSharesRule().check(claim, in: dataset).isEmpty)
        let broken = FinanceClaimSharesRule { amount, percents in
            percents.map { Money(cents: amount.cents * $0.hundredths / 10_000) }
        }
        let issues = broken.check(claim, in: dataset)
        #expect(issues.map(\.field) == ["shares"])
        // Rates that do not add up to 100 % are an operation's mistake.
        var operation = ESFOperation.socioLabPodravje
        operation.funding[1].sharePercent = 25
        var wrong = dataset
        wrong.operation = operation
        #expect(F.issues("core.finance-claim-shares", in: wrong).map(\.field) == ["funding"])
    }

    @Test func statusNeverMovesBackwards() {
        var claim = F.claim
        claim.status = .approved
        claim.approvedOn = F.day(2020, 3, 1)
        claim.paidOn = F.day(2020, 4, 1)
        let issues = F.issues("core.finance-claim-status", in: F.dataset(with: claim.record))
        #expect(issues.map(\.field) == ["status"])
        #expect(issues.first?.fix.en.contains("paid") == true)
        claim.status = .paid
        #expect(F.issues("core.finance-claim-status", in: F.dataset(with: claim.record)).isEmpty)
    }

    @Test func claimDaysInOrder() {
        var claim = F.claim
        claim.status = .approved
        claim.approvedOn = F.day(2020, 1, 10)  // before it was submitted
        claim.periodEnd = F.day(2019, 9, 30)  // before the period starts
        let fields = F.issues("core.finance-claim-status", in: F.dataset(with: claim.record)).map(\.field)
        #expect(Set(fields) == ["approved_on", "period_end"])
    }
}
