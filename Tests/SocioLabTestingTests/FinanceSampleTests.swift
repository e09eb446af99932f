import SocioLabKit
import Testing

@testable import SocioLabTesting

/// The demo's finance: a budget of the seed's total to the cent, costs with both flat rates and staff
/// costs, claims in every status, absorption behind the plan, and no validation issue.
struct FinanceSampleTests {
    static let demo = SampleData.demo()

    @Test func theBudgetIsTheSeedsTotalToTheCent() {
        let planned = Self.demo.budgetLines.all.reduce(Int64(0)) { $0 + $1.planned.cents }
        #expect(planned == 159_986_980)
        #expect(Set(Self.demo.budgetLines.all.map(\.partner)).count == 11)
        #expect(Set(Self.demo.budgetLines.all.compactMap(\.year)) == [2018, 2019, 2020, 2021])
    }

    @Test func costsHaveStaffCostsAndBothFlatRates() {
        let items = Self.demo.costItems.all
        #expect(items.contains { $0.isStaffCost })
        #expect(items.contains { $0.category == "travel" })
        let claims = Self.demo.paymentClaims.all
        var flat: Set<CostCategory.ID> = []
        for claim in claims { flat.formUnion(Self.demo.claimAmounts(claim.id).flatRates.keys) }
        #expect(flat == ["remaining", "indirect"])
    }

    @Test func claimsInEveryStatusAndAbsorptionBehind() {
        let statuses = Set(Self.demo.paymentClaims.all.map(\.status))
        #expect(statuses == Set(PaymentClaim.Status.allCases))
        #expect(Self.demo.paymentClaims.all.contains { $0.approvedAmount != nil && $0.approvalReason != nil })
        let claimed = Self.demo.paymentClaims.all.reduce(Int64(0)) {
            $0 + Self.demo.claimAmounts($1.id).total.cents
        }
        #expect(claimed > 0 && claimed < 159_986_980 * 3 / 4)
    }

    @Test func theFinanceIsValid() {
        let issues = Validator(rules: CoreRules.all).validate(Self.demo).filter {
            $0.rule.rawValue.hasPrefix("core.finance")
        }
        #expect(issues.isEmpty, "\(issues.prefix(5))")
    }
}
