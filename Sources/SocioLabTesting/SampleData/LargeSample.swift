import SocioLabKit

/// A large synthetic SocioLab Podravje dataset for benchmarks, generated lazily and in a fixed order.
///
/// Sizes follow the person count *n*: *n* persons, on average 5 participations each (1 to 9), *n*/20
/// activities, *n*/50 organisations, *n*/25 jobs, *n*/50 products, one development plan for every third
/// organisation, the five info points, the support programme and the OUT-01 milestone, and the demo's
/// budget and claims with one staff cost per held activity (`LargeSample+Finance.swift`). Personal details
/// (names and synthetic EMŠO numbers) are optional, because they double the person records and cost a
/// name-folding index in a ``SocioLabKit/Dataset``.
///
/// Every entity is drawn from its own numbered stream of ``SplitMix64`` (see
/// ``SplitMix64/init(seed:stream:)``), so each kind can be produced on its own, in identifier order,
/// without holding the others: ``records(of:)`` streams one kind (for example to write one CSV file per
/// entity), ``forEachRecord(_:)`` streams all of them, and ``makeDataset()`` builds the
/// ``SocioLabKit/Dataset``. The same person count and seed always give the same records.
///
/// The records have no errors under the core rules and the standard plugins' rules. Warnings are not
/// engineered away at this scale, although none is expected.
public struct LargeSample: Sendable {
    /// The number of persons.
    public let personCount: Int
    /// The seed every record derives from.
    public let seed: UInt64
    /// Whether ``SocioLabKit/PersonalDetails`` (names, EMŠO) are produced for every person.
    public let includesPersonalDetails: Bool

    /// The number of organisations: *n*/50, at least 10.
    public var organisationCount: Int { max(10, personCount / 50) }
    /// The number of activities: *n*/20, at least 10.
    public var activityCount: Int { max(10, personCount / 20) }
    /// The number of jobs: *n*/25.
    public var jobCount: Int { personCount / 25 }
    /// The number of products: *n*/50.
    public var productCount: Int { personCount / 50 }
    /// The number of development plans: one for every third organisation.
    public var planCount: Int { organisationCount / 3 }

    /// The kinds in the order ``forEachRecord(_:)`` produces them: referenced entities before their
    /// references.
    public static let kindOrder: [EntityKind] = [
        .infoPoint, .organisation, .person, .personalDetails, .activity, .participation, .job, .product,
        .developmentPlan, .supportProgramme, .milestone, .budgetLine, .costItem, .paymentClaim,
        .paymentClaimItem,
    ]

    let organisations: [OrganisationFacts]
    let socialEconomy: [Int32]
    let activities: [ActivityFacts]
    let heldActivities: Int

    /// Describes a large sample; records are generated only when asked for.
    ///
    /// Preparing it draws the organisations' and activities' facts the persons refer to
    /// (O(*n*/20) work and memory).
    /// - Parameters:
    ///   - persons: The number of persons (0 or more).
    ///   - seed: The seed.
    ///   - personalDetails: Whether to produce personal details for every person.
    public init(persons: Int, seed: UInt64 = SampleData.demoSeed, personalDetails: Bool = false) {
        precondition(persons >= 0, "the number of persons cannot be negative")
        personCount = persons
        self.seed = seed
        includesPersonalDetails = personalDetails
        let organisationCount = max(10, persons / 50)
        let activityCount = max(10, persons / 20)
        var organisations: [OrganisationFacts] = []
        organisations.reserveCapacity(organisationCount)
        for index in 0..<organisationCount {
            var rng = SplitMix64(seed: seed, stream: Stream.organisation + UInt64(index))
            organisations.append(OrganisationFacts(using: &rng))
        }
        if !organisations.contains(where: \.isSocialEconomy) {
            organisations[0].legalForm = .zadruga
        }
        self.organisations = organisations
        socialEconomy = organisations.indices.filter { organisations[$0].isSocialEconomy }.map { Int32($0) }
        var activities: [ActivityFacts] = []
        activities.reserveCapacity(activityCount)
        for index in 0..<activityCount {
            var rng = SplitMix64(seed: seed, stream: Stream.activity + UInt64(index))
            activities.append(ActivityFacts(using: &rng))
        }
        self.activities = activities
        heldActivities = activities.reduce(0) { $0 + ($1.status == .held ? 1 : 0) }
    }

