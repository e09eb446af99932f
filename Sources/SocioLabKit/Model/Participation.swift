/// A person or an organisation taking part in an activity. Only ``ParticipationStatus/attended`` counts.
public struct Participation: Entity {
    /// The participation's identifier.
    public typealias ID = EntityID<Participation>
    /// The entity kind, `participation`.
    public static let kind = EntityKind.participation

    /// The identifier.
    public var id: ID
    /// The activity.
    public var activity: Activity.ID
    /// The person taking part, if a person does.
    public var person: Person.ID?
    /// The organisation taking part (or that the person represents), if any.
    public var organisation: Organisation.ID?
    /// The role in the activity.
    public var role: ParticipationRole
    /// Registered, attended, no-show or cancelled.
    public var status: ParticipationStatus
    /// Hours attended.
    public var hours: Quantity?
    /// Whether the participant completed the programme, if that applies.
    public var completed: Bool?
    /// The documents that prove it (attendance sheet …).
    public var evidence: [Evidence]

    /// Creates a participation.
    public init(
        id: ID, activity: Activity.ID, person: Person.ID? = nil, organisation: Organisation.ID? = nil,
        role: ParticipationRole = .participant, status: ParticipationStatus = .attended,
        hours: Quantity? = nil,
        completed: Bool? = nil, evidence: [Evidence] = []
    ) {
        self.id = id
        self.activity = activity
        self.person = person
        self.organisation = organisation
        self.role = role
        self.status = status
        self.hours = hours
        self.completed = completed
        self.evidence = evidence
    }

    /// The activity, the person and the organisation.
    public var references: [EntityReference] {
        var refs = [EntityReference(.activity, activity.rawValue)]
        if let person { refs.append(EntityReference(.person, person.rawValue)) }
        if let organisation { refs.append(EntityReference(.organisation, organisation.rawValue)) }
        return refs
    }
    /// The participation wrapped for a change set.
    public var record: EntityRecord { .participation(self) }

    /// Decodes a participation from its stored JSON form, as its `schema` declares it; a missing `role`
    /// means participant, a missing `evidence` none.
    public init(from decoder: any Decoder) throws {
        // The blank's activity is a placeholder: `activity` is required, so decoding always sets it.
        self = try Self.schema.decode(from: decoder) { Participation(id: $0, activity: Activity.ID("")) }
    }

    /// Encodes the participation's stored JSON form, as its `schema` declares it; absent values are left
    /// out.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}

/// The state of a participation. Only `attended` counts in any indicator.
public enum ParticipationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Signed up.
    case registered
    /// Took part.
    case attended
    /// Signed up but did not come.
    case noShow = "no_show"
    /// Withdrew before the activity.
    case cancelled
}

/// A role in an activity (`participant`, `mentee`, `trainer` …). Plugins may define more.
public struct ParticipationRole: StringCode {
    /// The role's code.
    public var rawValue: String
    /// Creates a role.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Takes part as a learner or visitor.
    public static let participant = Self(rawValue: "participant")
    /// Receives mentoring or coaching.
    public static let mentee = Self(rawValue: "mentee")
    /// Gives mentoring or coaching.
    public static let mentor = Self(rawValue: "mentor")
    /// Teaches.
    public static let trainer = Self(rawValue: "trainer")
    /// Speaks.
    public static let speaker = Self(rawValue: "speaker")
    /// Exhibits at a fair.
    public static let exhibitor = Self(rawValue: "exhibitor")
    /// Hosts an open day.
    public static let host = Self(rawValue: "host")
    /// Organises.
    public static let organiser = Self(rawValue: "organiser")
}
