import Testing

@testable import SocioLabKit

/// The finance section's figures on a small dataset worked out by hand, and against `FinanceOracle`.
struct FinanceFiguresTests {
    static let report = ReportBuilder(plugins: Fixture.plugins).build(
        FinanceReportFixtures.dataset, asOf: FinanceReportFixtures.asOf)

    static var finance: IndicatorReport.Finance { report.finance! }

    @Test("Spent, claimed, approved and paid of the whole operation, hand-computed to the cent")
    func totals() throws {
        let t = Self.finance.total
        // Planned: 1,000.00 + 400.00 + 500.00 + 75.00 + 100.00.
        #expect(t.planned.cents == 207_500)
        // Spent: c1 333.33 + 40 % 133.33, c2 90.01 eligible + 36.00, c3 200.00 + 15 % 30.00, c4 50.05; c5
        // is paid after the report day, c6 not at all.
        #expect(t.spent.cents == 33_333 + 13_333 + 9_001 + 3_600 + 20_000 + 3_000 + 5_005)
        // Claimed: k1 466.66 and k2 280.05; k3 is submitted after the report day.
        #expect(t.claimed.cents == 46_666 + 28_005)
        // Approved: k1's 460.00 and k2 in full.
        #expect(t.approved.cents == 46_000 + 28_005)
        #expect(t.paid.cents == 46_000)
        // EU 80 % rounded half up, national the remainder: 746.71 × 0.8 = 597.368.
        #expect(t.claimed == .init(cents: 74_671, eu: 59_737, national: 14_934))
        #expect(t.approved == .init(cents: 74_005, eu: 59_204, national: 14_801))
        #expect(t.planned == .init(cents: 207_500, eu: 166_000, national: 41_500))
    }

    @Test("The straight line, status and forecast of the whole, as the outputs have them")
    func straightLine() {
        let t = Self.finance.total
        // 640 of the operation's 1,371 days have passed by 31 December 2019: 2,075.00 × 640 ÷ 1,371.
        #expect(t.expected == 96_864)
        // 740.05 is below 80 % of 968.64.
        #expect(t.status == .behind)
        #expect(t.progress == 74_005.0 / 207_500.0)
        // 740.05 × 1,371 ÷ 640, rounded half up.
        #expect(t.forecast == 158_533)
        #expect(!t.overBudget)
    }

    @Test("Per partner and per category: k1's reduction shared by the largest remainder")
    func lines() throws {
        let f = Self.finance
        let prizma = try #require(f.byPartner.first { $0.key == "prizma" })
        let tkalka = try #require(f.byPartner.first { $0.key == "tkalka" })
        #expect(f.byPartner.map(\.key) == ["prizma", "tkalka"])
        #expect(prizma.planned.cents == 140_000 && tkalka.planned.cents == 67_500)
        #expect(prizma.spent.cents == 59_267 && tkalka.spent.cents == 28_005)
        #expect(prizma.approved.cents == 46_000 && tkalka.approved.cents == 28_005)
        // 460.00 over 133.33 (remaining) and 333.33 (staff): floors 131.42 and 328.57, the cent left goes
        // to remaining (remainder 33,428 ÷ 46,666 against 13,238 ÷ 46,666).
        let remaining = try #require(f.byCategory.first { $0.key == "remaining" })
        let staff = try #require(f.byCategory.first { $0.key == "staff" })
        #expect(remaining.approved.cents == 13_143)
        #expect(staff.approved.cents == 32_857 + 20_000)
        #expect(f.byCategory.map(\.key) == ["staff", "remaining", "indirect", "travel"])
        // 2019: its budget lines b1, b2, b5; everything was approved in 2019.
        let year = try #require(f.byYear.first { $0.key == "2019" })
        #expect(year.planned.cents == 150_000 && year.approved.cents == 74_005)
        #expect(year.expected == 150_000)
        #expect(f.byYear.map(\.key) == ["2018", "2019", "2020", "2021"])
    }

    @Test("Quarters are cumulative to the report day, beside the straight line")
    func quarters() throws {
        let q = Self.finance.quarters
        #expect(q.count == 7)  // 2018-Q2 … 2019-Q4
        let q2 = try #require(q.first { $0.period == .quarter(2019, 2) })
        #expect(q2.claimed == 74_671 && q2.approved == 74_005 && q2.paid == 46_000)
        let q1 = try #require(q.first { $0.period == .quarter(2019, 1) })
        #expect(q1.claimed == 0 && q1.spent == 33_333 + 13_333 + 20_000 + 3_000 + 5_005)
        #expect(q.last?.expected == 96_864)
    }

    @Test("Cost per person trained: overall and per partner, rounded half up")
    func costPerResult() throws {
        let lines = Self.finance.costPerResult.filter { $0.output == "OUT-05" }
        let overall = try #require(lines.first { $0.partner == nil })
        #expect(overall.results == 2 && overall.spent == 87_272 && overall.perResult == 43_636)
        let prizma = try #require(lines.first { $0.partner == "prizma" })
        // 592.67 ÷ 2 = 296.335, half up.
        #expect(prizma.results == 2 && prizma.perResult == 29_634)
        let tkalka = try #require(lines.first { $0.partner == "tkalka" })
        #expect(tkalka.results == 0 && tkalka.perResult == nil)
    }

