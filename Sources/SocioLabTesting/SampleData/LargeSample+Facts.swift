import SocioLabKit

/// What every record is drawn from: the streams of each kind, the fixed tables of choices, the facts
/// about organisations and activities drawn up front, and the identifiers.
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

    /// The index of a social-economy organisation, drawn with `rng`; the sample always has one (see
    /// ``init(persons:seed:personalDetails:)``).
    func socialEconomyOrganisation(using rng: inout SplitMix64) -> Int {
        Int(socialEconomy[rng.uniform(socialEconomy.count)])
    }

    func organisationID(_ index: Int) -> Organisation.ID {
        .init(SampleID.make("o", index + 1, width: organisationWidth))
    }
    func personID(_ index: Int) -> Person.ID { .init(SampleID.make("p", index + 1, width: personWidth)) }
    func activityID(_ index: Int) -> Activity.ID {
        .init(SampleID.make("a", index + 1, width: activityWidth))
    }
}
