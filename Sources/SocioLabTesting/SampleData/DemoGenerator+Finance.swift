import SocioLabKit

/// The demo's finance: a budget of the seed's total to the cent across the eleven partners (2018–2021),
/// staff costs of two staff members per partner each quarter of the data (one full time, one half time),
/// the real costs of the partners that declare them, and half-yearly payment claims in every status.
///
/// Costs run at about three quarters of the plan, so absorption is behind. Nothing here draws from the
/// demo's random generator: the other records stay exactly as they were.
extension DemoGenerator {
    typealias Cents = Int64

    /// The planned share of each year, in per cent; the last year takes the remainder.
    static let yearShares: [(year: Int, percent: Int64)] = [(2018, 15), (2019, 30), (2020, 30), (2021, 25)]
    /// Each partner's weight in the budget; the lead partner takes the remainder.
    static let partnerWeight: Int64 = 8
    /// What the costs reach of the plan, in per cent.
    static let spendPercent: Int64 = 75
    /// The full-time staff member's annual gross employment costs, in cents.
    static let fullTimeGross: Cents = 3_600_000

    /// Every finance record of the demo.
    func makeFinance() -> [EntityRecord] {
        let operation = ESFOperation.socioLabPodravje
        var records: [EntityRecord] = []
        for (index, (partner, budget)) in Self.partnerBudgets(operation).enumerated() {
            let categories = Self.categoryShares(
                of: budget, usesRemaining: Self.usesRemaining(partner.id, operation))
            let lines = Self.budgetLines(partner.id, categories)
            records += lines.map(\.record)
            let costs = Self.costs(partner.id, lines)
            records += costs.map(\.record)
            records += Self.claims(partner.id, index: index, costs: costs)
        }
        return records
    }

    /// Each partner's budget, the lead partner first: the others get ``partnerWeight`` per cent of the
    /// operation's budget each, the lead partner the remainder, so they add up to it to the cent.
    static func partnerBudgets(_ operation: ESFOperation) -> [(Partner, Cents)] {
        var lead = operation.budget.cents
        var budgets: [(Partner, Cents)] = []
        for partner in operation.partners where partner.role != .lead {
            let share = operation.budget.cents * partnerWeight / 100
            budgets.append((partner, share))
            lead -= share
        }
        if let leadPartner = operation.leadPartner { budgets.insert((leadPartner, lead), at: 0) }
        return budgets
    }

    static func usesRemaining(_ partner: Partner.ID, _ operation: ESFOperation) -> Bool {
        operation.flatRates(for: partner).contains { $0.category == "remaining" }
    }

    /// A partner's budget by category: staff and 40 % remaining costs, or staff, real costs and 15 %
    /// indirect costs; the amounts add up to the budget.
    static func categoryShares(of budget: Cents, usesRemaining: Bool) -> [(CostCategory.ID, Cents)] {
        if usesRemaining {
            let staff = budget * 100 / 140
            return [("staff", staff), ("remaining", budget - staff)]
        }
        let staff = budget * 60 / 100
        let parts: [(CostCategory.ID, Cents)] = [
            ("staff", staff), ("indirect", staff * 15 / 100), ("external-services", budget * 15 / 100),
            ("travel", budget * 4 / 100), ("participants", budget * 6 / 100),
        ]
        let used = parts.reduce(0) { $0 + $1.1 }
        return parts + [("communication", budget - used)]
    }

    /// One line per category and year; each category's years add up to its amount.
    static func budgetLines(_ partner: Partner.ID, _ categories: [(CostCategory.ID, Cents)]) -> [BudgetLine] {
        var lines: [BudgetLine] = []
        for (category, amount) in categories {
            var left = amount
            for (index, share) in yearShares.enumerated() {
                let planned = index == yearShares.count - 1 ? left : amount * share.percent / 100
                left -= planned
                lines.append(
                    BudgetLine(
                        id: .init("bl-\(partner)-\(category)-\(share.year)"), partner: partner,
                        category: category,
                        year: share.year, planned: Money(cents: planned)))
            }
        }
        return lines
    }

    /// The quarters of the data: April 2018 to December 2020.
    static var quarters: [(year: Int, quarter: Int)] {
        [(2018, 2), (2018, 3), (2018, 4)] + [2019, 2020].flatMap { y in (1...4).map { (y, $0) } }
    }

