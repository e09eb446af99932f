import Testing

@testable import SocioLabKit

/// The money rules: hourly rate, staff cost, flat rates and the EU / national split, to the cent.
struct FinanceArithmeticTests {
    static let seed = ESFOperation.socioLabPodravje

    /// A claim of the whole seed budget reproduces the funding decision's split exactly.
    @Test func aClaimOfTheWholeBudgetSplitsLikeTheSeed() {
        let shares = Self.seed.fundingShares(of: Money(cents: 159_986_980))
        #expect(shares == [Money(cents: 127_989_584), Money(cents: 31_997_396)])
        #expect(shares.map(\.description) == ["1279895.84", "319973.96"])
        #expect(shares == Self.seed.funding.map(\.amount))
    }

    /// The shares add up to the claim to the cent, whatever the amount (the national share is the
    /// remainder), and the EU share is within half a cent of 80 %.
    @Test(arguments: [0, 1, 2, 3, 5, 7, 99, 101, 12_345, 999_999, 159_986_980, 123_456_789_01, -7, -12_345])
    func sharesAddUpToTheClaim(cents: Int64) {
        let shares = Self.seed.fundingShares(of: Money(cents: cents))
        #expect(shares.count == 2)
        #expect(shares[0].cents + shares[1].cents == cents)
        // |EU − 0.8 × amount| ≤ 0.5 cent, in tenths of a cent to stay in integers.
        #expect(abs(shares[0].cents * 10 - cents * 8) <= 5)
    }

    /// Half a cent is rounded away from zero, as the euro's conversion rules round.
    @Test(arguments: [
        (Int64(1), Int64(1), Int64(2), Int64(1)),  // 0.5 → 1
        (-1, 1, 2, -1),  // −0.5 → −1
        (3, 1, 2, 2),  // 1.5 → 2
        (5, 1, 2, 3),  // 2.5 → 3 (half-even would give 2)
        (1, 1, 3, 0),  // 0.333 → 0
        (2, 1, 3, 1),  // 0.667 → 1
        (-2, 1, 3, -1),
        (7, -1, 2, -4),
        (7, 1, -2, -4),
    ])
    func roundsHalfAwayFromZero(a: Int64, b: Int64, c: Int64, expected: Int64) {
        #expect(FinanceArithmetic.scaled(a, by: b, over: c) == expected)
    }

    /// Products beyond 64 bits are computed exactly; a result that does not fit, or a zero divisor, is nil.
    @Test func scaledNeitherOverflowsNorTraps() {
        #expect(FinanceArithmetic.scaled(Int64.max, by: 10_000, over: 10_000) == Int64.max)
        #expect(FinanceArithmetic.scaled(Int64.max, by: 2, over: 1) == nil)
        #expect(FinanceArithmetic.scaled(5, by: 5, over: 0) == nil)
        #expect(FinanceArithmetic.scaled(Int64.min, by: 1, over: 1) == Int64.min)
    }

    /// The hourly rate is the annual gross costs ÷ 1,720 (Art. 68a(2)); the staff cost is computed from
    /// the exact quotient, not from the rate rounded to the cent.
    @Test func hourlyRateAndStaffCost() throws {
        let gross = Money(cents: 4_000_000)  // EUR 40,000.00 a year
        #expect(FinanceArithmetic.hourlyRate(annualGross: gross) == Money(cents: 2326))  // 23.2558…
        // 100 hours: 4,000,000 × 100 / 1,720 = 232,558.14 cents → 2,325.58 euro.
        #expect(FinanceArithmetic.staffCost(hours: 100, annualGross: gross) == Money(cents: 232_558))
        // With the rounded rate it would be 2,326.00: the kit does not round the rate first.
        #expect(FinanceArithmetic.staffCost(hours: 1720, annualGross: gross) == gross)
        #expect(FinanceArithmetic.hourlyRate(annualGross: gross, annualHours: 0) == nil)
        #expect(FinanceArithmetic.staffCost(hours: 1, annualGross: gross, annualHours: 0) == nil)
    }

    /// Part-time: the hours behind the annual costs are 1,720 pro rata, and the rate is the same as the
    /// full-time rate of the full-time salary.
    @Test func partTimeIsProRata() throws {
        let half = FinanceArithmetic.annualHours(fullTimeEquivalent: Quantity(hundredths: 50))
        #expect(half == 860)
        #expect(FinanceArithmetic.annualHours(fullTimeEquivalent: Quantity(hundredths: 75)) == 1290)
        let fullRate = FinanceArithmetic.hourlyRate(annualGross: Money(cents: 3_000_000))
        let halfRate = FinanceArithmetic.hourlyRate(annualGross: Money(cents: 1_500_000), annualHours: half)
        #expect(fullRate == halfRate)
    }

