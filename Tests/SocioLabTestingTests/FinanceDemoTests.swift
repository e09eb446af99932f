import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

/// The demo report's finance section against sums written out plainly over the demo's records: per cost
/// item and per claim, with the flat rates and the approved shares worked out in loops here. It runs once
/// `SampleData.demo()` holds finance records (the sample data of issue 16).
@Suite(.enabled(if: SampleData.demo().costItems.count > 0, "the demo sample holds no finance records yet"))
struct FinanceDemoTests {
    static let demo = SampleData.demo()
    static let report = ReportBuilder(plugins: .standard).build(demo, asOf: SampleData.demoAsOf)

    /// Amounts by (what, partner, category, year): what is spent, claimed, approved or paid.
    static func ledger(_ d: Dataset, asOf: Day) -> [String: Int64] {
        var sums: [String: Int64] = [:]
        func add(
            _ what: String, _ partner: Partner.ID, _ category: CostCategory.ID, _ day: Day, _ cents: Int64
        ) {
            for key in [
                "\(what)|*|*|*", "\(what)|\(partner.rawValue)|*|*", "\(what)|*|\(category.rawValue)|*",
                "\(what)|*|*|\(day.year)",
            ] {
                sums[key, default: 0] += cents
            }
        }
        let rates = d.operation.flatRates
        func partnerRates(_ partner: Partner.ID) -> [FlatRate] {
            let own = rates.filter { $0.partner == partner }
            return rates.filter { r in r.partner == nil && !own.contains { $0.category == r.category } } + own
        }
        for item in d.costItems.sortedByID {
            guard let paid = item.paidOn, paid <= asOf else { continue }
            add(
                "spent", item.partner, item.category, paid,
                (item.amount.cents - (item.ineligible?.cents ?? 0)))
            for rate in partnerRates(item.partner) where rate.base.contains(item.category) {
                add(
                    "spent", item.partner, rate.category, paid,
                    ((item.amount.cents - (item.ineligible?.cents ?? 0)) * rate.percent.hundredths + 5_000)
                        / 10_000)
            }
        }
        var itemsOfClaim: [PaymentClaim.ID: [CostItem]] = [:]
        for member in d.paymentClaimItems.sortedByID {
            if let item = d.costItems[member.costItem] {
                itemsOfClaim[member.claim, default: []].append(item)
            }
        }
        for claim in d.paymentClaims.sortedByID where claim.status != .draft {
            let submitted = claim.submittedOn ?? claim.periodEnd
            guard submitted <= asOf else { continue }
            // (partner, category) → cents, flat rates on each partner's whole base in the claim.
            var parts: [(Partner.ID, CostCategory.ID, Int64)] = []
            let partners = Set((itemsOfClaim[claim.id] ?? []).map(\.partner)).sorted()
            for partner in partners {
                let items = (itemsOfClaim[claim.id] ?? []).filter { $0.partner == partner }
                var byCategory: [CostCategory.ID: Int64] = [:]
                for item in items {
                    byCategory[item.category, default: 0] +=
                        (item.amount.cents - (item.ineligible?.cents ?? 0))
                }
                for rate in partnerRates(partner) {
                    var base: Int64 = 0
                    for category in rate.base { base += byCategory[category] ?? 0 }
                    if base != 0 {
                        byCategory[rate.category, default: 0] +=
                            (base * rate.percent.hundredths + 5_000) / 10_000
                    }
                }
                for category in byCategory.keys.sorted() {
                    parts.append((partner, category, byCategory[category]!))
                }
            }
            for (partner, category, cents) in parts { add("claimed", partner, category, submitted, cents) }
            guard claim.status >= .approved else { continue }
            let approvedOn = claim.approvedOn ?? submitted
            guard approvedOn <= asOf else { continue }
            let whole = parts.reduce(Int64(0)) { $0 + $1.2 }
            let target = claim.approvedAmount?.cents ?? whole
            var shares = parts.map { whole == 0 ? 0 : target * $0.2 / whole }
            var left = target - shares.reduce(0, +)
            let order = parts.indices.sorted {
                let a = target * parts[$0].2 % max(whole, 1)
                let b = target * parts[$1].2 % max(whole, 1)
                return a != b ? a > b : $0 < $1
            }
            for i in order where left > 0 {
                shares[i] += 1
                left -= 1
            }
            for (i, part) in parts.enumerated() {
                add("approved", part.0, part.1, approvedOn, shares[i])
                let paidOn = claim.paidOn ?? approvedOn
                if claim.status == .paid && paidOn <= asOf { add("paid", part.0, part.1, paidOn, shares[i]) }
            }
        }
        return sums
    }

    @Test("The demo's absorption agrees with the plain sums, line by line")
    func absorption() throws {
        let section = Self.report.finance
        try #require(section != nil, "the demo has no finance records")
        let finance = section!
        let sums = Self.ledger(Self.demo, asOf: SampleData.demoAsOf)
        func check(_ line: IndicatorReport.Absorption, _ key: String) {
            for (what, amount) in [
                ("spent", line.spent), ("claimed", line.claimed), ("approved", line.approved),
                ("paid", line.paid),
            ] {
                #expect(amount.cents == sums["\(what)|\(key)", default: 0], "\(what) \(key)")
                #expect(amount.eu + amount.national == amount.cents)
            }
        }
        check(finance.total, "*|*|*")
        for line in finance.byPartner { check(line, "\(line.key)|*|*") }
        for line in finance.byCategory { check(line, "*|\(line.key)|*") }
        for line in finance.byYear { check(line, "*|*|\(line.key)") }
        var planned: Int64 = 0
        for line in Self.demo.budgetLines.sortedByID { planned += line.planned.cents }
        #expect(finance.total.planned.cents == planned)
    }

    @Test(
        "The demo report shows absorption partly behind, and a cost per person trained, organisation and job")
    func demoShowsFinance() throws {
        let section = Self.report.finance
        try #require(section != nil, "the demo has no finance records")
        let finance = section!
        #expect(
            finance.total.approved.cents > 0 && finance.total.claimed.cents >= finance.total.approved.cents)
        #expect(finance.byPartner.contains { $0.status == .behind || $0.status == .atRisk })
        for output in ["OUT-05", "OUT-04", "OUT-06"] {
            let overall = try #require(
                finance.costPerResult.first { $0.output == output && $0.partner == nil })
            #expect(overall.perResult != nil, "\(output)")
            let results = try #require(overall.results)
            // Rounded half up: |per result × results − spent| ≤ results ÷ 2.
            #expect(
                abs(overall.perResult! * Int64(results) - overall.spent) * 2 <= Int64(results), "\(output)")
        }
        let text = TextReportRenderer(language: .slovenian).render(Self.report)
        #expect(text.contains("Črpanje sredstev") && text.contains("Strošek na rezultat"))
    }
}
