/// An area information point for the social economy, hosted by a partner.
public struct InfoPoint: Entity {
    /// The info point's identifier.
    public typealias ID = EntityID<InfoPoint>
    /// The entity kind, `info_point`.
    public static let kind = EntityKind.infoPoint

    /// The identifier.
    public var id: ID
    /// Its name, such as "Informacijska točka Ptuj".
    public var name: String
    /// Where it is.
    public var municipality: Municipality.Code?
    /// The partner that runs it.
    public var hostPartner: Partner.ID
    /// The day it opened (established), if it has.
    public var openedOn: Day?
    /// The day it closed, if it has. Closing does not undo its establishment.
    public var closedOn: Day?

    /// Creates an info point.
    public init(
        id: ID, name: String, municipality: Municipality.Code? = nil, hostPartner: Partner.ID,
        openedOn: Day? = nil, closedOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.municipality = municipality
        self.hostPartner = hostPartner
        self.openedOn = openedOn
        self.closedOn = closedOn
    }

    /// None among entities (its partner belongs to the operation).
    public var references: [EntityReference] { [] }
    /// The info point wrapped for a change set.
    public var record: EntityRecord { .infoPoint(self) }

    private enum CodingKeys: String, CodingKey {
        case id, name, municipality
        case hostPartner = "host_partner"
        case openedOn = "opened_on"
        case closedOn = "closed_on"
    }
}
