/// Something the operation does: a training, a mentoring, a fair, a conference, a competition …
///
/// The ``kind-property`` names the plugin that understands the activity's ``details``. An activity whose
/// kind no registered plugin owns is kept exactly as it is and reported by a warning rule.
public struct Activity: Entity {
    /// The activity's identifier.
    public typealias ID = EntityID<Activity>
    /// The entity kind, `activity`.
    public static let kind = EntityKind.activity

    /// The identifier.
    public var id: ID
    /// The kind of activity, owned by a plugin.
    public var kind: ActivityKind
    /// Its title.
    public var title: String
    /// The operation's pillar (1 … 3) it belongs to.
    public var pillar: Int?
    /// The partners responsible for it.
    public var partners: [Partner.ID]
    /// The info point it is run from, if any.
    public var infoPoint: InfoPoint.ID?
    /// Where it takes place.
    public var municipality: Municipality.Code?
    /// The first day.
    public var startDate: Day
    /// The last day; `nil` means the same as ``startDate``.
    public var endDate: Day?
    /// Planned, held or cancelled. Only held activities count.
    public var status: ActivityStatus
    /// The plugin's details, as stored. Use the plugin to read them as a typed value.
    public var details: JSONValue

    /// Creates an activity.
    public init(
        id: ID, kind: ActivityKind, title: String, pillar: Int? = nil, partners: [Partner.ID] = [],
        infoPoint: InfoPoint.ID? = nil, municipality: Municipality.Code? = nil, startDate: Day,
        endDate: Day? = nil, status: ActivityStatus = .held, details: JSONValue = .emptyObject
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.pillar = pillar
        self.partners = partners
        self.infoPoint = infoPoint
        self.municipality = municipality
        self.startDate = startDate
        self.endDate = endDate
        self.status = status
        self.details = details
    }

    /// The last day, which is ``startDate`` for a one-day activity.
    public var lastDay: Day { endDate ?? startDate }
    /// The info point, if any.
    public var references: [EntityReference] {
        infoPoint.map { [EntityReference(.infoPoint, $0.rawValue)] } ?? []
    }
    /// The activity wrapped for a change set.
    public var record: EntityRecord { .activity(self) }

    private enum CodingKeys: String, CodingKey {
        case id, kind, title, pillar, partners, municipality, status, details
        case infoPoint = "info_point"
        case startDate = "start_date"
        case endDate = "end_date"
    }

    /// Decodes an activity; missing `partners` means none, missing `details` an empty object (`null`
    /// details stay `null`).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        kind = try c.decode(ActivityKind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        pillar = try c.decodeIfPresent(Int.self, forKey: .pillar)
        partners = try c.decodeIfPresent([Partner.ID].self, forKey: .partners) ?? []
        infoPoint = try c.decodeIfPresent(InfoPoint.ID.self, forKey: .infoPoint)
        municipality = try c.decodeIfPresent(Municipality.Code.self, forKey: .municipality)
        startDate = try c.decode(Day.self, forKey: .startDate)
        endDate = try c.decodeIfPresent(Day.self, forKey: .endDate)
        status = try c.decode(ActivityStatus.self, forKey: .status)
        // A stored `null` stays `null` (the `Codable` form writes it so); only a missing member is `{}`.
        details =
            !c.contains(.details)
            ? .emptyObject
            : try c.decodeNil(forKey: .details) ? .null : c.decode(JSONValue.self, forKey: .details)
    }
}

/// The kind of an activity, owned by the plugin registered for it (`"training"`, `"fair"` …).
///
/// SocioLabKit defines no kinds; plugins do, as static members in their own module.
public struct ActivityKind: StringCode, ExpressibleByStringLiteral {
    /// The kind's code.
    public var rawValue: String
    /// Creates a kind.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a kind from a literal.
    public init(stringLiteral value: String) { rawValue = value }
}

/// Whether an activity is planned, took place, or was called off. Only held activities count.
public enum ActivityStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Not yet held.
    case planned
    /// Took place.
    case held
    /// Called off.
    case cancelled
}
