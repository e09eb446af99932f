/// A job created or retained in an organisation with the operation's support (OUT-06).
public struct Job: Entity {
    /// The job's identifier.
    public typealias ID = EntityID<Job>
    /// The entity kind, `job`.
    public static let kind = EntityKind.job

    /// The identifier.
    public var id: ID
    /// The employer.
    public var organisation: Organisation.ID
    /// The person employed, if recorded.
    public var person: Person.ID?
    /// Created or retained.
    public var kind: JobKind
    /// The day the job started (or was confirmed retained).
    public var startDate: Day
    /// Full-time equivalent, in (0, 1].
    public var fte: Quantity
    /// The documents that prove it (contract …).
    public var evidence: [Evidence]

    /// Creates a job.
    public init(
        id: ID, organisation: Organisation.ID, person: Person.ID? = nil, kind: JobKind, startDate: Day,
        fte: Quantity = 1, evidence: [Evidence] = []
    ) {
        self.id = id
        self.organisation = organisation
        self.person = person
        self.kind = kind
        self.startDate = startDate
        self.fte = fte
        self.evidence = evidence
    }

    /// The organisation and the person.
    public var references: [EntityReference] {
        var refs = [EntityReference(.organisation, organisation.rawValue)]
        if let person { refs.append(EntityReference(.person, person.rawValue)) }
        return refs
    }
    /// The job wrapped for a change set.
    public var record: EntityRecord { .job(self) }

    private enum CodingKeys: String, CodingKey {
        case id, organisation, person, kind, fte, evidence
        case startDate = "start_date"
    }

    /// Decodes a job; missing `evidence` means none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        organisation = try c.decode(Organisation.ID.self, forKey: .organisation)
        person = try c.decodeIfPresent(Person.ID.self, forKey: .person)
        kind = try c.decode(JobKind.self, forKey: .kind)
        startDate = try c.decode(Day.self, forKey: .startDate)
        fte = try c.decode(Quantity.self, forKey: .fte)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}

/// Whether a job was newly created or kept that would otherwise have been lost.
public enum JobKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A new job.
    case created
    /// A kept job.
    case retained
}
