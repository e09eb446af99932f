import SocioLabKit

/// The finance of a large sample: the demo's budget (the seed's total across the eleven partners and four
/// years) and its half-yearly payment claims, with one staff cost per held activity, so that the number of
/// cost items grows with the activities while the money stays the operation's.
///
/// Each held activity's first partner declares a staff cost for it, by one of 64 staff members (so that no
/// one's hours pass the yearly cap); the costs of a partner's activities in a year add up to about three
/// quarters of its staff line for that year, as the demo's do. The flat rates follow from the staff costs.
extension LargeSample {
    typealias Cents = Int64

    /// The staff members among whom a partner's activities are shared.
    static let staffPerPartner = 64

    /// The finance records of one kind, in identifier order.
    /// - Complexity: O(*n*/20): every activity is generated once.
    func financeRecords(of kind: EntityKind) -> [EntityRecord] {
        let all = makeFinance()
        return all.filter { $0.kind == kind }.sorted { $0.reference.id < $1.reference.id }
    }

    /// Every finance record: budget lines, cost items, claims and the claims' items.
    func makeFinance() -> [EntityRecord] {
        let operation = ESFOperation.socioLabPodravje
        var held: [Partner.ID: [Int: [Activity]]] = [:]
        for index in 0..<activityCount where activities[index].status == .held {
            let activity = self.activity(index)
            guard let partner = activity.partners.first else { continue }
            held[partner, default: [:]][activity.startDate.year, default: []].append(activity)
        }
        var records: [EntityRecord] = []
        for (index, (partner, budget)) in DemoGenerator.partnerBudgets(operation).enumerated() {
            let categories = DemoGenerator.categoryShares(
                of: budget, usesRemaining: DemoGenerator.usesRemaining(partner.id, operation))
            let lines = DemoGenerator.budgetLines(partner.id, categories)
            records += lines.map(\.record)
            let costs = Self.staffCosts(partner.id, lines, held[partner.id] ?? [:])
            records += costs.map(\.record)
            records += DemoGenerator.claims(partner.id, index: index, costs: costs)
        }
        return records
    }

    /// A partner's staff costs: one per held activity, sharing three quarters of the year's staff line.
    static func staffCosts(_ partner: Partner.ID, _ lines: [BudgetLine], _ held: [Int: [Activity]])
        -> [CostItem]
    {
        let gross = DemoGenerator.fullTimeGross
        let annual: Quantity = 1720
        var items: [CostItem] = []
        for line in lines where line.category == "staff" {
            guard let year = line.year, let activities = held[year], !activities.isEmpty else { continue }
            let target = line.planned.cents * DemoGenerator.spendPercent / 100 / Cents(activities.count)
            let hundredths = target * annual.hundredths / gross
            guard hundredths > 0,
                let amount = FinanceArithmetic.staffCost(
                    hours: Quantity(hundredths: hundredths), annualGross: Money(cents: gross),
                    annualHours: annual)
            else { continue }
            for (index, activity) in activities.enumerated() {
                let staff = "\(partner)-A\(index % staffPerPartner)"
                let day = activity.startDate
                items.append(
                    CostItem(
                        id: .init("ci-\(partner)-\(activity.id)"), partner: partner, category: "staff",
                        amount: amount, incurredOn: day, paidOn: day.adding(days: 3),
                        evidenceReference: "PL-\(activity.id)", purpose: "Izvedba aktivnosti",
                        activity: activity.id, staffID: staff, hours: Quantity(hundredths: hundredths),
                        annualGrossCost: Money(cents: gross), annualHours: annual))
            }
        }
        return items
    }
}
