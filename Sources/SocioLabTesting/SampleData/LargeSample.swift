import SocioLabKit

/// A large synthetic SocioLab Podravje dataset for benchmarks, generated lazily and in a fixed order.
///
/// Sizes follow the person count *n*: *n* persons, on average 5 participations each (1 to 9), *n*/20
/// activities, *n*/50 organisations, *n*/25 jobs, *n*/50 products, one development plan for every third
/// organisation, the five info points, the support programme and the OUT-01 milestone. Personal details
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
        .developmentPlan, .supportProgramme, .milestone,
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
            milestones: entities(.milestone, as: Milestone.self))
    }

    /// A lazily generated sequence of the records of one kind.
    public struct Records: Sequence, Sendable {
        let sample: LargeSample
        let kind: EntityKind

        /// An iterator over the records.
        public func makeIterator() -> Iterator { Iterator(sample: sample, kind: kind) }

        /// Generates the records of one kind one at a time.
        public struct Iterator: IteratorProtocol {
            let sample: LargeSample
            let kind: EntityKind
            var index = 0
            var participation = 0
            var pending: [Participation] = []
            var serials: [UInt16] = []

            init(sample: LargeSample, kind: EntityKind) {
                self.sample = sample
                self.kind = kind
                if kind == .personalDetails && sample.includesPersonalDetails {
                    serials = Array(repeating: 0, count: 2 * LargeSample.birthSpan)
                }
            }

            /// The next record, or `nil` at the end.
            public mutating func next() -> EntityRecord? {
                if kind == .participation {
                    while pending.isEmpty {
                        guard index < sample.personCount else { return nil }
                        sample.participations(ofPerson: index, numberedFrom: participation, into: &pending)
                        participation += pending.count
                        index += 1
                    }
                    return .participation(pending.removeLast())
                }
                defer { index += 1 }
                switch kind {
                case .infoPoint:
                    guard index < SampleGeography.infoPoints.count else { return nil }
                    let point = SampleGeography.infoPoints[index]
                    return .infoPoint(
                        InfoPoint(
                            id: .init(point.id), name: point.name,
                            municipality: SampleGeography.lookup(point.seat).code,
                            hostPartner: .init(point.host), openedOn: point.opened))
                case .organisation:
                    guard index < sample.organisationCount else { return nil }
                    return .organisation(sample.organisation(index))
                case .person:
                    guard index < sample.personCount else { return nil }
                    return .person(sample.person(index))
                case .personalDetails:
                    guard sample.includesPersonalDetails, index < sample.personCount else { return nil }
                    return .personalDetails(sample.personalDetails(index, serials: &serials))
                case .activity:
                    guard index < sample.activityCount else { return nil }
                    return .activity(sample.activity(index))
                case .participation:
                    return nil
                case .job:
                    guard index < sample.jobCount else { return nil }
                    return .job(sample.job(index))
                case .product:
                    guard index < sample.productCount else { return nil }
                    return .product(sample.product(index))
                case .developmentPlan:
                    guard index < sample.planCount else { return nil }
                    return .developmentPlan(sample.plan(index))
                case .supportProgramme:
                    guard index == 0 else { return nil }
                    return .supportProgramme(
                        SupportProgramme(
                            id: "spp-01", title: "Program podpore socialnim podjetjem in zadrugam",
                            approvedOn: SampleGeography.day(2019, 2, 15),
                            materials: ["Priročnik", "Delovni zvezek"]))
                case .milestone:
                    guard index == 0 else { return nil }
                    return .milestone(
                        Milestone(
                            id: "ms-01", output: "OUT-01", title: "Vzpostavljen regijski mrežni laboratorij",
                            achievedOn: SampleGeography.day(2019, 1, 31)))
                }
            }
        }
    }
}

// MARK: Generation

extension LargeSample {
    /// The stream numbers of each kind (high byte) for ``SplitMix64/init(seed:stream:)``.
    enum Stream {
        static let person: UInt64 = 1 << 56
        static let participations: UInt64 = 2 << 56
        static let organisation: UInt64 = 3 << 56
        static let activity: UInt64 = 4 << 56
        static let job: UInt64 = 5 << 56
        static let product: UInt64 = 6 << 56
        static let plan: UInt64 = 7 << 56
        static let details: UInt64 = 8 << 56
    }

    static let firstBirth = SampleGeography.day(1946, 1, 1)
    static let birthSpan = 55 * 365
    static let heldFrom = SampleGeography.day(2018, 5, 2)
    static let heldDays = 974
    static let dataStart = SampleGeography.day(2018, 4, 1)

