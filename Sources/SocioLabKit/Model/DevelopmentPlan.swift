/// A diagnosis of an organisation and the development plan prepared from it (OUT-03).
public struct DevelopmentPlan: Entity {
    /// The plan's identifier.
    public typealias ID = EntityID<DevelopmentPlan>
    /// The entity kind, `development_plan`.
    public static let kind = EntityKind.developmentPlan

    /// The identifier.
    public var id: ID
    /// The organisation diagnosed.
    public var organisation: Organisation.ID
    /// The partner that carried it out.
    public var partner: Partner.ID
    /// The day the diagnosis was done.
    public var diagnosedOn: Day?
    /// The day the plan was adopted; a plan counts from this day.
    public var planAdoptedOn: Day?
    /// The documents that prove it.
    public var evidence: [Evidence]

    /// Creates a development plan.
    public init(
        id: ID, organisation: Organisation.ID, partner: Partner.ID, diagnosedOn: Day? = nil,
        planAdoptedOn: Day? = nil, evidence: [Evidence] = []
    ) {
        self.id = id
        self.organisation = organisation
        self.partner = partner
        self.diagnosedOn = diagnosedOn
        self.planAdoptedOn = planAdoptedOn
        self.evidence = evidence
    }

    /// The organisation.
    public var references: [EntityReference] { [EntityReference(.organisation, organisation.rawValue)] }
    /// The plan wrapped for a change set.
    public var record: EntityRecord { .developmentPlan(self) }

    private enum CodingKeys: String, CodingKey {
        case id, organisation, partner, evidence
        case diagnosedOn = "diagnosed_on"
        case planAdoptedOn = "plan_adopted_on"
    }

    /// Decodes a plan; missing `evidence` means none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        organisation = try c.decode(Organisation.ID.self, forKey: .organisation)
        partner = try c.decode(Partner.ID.self, forKey: .partner)
        diagnosedOn = try c.decodeIfPresent(Day.self, forKey: .diagnosedOn)
        planAdoptedOn = try c.decodeIfPresent(Day.self, forKey: .planAdoptedOn)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}
