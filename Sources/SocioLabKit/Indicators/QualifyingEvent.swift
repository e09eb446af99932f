/// One event that makes a unit count for an indicator: a person attending a training, an info point
/// opening, a job starting.
///
/// An indicator yields its events; the engine keeps, for every unit, its first qualifying event that passes
/// the scope's filters, and counts the unit in the period of that event. The event carries what the
/// breakdowns need: its activity (partner, info point, municipality, pillar, kind) and its person (gender,
/// age group, employment status, target groups at entry). An event without an activity names its partner,
/// info point and municipality itself.
public struct QualifyingEvent: Hashable, Sendable {
    /// The unit that qualifies, as a dense key `0 ..< n` (a person slot, an organisation slot, a job slot …).
    public var unit: Int
    /// The day it qualifies on.
    public var day: Day
    /// What the unit adds to the indicator's measure (FTE for a job); 1 by default.
    public var weight: Quantity
    /// The activity slot, or -1 for an event that is not an activity's.
    public var activity: Int
    /// The person slot, or -1.
    public var person: Int
    /// The partner, for an event with no activity.
    public var partner: Partner.ID?
    /// The info point slot, for an event with no activity; -1 for none.
    public var infoPoint: Int
    /// The municipality, for an event with no activity.
    public var municipality: Municipality.Code?

    /// Creates an event.
    /// - Parameters:
    ///   - unit: The unit's dense key.
    ///   - day: The day it qualifies on.
    ///   - weight: Its contribution to the measure (1 by default).
    ///   - activity: The activity slot, if the event is an activity's.
    ///   - person: The person slot, if a person is involved.
    ///   - partner: The partner, for an event with no activity.
    ///   - infoPoint: The info point slot, for an event with no activity.
    ///   - municipality: The municipality, for an event with no activity.
    @inlinable
    public init(
        unit: Int, day: Day, weight: Quantity = 1, activity: Int = -1, person: Int = -1,
        partner: Partner.ID? = nil, infoPoint: Int = -1, municipality: Municipality.Code? = nil
    ) {
        self.unit = unit
        self.day = day
        self.weight = weight
        self.activity = activity
        self.person = person
        self.partner = partner
        self.infoPoint = infoPoint
        self.municipality = municipality
    }
}