    static let legalForms: [(LegalForm, Bool, Int)] = [
        (.zavod, true, 14), (.doo, true, 8), (.drustvo, true, 8), (.zadruga, false, 14), (.zadruga, true, 4),
        (.initiative, false, 12), (.obcina, false, 4), (.javniZavod, false, 6), (.doo, false, 14),
        (.zavod, false, 6), (.drustvo, false, 8), (.sp, false, 2),
    ]

    static let kinds: [(ActivityKind, Int)] = [
        ("training", 55), ("mentoring", 30), ("fair", 4), ("conference", 3), ("competition", 4),
        ("campaign", 4),
    ]

    static let groupSets: [[TargetGroup.ID]] = [
        ["social-economy-stakeholders"], ["social-economy-stakeholders", "unemployed"],
        ["social-economy-stakeholders", "young", "students"], ["local-stakeholders"],
        ["unemployed", "vulnerable"],
        ["support-environment-staff"], ["social-economy-stakeholders", "older"],
    ]

    static let partnerIDs: [Partner.ID] = ESFOperation.socioLabPodravje.partners.map(\.id)

    /// The facts about an organisation that persons, jobs and activities need.
    struct OrganisationFacts: Sendable {
        var legalForm: LegalForm
        var socialEnterprise: Bool
        var isSocialEconomy: Bool { socialEnterprise || legalForm.isCooperative || legalForm.isInitiative }

        init(using rng: inout SplitMix64) {
            (legalForm, socialEnterprise) = rng.weighted(LargeSample.legalForms.map { (($0.0, $0.1), $0.2) })
        }
    }

    /// The facts about an activity that participations need.
    struct ActivityFacts: Sendable {
        var kind: ActivityKind
        var status: ActivityStatus
        var start: Day
        var hours: Int