    // MARK: Producing records

    /// The records of one kind, in identifier order, generated as they are iterated.
    /// - Parameter kind: The entity kind.
    /// - Returns: A sequence that can be iterated any number of times, each time giving the same records.
    /// - Complexity: O(*m*) for *m* records of the kind; O(1) memory beyond the sample itself.
    public func records(of kind: EntityKind) -> Records { Records(sample: self, kind: kind) }

    /// Calls `body` with every record, kind by kind in ``kindOrder``.
    /// - Parameter body: What to do with each record; an error stops the iteration and is rethrown.
    /// - Throws: Whatever `body` throws.
    /// - Complexity: O(*n*).
    public func forEachRecord(_ body: (EntityRecord) throws -> Void) rethrows {
        for kind in Self.kindOrder {
            for record in records(of: kind) { try body(record) }
        }
    }

    /// The number of records of one kind.
    /// - Parameter kind: The entity kind.
    /// - Returns: The exact count; for participations this generates the persons' plans (O(*n*)).
    public func count(of kind: EntityKind) -> Int {
        switch kind {
        case .infoPoint: SampleGeography.infoPoints.count
        case .organisation: organisationCount
        case .person: personCount
        case .personalDetails: includesPersonalDetails ? personCount : 0
        case .activity: activityCount
        case .participation:
            (0..<personCount).reduce(0) { total, index in
                var rng = SplitMix64(seed: seed, stream: Stream.participations + UInt64(index))
                return total + LargeSample.participationCount(using: &rng)
            }
        case .job: jobCount
        case .product: productCount
        case .developmentPlan: planCount
        case .supportProgramme, .milestone: 1
        case .budgetLine, .costItem, .paymentClaim, .paymentClaimItem: financeRecords(of: kind).count
        }
    }

    /// Builds the whole dataset, with the dataset's bulk initialiser.
    /// - Returns: A dataset of the SocioLab Podravje operation holding every record.
    /// - Complexity: O(*n*) time and memory.
    public func makeDataset() -> Dataset {
        var participations: [Participation] = []
        participations.reserveCapacity(personCount * 5 + personCount / 10 + 16)
        var pending: [Participation] = []
        for index in 0..<personCount {
            pending.removeAll(keepingCapacity: true)
            self.participations(ofPerson: index, numberedFrom: participations.count, into: &pending)
            participations.append(contentsOf: pending.reversed())
        }
        func entities<E: Entity>(_ kind: EntityKind, as type: E.Type) -> [E] {
            var out: [E] = []
            out.reserveCapacity(count(of: kind))
            for record in records(of: kind) {
                if let entity = record.entity as? E { out.append(entity) }
            }
            return out
        }
        let finance = makeFinance()
        return Dataset(
            operation: .socioLabPodravje, organisations: (0..<organisationCount).map(organisation),
            persons: (0..<personCount).map(person),
            personalDetails: entities(.personalDetails, as: PersonalDetails.self),
            infoPoints: entities(.infoPoint, as: InfoPoint.self),
            activities: (0..<activityCount).map(activity),
            participations: participations, jobs: (0..<jobCount).map(job),
            products: (0..<productCount).map(product),
            developmentPlans: (0..<planCount).map(plan),
            supportProgrammes: entities(.supportProgramme, as: SupportProgramme.self),
            milestones: entities(.milestone, as: Milestone.self),
            budgetLines: finance.compactMap { $0.entity as? BudgetLine },
            costItems: finance.compactMap { $0.entity as? CostItem },
            paymentClaims: finance.compactMap { $0.entity as? PaymentClaim },
            paymentClaimItems: finance.compactMap { $0.entity as? PaymentClaimItem })
    }
}
