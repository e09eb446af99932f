import Testing

@testable import SocioLabKit

/// A small finance dataset whose figures are worked out by hand in `FinanceFiguresTests`, and an oracle
/// that computes the same figures another way: plain loops over the records, amounts kept per record.
enum FinanceReportFixtures {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }
    static func eur(_ cents: Int64) -> Money { Money(cents: cents) }

    /// prizma declares staff costs with remaining costs at 40 %, tkalka staff costs with indirect costs at
    /// 15 % (the preset's flat rates); two persons trained by prizma.
    static var dataset: Dataset {
        Dataset(
            operation: .socioLabPodravje,
            persons: [Person(id: "p1"), Person(id: "p2")],
            activities: [
                Activity(
                    id: "t1", kind: "training", title: "Training", pillar: 1, partners: ["prizma"],
                    startDate: day("2019-03-01"), status: .held)
            ],
            participations: [
                Participation(id: "a1", activity: "t1", person: "p1", status: .attended),
                Participation(id: "a2", activity: "t1", person: "p2", status: .attended),
            ],
            budgetLines: [
                BudgetLine(id: "b1", partner: "prizma", category: "staff", year: 2019, planned: eur(100_000)),
                BudgetLine(
                    id: "b2", partner: "prizma", category: "remaining", year: 2019, planned: eur(40_000)),
                BudgetLine(id: "b3", partner: "tkalka", category: "staff", planned: eur(50_000)),
                BudgetLine(id: "b4", partner: "tkalka", category: "indirect", planned: eur(7_500)),
                BudgetLine(id: "b5", partner: "tkalka", category: "travel", year: 2019, planned: eur(10_000)),
            ],
            costItems: [
                staff("c1", "prizma", 33_333, paid: "2019-01-31"),
                // 10.00 of it found ineligible: its eligible 90.01 carries 36.00 of remaining costs.
                staff("c2", "prizma", 10_001, paid: "2019-05-15", ineligible: 1_000),
                staff("c3", "tkalka", 20_000, paid: "2019-02-28"),
                CostItem(
                    id: "c4", partner: "tkalka", category: "travel", amount: eur(5_005),
                    incurredOn: day("2019-03-01"), paidOn: day("2019-03-10"), evidenceReference: "R-4"),
                staff("c5", "prizma", 1_000, paid: "2020-01-15"),
                staff("c6", "tkalka", 9_999, paid: nil),
            ],
            paymentClaims: [
                PaymentClaim(
                    id: "k1", partner: "prizma", periodStart: day("2019-01-01"), periodEnd: day("2019-03-31"),
                    status: .paid, submittedOn: day("2019-04-10"), approvedAmount: eur(46_000),
                    approvalReason: "part of a timesheet not accepted", approvedOn: day("2019-05-20"),
                    paidOn: day("2019-06-15")),
                PaymentClaim(
                    id: "k2", partner: "tkalka", periodStart: day("2019-01-01"), periodEnd: day("2019-03-31"),
                    status: .approved, submittedOn: day("2019-04-05"), approvedOn: day("2019-06-01")),
                PaymentClaim(
                    id: "k3", partner: "prizma", periodStart: day("2019-04-01"), periodEnd: day("2019-06-30"),
                    status: .submitted, submittedOn: day("2020-01-10")),
            ],
            paymentClaimItems: [
                PaymentClaimItem(id: "k1/c1", claim: "k1", costItem: "c1"),
                PaymentClaimItem(id: "k2/c3", claim: "k2", costItem: "c3"),
                PaymentClaimItem(id: "k2/c4", claim: "k2", costItem: "c4"),
                PaymentClaimItem(id: "k3/c2", claim: "k3", costItem: "c2"),
            ])
    }

    static func staff(
        _ id: CostItem.ID, _ partner: Partner.ID, _ cents: Int64, paid: String?, ineligible: Int64? = nil
    ) -> CostItem {
        CostItem(
            id: id, partner: partner, category: "staff", amount: eur(cents), incurredOn: day("2019-01-01"),
            paidOn: paid.map(day), evidenceReference: "P-" + id.rawValue, staffID: "s-" + partner.rawValue,
            hours: 10, annualGrossCost: eur(3_440_000), annualHours: 1_720, ineligible: ineligible.map(eur))
    }

    static let asOf = day("2019-12-31")
}

/// The finance figures computed the plain way, for comparison: every amount as (partner, category, day,
/// cents) kept in four lists, each filled by its own loop over the records.
struct FinanceOracle {
    struct Amount: Equatable {
        var partner: String
        var category: String
        var day: Day
        var cents: Int64
    }