        init(using rng: inout SplitMix64) {
            kind = rng.weighted(LargeSample.kinds)
            let roll = rng.uniform(100)
            status = roll < 92 ? .held : roll < 96 ? .cancelled : .planned
            start =
                status == .planned
                ? SampleGeography.day(2021, 1, 11).adding(days: rng.uniform(170))
                : LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays))
            hours =
                kind == "training"
                ? rng.pick([4, 6, 8, 8, 12, 16]) : kind == "mentoring" ? rng.uniform(in: 2...6) : 0
        }
    }

    var organisationWidth: Int { SampleID.width(for: organisationCount + 1, minimum: 5) }
    var personWidth: Int { SampleID.width(for: personCount + 1, minimum: 7) }
    var activityWidth: Int { SampleID.width(for: activityCount + 1, minimum: 6) }

    func organisationID(_ index: Int) -> Organisation.ID {
        .init(SampleID.make("o", index + 1, width: organisationWidth))
    }
    func personID(_ index: Int) -> Person.ID { .init(SampleID.make("p", index + 1, width: personWidth)) }
    func activityID(_ index: Int) -> Activity.ID {
        .init(SampleID.make("a", index + 1, width: activityWidth))
    }

    func organisation(_ index: Int) -> Organisation {
        var rng = SplitMix64(seed: seed, stream: Stream.organisation + UInt64(index))
        _ = OrganisationFacts(using: &rng)
        let facts = organisations[index]
        let stems = SampleVocabulary.organisationStems
        let stem = stems[index % stems.count]
        let prefix: String
        switch facts.legalForm {
        case .zadruga: prefix = "Zadruga "
        case .zavod: prefix = "Zavod "
        case .drustvo: prefix = "Društvo "
        case .initiative: prefix = "Iniciativa "
        case .obcina: prefix = "Občina "
        case .javniZavod: prefix = "Javni zavod "
        default: prefix = ""
        }
        let name = prefix + stem + " " + String(index + 1) + (facts.socialEnterprise ? ", so.p." : "")
        var registration: RegistrationNumber?
        var tax: TaxNumber?
        if facts.legalForm != .initiative {
            let registrationStride = max(2, 899_000 / organisationCount)
            let taxStride = max(2, 8_999_000 / organisationCount)
            for offset in 0..<min(registrationStride, 40) where registration == nil {
                registration = RegistrationNumber.make(base6: 100_000 + index * registrationStride + offset)
            }
            for offset in 0..<min(taxStride, 40) where tax == nil {
                tax = TaxNumber.make(base7: 1_000_000 + index * taxStride + offset)
            }
        }
        return Organisation(
            id: organisationID(index), name: name, legalForm: facts.legalForm,
            socialEnterprise: facts.socialEnterprise, registrationNumber: registration, taxNumber: tax,
            municipality: SampleGeography.municipality(using: &rng).code,
            stage: facts.isSocialEconomy ? rng.pick(OrganisationStage.allCases) : nil)
    }

    func activity(_ index: Int) -> Activity {
        var rng = SplitMix64(seed: seed, stream: Stream.activity + UInt64(index))
        let facts = ActivityFacts(using: &rng)
        let municipality = SampleGeography.municipality(using: &rng)
        let pointIndex = SampleGeography.infoPointIndex(for: municipality)
        let point = SampleGeography.infoPoints[pointIndex]
        let details: [String: JSONValue]
        func someOrganisation() -> JSONValue {
            .string(
                organisationID(
                    Int(socialEconomy.isEmpty ? 0 : socialEconomy[rng.uniform(socialEconomy.count)])
                ).rawValue)
        }
        switch facts.kind {
        case "training":
            details = [
                "hours": .number(String(facts.hours)), "completion_threshold": .number("0.8"),
                "certificate": .bool(facts.hours >= 8),
            ]
        case "mentoring":
            details = ["mentee_organisation": someOrganisation(), "hours": .number(String(facts.hours))]
        case "fair":
            details = [
                "open_day_hosts": .array([someOrganisation()]), "exhibitors": .array([someOrganisation()]),
                "visitors": .number(String(rng.uniform(in: 50...800))),
            ]
        case "conference":
            details = ["international": .bool(true), "countries": .array([.string("SI"), .string("AT")])]
        case "competition":
            let entry = someOrganisation()
            details = [
                "category": .string(rng.chance(0.7) ? "social_innovation" : "ethical_investor"),
                "entries": .array([entry, someOrganisation()]), "winners": .array([entry]),
            ]
        default:
            details = [
                "channels": .array([.string("radio"), .string("facebook")]), "reach": .number("10000"),
            ]
        }
        return Activity(
            id: activityID(index), kind: facts.kind, title: facts.kind.rawValue + " " + String(index + 1),
            pillar: rng.uniform(in: 1...3), partners: [.init(point.host)],
            infoPoint: point.opened <= facts.start ? .init(point.id) : nil, municipality: municipality.code,
            startDate: facts.start, endDate: nil, status: facts.status, details: .object(details))
    }

    /// How many participations a person has: 1 to 9, 5 on average.
    static func participationCount(using rng: inout SplitMix64) -> Int { 1 + rng.uniform(9) }

    /// The activities a person takes part in (distinct) and the earliest of their start days.
    func activityPicks(ofPerson index: Int, into picks: inout [Int32]) -> Day {
        var rng = SplitMix64(seed: seed, stream: Stream.participations + UInt64(index))
        let count = min(LargeSample.participationCount(using: &rng), activityCount)
        picks.removeAll(keepingCapacity: true)
        var first = Day(daysSinceEpoch: .max)
        while picks.count < count {
            let pick = Int32(rng.uniform(activityCount))
            if picks.contains(pick) { continue }
            picks.append(pick)
            first = min(first, activities[Int(pick)].start)
        }
        return first
    }

    func person(_ index: Int) -> Person {
        var rng = SplitMix64(seed: seed, stream: Stream.person + UInt64(index))
        let female = rng.chance(0.56)
        let gender: Gender = rng.chance(0.02) ? .undisclosed : female ? .female : .male
        let birth = LargeSample.firstBirth.adding(days: rng.uniform(LargeSample.birthSpan))
        let employment: EmploymentStatus = rng.weighted([
            (.employed, 35), (.selfEmployed, 10), (.unemployed, 22), (.longTermUnemployed, 13),
            (.inactive, 8),
            (.inactiveInEducation, 12),
        ])
        let municipality = SampleGeography.municipality(using: &rng)
        let organisation = rng.chance(0.3) ? organisationID(rng.uniform(organisationCount)) : nil
        var picks: [Int32] = []
        picks.reserveCapacity(9)
        let first = activityPicks(ofPerson: index, into: &picks)
        let consent = max(LargeSample.dataStart, first.adding(days: -rng.uniform(15)))
        return Person(
            id: personID(index), gender: gender, birthDate: birth, employmentStatus: employment,
            isced: rng.uniform(in: 1...8),
            migrantOrMinority: rng.chance(0.06) ? .yes : rng.chance(0.03) ? .refused : .no,
            disability: rng.chance(0.07) ? .yes : .no, otherDisadvantaged: rng.chance(0.1) ? .yes : .no,
            homeless: false, rural: !municipality.isUrban,
            targetGroups: LargeSample.groupSets[rng.uniform(LargeSample.groupSets.count)],
            municipality: municipality.code, organisation: organisation,
            consent: Consent(givenOn: min(consent, first)))
    }

    func personalDetails(_ index: Int, serials: inout [UInt16]) -> PersonalDetails {
        var rng = SplitMix64(seed: seed, stream: Stream.person + UInt64(index))
        let female = rng.chance(0.56)
        _ = rng.chance(0.02)
        let offset = rng.uniform(LargeSample.birthSpan)
        let birth = LargeSample.firstBirth.adding(days: offset)
        var names = SplitMix64(seed: seed, stream: Stream.details + UInt64(index))
        let given = names.pick(female ? SampleVocabulary.femaleGivenNames : SampleVocabulary.maleGivenNames)
        let family = names.pick(SampleVocabulary.familyNames)
        let slot = offset * 2 + (female ? 1 : 0)
        var emso: EMSO?
        while emso == nil && serials[slot] < 500 {
            let serial = Int(serials[slot]) + (female ? 500 : 0)
            serials[slot] += 1
            emso = EMSO.make(birthDate: birth, registerCode: 50, serial: serial)
        }
        return PersonalDetails(person: personID(index), givenName: given, familyName: family, emso: emso)
    }

    func participations(ofPerson index: Int, numberedFrom number: Int, into out: inout [Participation]) {
        var picks: [Int32] = []
        picks.reserveCapacity(9)
        _ = activityPicks(ofPerson: index, into: &picks)
        var rng = SplitMix64(seed: seed, stream: Stream.participations + UInt64(index) + (1 << 55))
        let person = personID(index)
        let width = max(8, personWidth + 1)
        // Pending records are taken from the end: store them in reverse so ids come out in order.
        for (offset, pick) in picks.enumerated().reversed() {
            let facts = activities[Int(pick)]
            let status: ParticipationStatus
            switch facts.status {
            case .held:
                let roll = rng.uniform(100)
                status = roll < 88 ? .attended : roll < 94 ? .noShow : roll < 97 ? .registered : .cancelled
            case .cancelled: status = .cancelled
            case .planned: status = .registered
            }
            let hours =
                status == .attended && facts.hours > 0 ? Quantity(integerLiteral: Int64(facts.hours)) : nil
            out.append(
                Participation(
                    id: .init(SampleID.make("pa", number + offset + 1, width: width)),
                    activity: activityID(Int(pick)),
                    person: person, role: facts.kind == "mentoring" ? .mentee : .participant, status: status,
                    hours: hours, completed: hours == nil ? nil : true))
        }
    }

    func job(_ index: Int) -> Job {
        var rng = SplitMix64(seed: seed, stream: Stream.job + UInt64(index))
        let organisation = Int(socialEconomy[rng.uniform(socialEconomy.count)])
        let person = rng.chance(0.3) && personCount > 0 ? personID(rng.uniform(personCount)) : nil
        return Job(
            id: .init(SampleID.make("j", index + 1, width: 6)), organisation: organisationID(organisation),
            person: person, kind: rng.chance(0.7) ? .created : .retained,
            startDate: LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays)),
            fte: Quantity(hundredths: Int64(rng.pick([100, 100, 100, 50, 75, 80]))))
    }

    func product(_ index: Int) -> Product {
        var rng = SplitMix64(seed: seed, stream: Stream.product + UInt64(index))
        let organisation = Int(socialEconomy[rng.uniform(socialEconomy.count)])
        let (name, kind) = rng.pick(SampleVocabulary.products)
        return Product(
            id: .init(SampleID.make("pr", index + 1, width: 6)), organisation: organisationID(organisation),
            name: name, kind: kind, stage: rng.pick(["idea", "prototype", "pilot", "market"]),
            supportedOn: LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays)))
    }

    func plan(_ index: Int) -> DevelopmentPlan {
        var rng = SplitMix64(seed: seed, stream: Stream.plan + UInt64(index))
        let organisation = Int(socialEconomy[rng.uniform(socialEconomy.count)])
        let diagnosed = LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays - 80))
        return DevelopmentPlan(
            id: .init(SampleID.make("dp", index + 1, width: 6)), organisation: organisationID(organisation),
            partner: LargeSample.partnerIDs[rng.uniform(LargeSample.partnerIDs.count)],
            diagnosedOn: diagnosed,
            planAdoptedOn: diagnosed.adding(days: rng.uniform(in: 21...75)))
    }
}
