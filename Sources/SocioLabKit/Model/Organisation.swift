/// An organisation: a social enterprise, a cooperative, an initiative, a municipality, a company …
public struct Organisation: Entity {
    /// The organisation's identifier.
    public typealias ID = EntityID<Organisation>
    /// The entity kind, `organisation`.
    public static let kind = EntityKind.organisation

    /// The identifier.
    public var id: ID
    /// The registered name.
    public var name: String
    /// The legal form (an informal group is ``LegalForm/initiative``).
    public var legalForm: LegalForm
    /// Whether it holds the social-enterprise status (so.p.) under ZSocP.
    public var socialEnterprise: Bool
    /// Matična številka.
    public var registrationNumber: RegistrationNumber?
    /// Davčna številka.
    public var taxNumber: TaxNumber?
    /// The municipality of its seat.
    public var municipality: Municipality.Code?
    /// Its stage of development.
    public var stage: OrganisationStage?

    /// Creates an organisation.
    public init(
        id: ID, name: String, legalForm: LegalForm, socialEnterprise: Bool = false,
        registrationNumber: RegistrationNumber? = nil, taxNumber: TaxNumber? = nil,
        municipality: Municipality.Code? = nil, stage: OrganisationStage? = nil
    ) {
        self.id = id
        self.name = name
        self.legalForm = legalForm
        self.socialEnterprise = socialEnterprise
        self.registrationNumber = registrationNumber
        self.taxNumber = taxNumber
        self.municipality = municipality
        self.stage = stage
    }

    /// Whether it is of the social economy: a social enterprise, a cooperative or an initiative.
    public var isSocialEconomy: Bool { socialEnterprise || legalForm.isCooperative || legalForm.isInitiative }
    /// None.
    public var references: [EntityReference] { [] }
    /// The organisation wrapped for a change set.
    public var record: EntityRecord { .organisation(self) }

    private enum CodingKeys: String, CodingKey {
        case id, name, municipality, stage
        case legalForm = "legal_form"
        case socialEnterprise = "social_enterprise"
        case registrationNumber = "registration_number"
        case taxNumber = "tax_number"
    }
}

/// The development stage of an organisation of the social economy.
public enum OrganisationStage: String, Hashable, Sendable, Codable, CaseIterable {
    /// An idea or informal initiative.
    case idea
    /// Starting up (first years).
    case startup
    /// Growing.
    case growth
    /// Established.
    case mature
}
