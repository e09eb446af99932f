/// What a report or an indicator value covers: a reporting period and optional filters.
///
/// The period is a year, a quarter, a month or any range of days; `nil` means the whole operation (its
/// eligibility period). Each filter that is not empty keeps only the qualifying events that carry one of
/// its values: an event that carries no value for a filtered dimension (a job has no partner) does not
/// pass. Filters on activities (partner, info point, municipality, pillar, activity kind) are read from
/// the activity of the event.
///
/// ```swift
/// let scope = Scope(period: .quarter(2019, 3), partners: ["prizma"])
/// ```
public struct Scope: Hashable, Sendable, Codable {
    /// The reporting period; `nil` for the whole operation.
    public var period: Period?
    /// Keep only events of these partners (an activity counts for each of its partners).
    public var partners: Set<Partner.ID>
    /// Keep only events at these info points.
    public var infoPoints: Set<InfoPoint.ID>
    /// Keep only events in these municipalities (where the activity took place).
    public var municipalities: Set<Municipality.Code>
    /// Keep only events in these pillars.
    public var pillars: Set<Int>
    /// Keep only events of activities of these kinds.
    public var activityKinds: Set<ActivityKind>

    /// Creates a scope; by default the whole operation with no filters.
    public init(
        period: Period? = nil, partners: Set<Partner.ID> = [], infoPoints: Set<InfoPoint.ID> = [],
        municipalities: Set<Municipality.Code> = [], pillars: Set<Int> = [],
        activityKinds: Set<ActivityKind> = []
    ) {
        self.period = period
        self.partners = partners
        self.infoPoints = infoPoints
        self.municipalities = municipalities
        self.pillars = pillars
        self.activityKinds = activityKinds
    }

    /// The whole operation, no filters.
    public static let wholeOperation = Scope()

    /// Whether any filter is set.
    public var isFiltered: Bool {
        !(partners.isEmpty && infoPoints.isEmpty && municipalities.isEmpty && pillars.isEmpty
            && activityKinds.isEmpty)
    }

    /// The days the scope covers for an operation: the period, or the operation's eligibility period.
    public func range(in operation: ESFOperation) -> DateRange { period?.range ?? operation.period }

    private enum CodingKeys: String, CodingKey {
        case period, partners, infoPoints, municipalities, pillars, activityKinds
    }

    /// Decodes a scope; missing filters mean none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        period = try c.decodeIfPresent(Period.self, forKey: .period)
        partners = try c.decodeIfPresent(Set<Partner.ID>.self, forKey: .partners) ?? []
        infoPoints = try c.decodeIfPresent(Set<InfoPoint.ID>.self, forKey: .infoPoints) ?? []
        municipalities = try c.decodeIfPresent(Set<Municipality.Code>.self, forKey: .municipalities) ?? []
        pillars = try c.decodeIfPresent(Set<Int>.self, forKey: .pillars) ?? []
        activityKinds = try c.decodeIfPresent(Set<ActivityKind>.self, forKey: .activityKinds) ?? []
    }

    /// Encodes the scope with sorted filter lists, so equal scopes encode to equal bytes.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(period, forKey: .period)
        try c.encode(partners.sorted(), forKey: .partners)
        try c.encode(infoPoints.sorted(), forKey: .infoPoints)
        try c.encode(municipalities.sorted(), forKey: .municipalities)
        try c.encode(pillars.sorted(), forKey: .pillars)
        try c.encode(activityKinds.sorted(), forKey: .activityKinds)
    }
}