    /// A quarter's costs: each staff member's hours (to three quarters of the year's staff line, within
    /// the hours behind the rate), and each real-cost line's quarter.
    static func costs(_ partner: Partner.ID, _ lines: [BudgetLine]) -> [CostItem] {
        var items: [CostItem] = []
        for (year, quarter) in quarters {
            let quartersInYear: Int64 = year == 2018 ? 3 : 4
            let month = quarter * 3
            let incurred = G.day(year, month, 25)
            let paid = G.day(year, month, 28)
            let tag = "\(year)-q\(quarter)"
            for line in lines where line.year == year {
                let target = line.planned.cents * spendPercent / 100 / quartersInYear
                switch line.category {
                case "staff":
                    // Two thirds by the full-time member, a third by the half-time one.
                    let members: [(String, Cents, Quantity, Cents)] = [
                        ("S1", fullTimeGross, 1720, target * 2 / 3),
                        ("S2", fullTimeGross / 2, 860, target / 3),
                    ]
                    for (staff, gross, annual, share) in members {
                        let cap = annual.hundredths / 4
                        let hundredths = min(share * annual.hundredths / gross, cap)
                        let hours = Quantity(hundredths: hundredths)
                        guard hundredths > 0,
                            let amount = FinanceArithmetic.staffCost(
                                hours: hours, annualGross: Money(cents: gross), annualHours: annual)
                        else { continue }
                        items.append(
                            CostItem(
                                id: .init("ci-\(partner)-\(tag)-\(staff)"), partner: partner,
                                category: "staff",
                                amount: amount, incurredOn: incurred, paidOn: paid,
                                evidenceReference: "PL-\(tag)-\(staff)", purpose: "Delo na operaciji",
                                staffID: "\(partner)-\(staff)", hours: hours,
                                annualGrossCost: Money(cents: gross),
                                annualHours: annual))
                    }
                case "remaining", "indirect":
                    continue  // flat rates: computed, never entered
                default:
                    guard target > 0 else { continue }
                    let vat: Money? = line.category == "travel" ? nil : Money(cents: target * 22 / 100)
                    items.append(
                        CostItem(
                            id: .init("ci-\(partner)-\(tag)-\(line.category)"), partner: partner,
                            category: line.category, amount: Money(cents: target), vat: vat,
                            incurredOn: incurred,
                            paidOn: paid, evidenceReference: "R-\(tag)-\(line.category)"))
                }
            }
        }
        return items
    }

    /// Half-yearly claims: paid up to 2019, approved or submitted for the first half of 2020 (one
    /// approved for less, with the reason), drafts for the second half of 2020.
    static func claims(_ partner: Partner.ID, index: Int, costs: [CostItem]) -> [EntityRecord] {
        let halves: [(Day, Day)] = [
            (G.day(2018, 4, 1), G.day(2018, 6, 30)), (G.day(2018, 7, 1), G.day(2018, 12, 31)),
            (G.day(2019, 1, 1), G.day(2019, 6, 30)), (G.day(2019, 7, 1), G.day(2019, 12, 31)),
            (G.day(2020, 1, 1), G.day(2020, 6, 30)), (G.day(2020, 7, 1), G.day(2020, 12, 31)),
        ]
        var records: [EntityRecord] = []
        for (start, end) in halves {
            let id = PaymentClaim.ID("zzi-\(partner)-\(end.year)-\(end.month <= 6 ? 1 : 2)")
            var claim = PaymentClaim(id: id, partner: partner, periodStart: start, periodEnd: end)
            if end.year < 2020 {
                claim.status = .paid
                claim.submittedOn = end.adding(days: 20)
                claim.approvedOn = end.adding(days: 60)
                claim.paidOn = end.adding(days: 90)
            } else if end.month == 6 {
                claim.status = index.isMultiple(of: 2) ? .approved : .submitted
                claim.submittedOn = end.adding(days: 20)
                if claim.status == .approved { claim.approvedOn = end.adding(days: 80) }
            }
            let members = costs.filter { item in item.paidOn.map { start <= $0 && $0 <= end } ?? false }
            // A partner with no costs in the half (in a large sample, one that runs no activity) claims nothing.
            guard !members.isEmpty else { continue }
            if index == 0 && claim.status == .approved {
                let claimed = ClaimAmounts(items: members, operation: .socioLabPodravje).total
                claim.approvedAmount = Money(cents: claimed.cents - min(50_000, claimed.cents / 10))
                claim.approvalReason = "Del ur ni bil dokazan s časovnicami."
            }
            records.append(claim.record)
            records += members.map {
                PaymentClaimItem(id: .init("\(id)/\($0.id)"), claim: id, costItem: $0.id).record
            }
        }
        return records
    }
}