    var spent: [Amount] = []
    var claimed: [Amount] = []
    var approved: [Amount] = []
    var paid: [Amount] = []

    init(_ dataset: Dataset, asOf: Day) {
        let operation = dataset.operation
        // The flat rate of a partner and category: its own rate if it has one, else the operation's.
        func flat(_ partner: Partner.ID, _ base: CostCategory.ID) -> [(String, Int64)] {
            var result: [(String, Int64)] = []
            for rate in operation.flatRates where rate.base.contains(base) {
                if rate.partner == nil
                    && operation.flatRates.contains(where: {
                        $0.partner == partner && $0.category == rate.category
                    })
                {
                    continue
                }
                if rate.partner != nil && rate.partner != partner { continue }
                result.append((rate.category.rawValue, rate.percent.hundredths))
            }
            return result
        }
        func amounts(_ item: CostItem, _ day: Day) -> [Amount] {
            var list = [
                Amount(
                    partner: item.partner.rawValue, category: item.category.rawValue, day: day,
                    cents: (item.amount.cents - (item.ineligible?.cents ?? 0)))
            ]
            for (category, hundredths) in flat(item.partner, item.category) {
                // Half up: add half of the divisor before dividing.
                let cents =
                    ((item.amount.cents - (item.ineligible?.cents ?? 0)) * hundredths + 5_000) / 10_000
                list.append(
                    Amount(partner: item.partner.rawValue, category: category, day: day, cents: cents))
            }
            return list
        }
        for item in dataset.costItems.sortedByID {
            if let day = item.paidOn, day <= asOf { spent += amounts(item, day) }
        }
        for claim in dataset.paymentClaims.sortedByID {
            guard claim.status != .draft, let submitted = claim.submittedOn ?? Optional(claim.periodEnd),
                submitted <= asOf
            else { continue }
            // The claim's costs by partner and category; then each partner's flat rates on its whole base.
            var parts: [String: (Amount, Int64)] = [:]
            for member in dataset.paymentClaimItems.sortedByID where member.claim == claim.id {
                let item = dataset.costItems[member.costItem]!
                let a = Amount(
                    partner: item.partner.rawValue, category: item.category.rawValue, day: submitted, cents: 0
                )
                let key = a.partner + "\u{0}" + a.category
                parts[key] = (a, (parts[key]?.1 ?? 0) + (item.amount.cents - (item.ineligible?.cents ?? 0)))
            }
            for (key, (a, cents)) in parts {
                _ = key
                for (category, hundredths) in flat(Partner.ID(a.partner), CostCategory.ID(a.category)) {
                    let flatKey = a.partner + "\u{0}" + category
                    var f = a
                    f.category = category
                    parts[flatKey] = (f, (parts[flatKey]?.1 ?? 0) + (cents * hundredths + 5_000) / 10_000)
                }
            }
            let keys = parts.keys.sorted()
            var claimedParts: [Amount] = []
            for key in keys {
                var a = parts[key]!.0
                a.cents = parts[key]!.1
                claimedParts.append(a)
            }
            claimed += claimedParts
            guard claim.status == .approved || claim.status == .paid else { continue }
            let approvedOn = claim.approvedOn ?? submitted
            guard approvedOn <= asOf else { continue }
            let whole = claimedParts.map(\.cents).reduce(0, +)
            let target = claim.approvedAmount?.cents ?? whole
            // Largest remainder, written as: give each part its floor, then hand out the cents left one by
            // one to the part whose exact share is furthest above what it has.
            var given = claimedParts.map { whole == 0 ? 0 : target * $0.cents / whole }
            while given.reduce(0, +) < target {
                var best = 0
                var bestGap: Int64 = -1
                for (i, part) in claimedParts.enumerated() {
                    let gap = target * part.cents - given[i] * whole
                    if gap > bestGap {
                        bestGap = gap
                        best = i
                    }
                }
                given[best] += 1
            }
            for (i, part) in claimedParts.enumerated() {
                approved.append(
                    Amount(partner: part.partner, category: part.category, day: approvedOn, cents: given[i]))
                if claim.status == .paid, let paidOn = claim.paidOn ?? Optional(approvedOn), paidOn <= asOf {
                    paid.append(
                        Amount(partner: part.partner, category: part.category, day: paidOn, cents: given[i]))
                }
            }
        }
    }

    static func total(_ list: [Amount], where include: (Amount) -> Bool = { _ in true }) -> Int64 {
        var sum: Int64 = 0
        for a in list where include(a) { sum += a.cents }
        return sum
    }
}
