/// A participant's pseudonymous statistical record: what ESF indicators are computed from.
///
/// It holds no name, contact or EMŠO: those live in ``PersonalDetails`` under the same identifier, kept
/// apart so they can be erased without touching the statistics. Every characteristic is taken *at entry*
/// (``entryDate``, or else the first attended participation) and may be unknown (`nil`): an incomplete
/// record counts only in the grand total of participants.
public struct Person: Entity {
    /// The person's identifier.
    public typealias ID = EntityID<Person>
    /// The entity kind, `person`.
    public static let kind = EntityKind.person

    /// The identifier.
    public var id: ID
    /// Gender at entry.
    public var gender: Gender?
    /// Date of birth.
    public var birthDate: Day?
    /// Labour-market status at entry.
    public var employmentStatus: EmploymentStatus?
    /// Highest education completed at entry, as an ISCED 2011 level 0 … 8.
    public var isced: Int?
    /// Migrant, foreign background or minority (sensitive; may be refused).
    public var migrantOrMinority: SensitiveAnswer?
    /// Disability (sensitive; may be refused).
    public var disability: SensitiveAnswer?
    /// Other disadvantage (sensitive; may be refused).
    public var otherDisadvantaged: SensitiveAnswer?
    /// Homeless or affected by housing exclusion.
    public var homeless: Bool?
    /// Living in a rural area.
    public var rural: Bool?
    /// The operation's target groups the person belongs to.
    public var targetGroups: [TargetGroup.ID]
    /// Municipality of residence.
    public var municipality: Municipality.Code?
    /// The organisation the person is a member or employee of, if any.
    public var organisation: Organisation.ID?
    /// The day the person entered the operation; when `nil`, their first attended participation.
    public var entryDate: Day?
    /// Consent to the processing of their data.
    public var consent: Consent
    /// The day the person's personal details were erased, if they were. Details recorded again need
    /// consent given after this day (rule `core.erased-details`).
    public var detailsErasedOn: Day?
    /// The partner who enrolled the person, if it was recorded: a partner workspace sees the personal
    /// details of the persons it enrolled and may change them (see `Documentation/Partners.md`). A
    /// workspace acting as a partner sets it on the persons it writes without one.
    public var enrolledBy: Partner.ID?

    /// Creates a person record; every characteristic is optional.
    public init(
        id: ID, gender: Gender? = nil, birthDate: Day? = nil, employmentStatus: EmploymentStatus? = nil,
        isced: Int? = nil, migrantOrMinority: SensitiveAnswer? = nil, disability: SensitiveAnswer? = nil,
        otherDisadvantaged: SensitiveAnswer? = nil, homeless: Bool? = nil, rural: Bool? = nil,
        targetGroups: [TargetGroup.ID] = [], municipality: Municipality.Code? = nil,
        organisation: Organisation.ID? = nil, entryDate: Day? = nil, consent: Consent = Consent(),
        detailsErasedOn: Day? = nil, enrolledBy: Partner.ID? = nil
    ) {
        self.id = id
        self.gender = gender
        self.birthDate = birthDate
        self.employmentStatus = employmentStatus
        self.isced = isced
        self.migrantOrMinority = migrantOrMinority
        self.disability = disability
        self.otherDisadvantaged = otherDisadvantaged
        self.homeless = homeless
        self.rural = rural
        self.targetGroups = targetGroups
        self.municipality = municipality
        self.organisation = organisation
        self.entryDate = entryDate
        self.consent = consent
        self.detailsErasedOn = detailsErasedOn
        self.enrolledBy = enrolledBy
    }

    /// The organisation the person belongs to, if any.
    public var references: [EntityReference] {
        organisation.map { [EntityReference(.organisation, $0.rawValue)] } ?? []
    }

    /// The person wrapped for a change set.
    public var record: EntityRecord { .person(self) }

    /// Decodes a person from its stored JSON form, as its `schema` declares it; a missing `target_groups`
    /// means none, a missing `consent` means none given.
    public init(from decoder: any Decoder) throws {
        self = try Self.schema.decode(from: decoder) { Person(id: $0) }
    }

    /// Encodes the person's stored JSON form, as its `schema` declares it; absent values are left out.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}

/// Gender as recorded at entry. ESF+ reports women, men and non-binary persons.
public enum Gender: String, Hashable, Sendable, Codable, CaseIterable {
    /// Female.
    case female
    /// Male.
    case male
    /// Non-binary.
    case nonBinary = "non_binary"
    /// The person did not say.
    case undisclosed
}

/// Labour-market status at entry; exactly one applies to a participant.
public enum EmploymentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Employed.
    case employed
    /// Self-employed.
    case selfEmployed = "self_employed"
    /// Unemployed (less than 12 months, or 6 below age 25).
    case unemployed
    /// Long-term unemployed.
    case longTermUnemployed = "long_term_unemployed"
    /// Inactive, not in education or training.
    case inactive
    /// Inactive, in education or training.
    case inactiveInEducation = "inactive_in_education"
}

/// An answer to a sensitive question, which a person may refuse to give.
public enum SensitiveAnswer: String, Hashable, Sendable, Codable, CaseIterable {
    /// Yes.
    case yes
    /// No.
    case no
    /// The person chose not to answer.
    case refused
}

/// A person's consent to the processing of their data.
public struct Consent: Hashable, Sendable, Codable {
    /// The day consent was given, or `nil` if it never was.
    public var givenOn: Day?
    /// The day consent was withdrawn, if it was.
    public var withdrawnOn: Day?

    /// Creates a consent record.
    public init(givenOn: Day? = nil, withdrawnOn: Day? = nil) {
        self.givenOn = givenOn
        self.withdrawnOn = withdrawnOn
    }

    /// Whether consent covers processing on `day`: given on or before it and not withdrawn by then.
    public func covers(_ day: Day) -> Bool {
        guard let givenOn, givenOn <= day else { return false }
        if let withdrawnOn, withdrawnOn <= day { return false }
        return true
    }

    private enum CodingKeys: String, CodingKey {
        case givenOn = "given_on"
        case withdrawnOn = "withdrawn_on"
    }
}