    @Test(
        "Every line agrees with the oracle's plain loops",
        arguments: ["2019-06-30", "2019-12-31", "2021-12-31"])
    func oracle(day: String) throws {
        let asOf = FinanceReportFixtures.day(day)
        let dataset = FinanceReportFixtures.dataset
        let finance = try #require(ReportBuilder(plugins: Fixture.plugins).build(dataset, asOf: asOf).finance)
        FinanceOracleCheck.agree(finance, FinanceOracle(dataset, asOf: asOf), dataset)
    }

    @Test("No finance record, no finance section; a report restricted to finance has only it")
    func sections() throws {
        let plain = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        #expect(plain.finance == nil)
        let only = Self.report.restricted(to: [.finance])
        #expect(only.indicators.isEmpty && only.esf.isEmpty && only.finance != nil)
        #expect(only.shows(.finance) && !only.shows(.outputs))
        for format in IndicatorReport.Format.allCases {
            let text = only.rendered(as: format, language: .english)
            #expect(!text.contains("OUT-01"), "\(format)")
        }
    }

    @Test("A partner-scoped report's finance holds that partner alone")
    func partnerScope() throws {
        let report = ReportBuilder(plugins: Fixture.plugins).build(
            FinanceReportFixtures.dataset, scope: Scope(partners: ["tkalka"]),
            asOf: FinanceReportFixtures.asOf)
        let finance = try #require(report.finance)
        #expect(finance.byPartner.map(\.key) == ["tkalka"])
        #expect(finance.total.approved.cents == 28_005 && finance.total.planned.cents == 67_500)
    }

    @Test("Over budget: a warning names the partner")
    func overBudget() throws {
        var dataset = FinanceReportFixtures.dataset
        _ = try dataset.apply(
            .update(
                .budgetLine(
                    BudgetLine(
                        id: "b3", partner: "tkalka", category: "staff",
                        planned: FinanceReportFixtures.eur(100)))))
        let report = ReportBuilder(plugins: Fixture.plugins).build(dataset, asOf: FinanceReportFixtures.asOf)
        let tkalka = try #require(report.finance?.byPartner.first { $0.key == "tkalka" })
        #expect(tkalka.overBudget)
        #expect(report.warnings.contains { $0.en.hasPrefix("TKALKA") && $0.en.contains("exceeds the plan") })
    }

    static let shareCases: [(Int64, [Int64], [Int64])] = [
        (46_000, [13_333, 33_333], [13_143, 32_857]),
        (100, [1, 1, 1], [34, 33, 33]),
        (0, [5, 7], [0, 0]),
        (10, [0, 0], [0, 0]),
    ]

    @Test("Shares by the largest remainder add up and stay in proportion")
    func shares() {
        for (total, parts, expected) in Self.shareCases {
            #expect(FinanceLedger.shared(total, among: parts) == expected, "\(total) among \(parts)")
        }
    }
}

/// Compares a finance section with the oracle, line by line.
enum FinanceOracleCheck {
    static func agree(_ f: IndicatorReport.Finance, _ o: FinanceOracle, _ dataset: Dataset) {
        typealias A = FinanceOracle.Amount
        func check(
            _ line: IndicatorReport.Absorption, _ include: (A) -> Bool, _ planned: (BudgetLine) -> Bool
        ) {
            var plan: Int64 = 0
            for b in dataset.budgetLines.sortedByID where planned(b) { plan += b.planned.cents }
            #expect(line.planned.cents == plan, "\(line.key) planned")
            #expect(line.spent.cents == FinanceOracle.total(o.spent, where: include), "\(line.key) spent")
            #expect(
                line.claimed.cents == FinanceOracle.total(o.claimed, where: include), "\(line.key) claimed")
            #expect(
                line.approved.cents == FinanceOracle.total(o.approved, where: include), "\(line.key) approved"
            )
            #expect(line.paid.cents == FinanceOracle.total(o.paid, where: include), "\(line.key) paid")
            for amount in [line.planned, line.spent, line.claimed, line.approved, line.paid] {
                let eu = (amount.cents * Int64(f.euRatePercent) + 50) / 100
                #expect(amount.eu == eu && amount.eu + amount.national == amount.cents, "\(line.key) split")
            }
        }
        check(f.total, { _ in true }, { _ in true })
        for line in f.byPartner {
            check(line, { $0.partner == line.key }, { $0.partner.rawValue == line.key })
        }
        for line in f.byCategory {
            check(line, { $0.category == line.key }, { $0.category.rawValue == line.key })
        }
        for line in f.byYear {
            check(line, { String($0.day.year) == line.key }, { $0.year.map(String.init) == line.key })
        }
        var partnersWithRecords = Set<String>()
        for b in dataset.budgetLines.sortedByID { partnersWithRecords.insert(b.partner.rawValue) }
        for a in o.spent + o.claimed { partnersWithRecords.insert(a.partner) }
        #expect(Set(f.byPartner.map(\.key)) == partnersWithRecords)
        for q in f.quarters {
            let end = q.period.range.end
            #expect(q.claimed == FinanceOracle.total(o.claimed) { $0.day <= end }, "\(q.period)")
            #expect(q.approved == FinanceOracle.total(o.approved) { $0.day <= end }, "\(q.period)")
            #expect(q.paid == FinanceOracle.total(o.paid) { $0.day <= end }, "\(q.period)")
            #expect(q.spent == FinanceOracle.total(o.spent) { $0.day <= end }, "\(q.period)")
        }
    }
}