    /// A flat rate is its base × the rate, rounded once.
    @Test func flatRateAmount() {
        #expect(
            FinanceArithmetic.flatRateAmount(base: Money(cents: 232_558), percent: 40) == Money(cents: 93_023)
        )
        #expect(
            FinanceArithmetic.flatRateAmount(base: Money(cents: 232_558), percent: 15) == Money(cents: 34_884)
        )
        #expect(
            FinanceArithmetic.flatRateAmount(base: Money(cents: 1), percent: Quantity(hundredths: 5000))
                == Money(cents: 1))
        #expect(
            FinanceArithmetic.unitCostAmount(units: Quantity(hundredths: 250), unitCost: Money(cents: 2_185))
                == Money(cents: 5463))
    }

    /// A flat-rate amount is computed from its base and follows it: remove a staff cost, or find part of
    /// it ineligible, and the flat rate falls with it.
    @Test func flatRateFollowsItsBase() {
        let operation = Self.seed
        let staff = CostItem(
            id: "c1", partner: "prizma", category: "staff", amount: Money(cents: 100_000),
            incurredOn: Day(year: 2019, month: 1, day: 31)!, evidenceReference: "PL-1", staffID: "S-1")
        var other = staff
        other.id = "c2"
        other.amount = Money(cents: 50_000)
        let both = ClaimAmounts(items: [staff, other], operation: operation)
        #expect(both.flatRates == ["remaining": Money(cents: 60_000)])
        #expect(both.total == Money(cents: 210_000))
        let one = ClaimAmounts(items: [staff], operation: operation)
        #expect(one.flatRates == ["remaining": Money(cents: 40_000)])
        other.ineligible = Money(cents: 20_000)
        let reduced = ClaimAmounts(items: [staff, other], operation: operation)
        #expect(reduced.flatRates == ["remaining": Money(cents: 52_000)])
        #expect(reduced.total == Money(cents: 182_000))
        #expect(reduced.shares[0].cents + reduced.shares[1].cents == reduced.total.cents)
    }

    /// A partner with the indirect-costs rate gets 15 % of its staff costs; its real costs are not a base.
    @Test func indirectFlatRateOfAnotherPartner() {
        let items = [
            CostItem(
                id: "c1", partner: "caap", category: "staff", amount: Money(cents: 200_000),
                incurredOn: Day(year: 2020, month: 3, day: 31)!, evidenceReference: "PL-1", staffID: "S-9"),
            CostItem(
                id: "c2", partner: "caap", category: "travel", amount: Money(cents: 10_000),
                incurredOn: Day(year: 2020, month: 3, day: 31)!, evidenceReference: "R-1"),
        ]
        let amounts = ClaimAmounts(items: items, operation: Self.seed)
        #expect(amounts.flatRates == ["indirect": Money(cents: 30_000)])
        #expect(amounts.total == Money(cents: 240_000))
    }

    /// Claims split one after another keep the cumulative EU share within half a cent of 80 %, where
    /// splitting each alone drifts by half a cent a claim; each claim's shares still add up to it.
    @Test func cumulativeSplitDoesNotDrift() {
        let amounts = Array(repeating: Money(cents: 1), count: 10)  // 0.8 cent EU each
        let alone = amounts.map { Self.seed.fundingShares(of: $0)[0].cents }.reduce(0, +)
        #expect(alone == 10)  // 2 cents over 80 % of 10 cents
        let together = FinanceArithmetic.cumulativeSplit(amounts, percents: Self.seed.fundingPercents)
        var claimed: Int64 = 0
        var eu: Int64 = 0
        for (amount, shares) in zip(amounts, together) {
            #expect(shares[0].cents + shares[1].cents == amount.cents)
            claimed += amount.cents
            eu += shares[0].cents
            #expect(abs(eu * 10 - claimed * 8) <= 5)
        }
        #expect(eu == 8)
    }

    /// The whole budget claimed in unequal parts still ends at the seed's split exactly.
    @Test func cumulativeSplitOfTheBudgetEndsAtTheSeed() {
        let parts: [Int64] = [
            12_345_67, 40_000_001, 33_333_333, 50_000_000, 159_986_980 - 12_345_67 - 123_333_334,
        ]
        let shares = FinanceArithmetic.cumulativeSplit(
            parts.map { Money(cents: $0) }, percents: Self.seed.fundingPercents)
        #expect(shares.map { $0[0].cents }.reduce(0, +) == 127_989_584)
        #expect(shares.map { $0[1].cents }.reduce(0, +) == 31_997_396)
    }
}
