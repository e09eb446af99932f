/// Collects an indicator's events and keeps, for every unit, its first event that counts.
///
/// An event counts when it falls inside the operation's period, on or before the report day, and passes
/// the scope's filters; an event of an activity that is not held never counts. Of a unit's counting
/// events the earliest is kept (ties on the same day go to the activity whose identifier sorts first), and
/// the unit is also marked active when any counting event falls inside the scope's period.
public struct QualifyingEventSink {
    let context: IndicatorContext
    let window: DateRange?
    let scopeRange: DateRange
    let activityPasses: [Bool]
    let filtered: Bool
    let activityOnlyFilter: Bool
    let partnerFilter: Set<Partner.ID>
    let infoPointFilter: Set<Int>
    let municipalityFilter: Set<Municipality.Code>

    var firstKey: [Int64] = []
    var firstActivity: [Int32] = []
    var firstPerson: [Int32] = []
    /// Per unit, for a first event without an activity: its partner, info point and municipality. Empty
    /// until such an event arrives (most indicators have none).
    var firstPartner: [Int32] = []
    var firstInfoPoint: [Int32] = []
    var firstMunicipality: [Int32] = []
    var firstWeight: [Int64] = []
    var active: [Bool] = []

    /// Creates a sink for a scope.
    /// - Parameters:
    ///   - context: The prepared dataset.
    ///   - scope: The period and filters.
    public init(context: IndicatorContext, scope: Scope) {
        self.context = context
        let operation = context.dataset.operation.period
        let end = min(operation.end, context.asOf)
        window = operation.start <= end ? DateRange(operation.start, end) : nil
        scopeRange = scope.range(in: context.dataset.operation)
        filtered = scope.isFiltered
        activityOnlyFilter = !scope.pillars.isEmpty || !scope.activityKinds.isEmpty
        partnerFilter = scope.partners
        infoPointFilter = Set(scope.infoPoints.compactMap { context.dataset.infoPoints.slot(of: $0) })
        municipalityFilter = scope.municipalities
        let partnerSlots = Set(scope.partners.compactMap { context.partnerIndex(of: $0) }.map(Int32.init))
        let infoPoints = Set(infoPointFilter.map(Int32.init))
        let municipalities = Set(scope.municipalities.map { Int32($0.number) })
        let pillars = Set(scope.pillars.map(Int32.init))
        let kinds = Set(
            scope.activityKinds.compactMap { context.activityKinds.firstIndex(of: $0) }.map(Int32.init))
        activityPasses = context.activityHeld.indices.map { a in
            guard context.activityHeld[a] else { return false }
            if !scope.partners.isEmpty, !context.activityPartners[a].contains(where: partnerSlots.contains) {
                return false
            }
            if !scope.infoPoints.isEmpty, !infoPoints.contains(context.activityInfoPoint[a]) { return false }
            if !scope.municipalities.isEmpty, !municipalities.contains(context.activityMunicipality[a]) {
                return false
            }
            if !scope.pillars.isEmpty, !pillars.contains(context.activityPillar[a]) { return false }
            if !scope.activityKinds.isEmpty, !kinds.contains(context.activityKind[a]) { return false }
            return true
        }
    }

    /// Adds an event.
    /// - Parameter event: The event; ignored when it does not count (see the type's description).
    /// - Complexity: O(1) amortised.
    public mutating func add(_ event: QualifyingEvent) {
        if event.activity >= 0 {
            add(
                unit: event.unit, day: event.day, activity: event.activity, person: event.person,
                weight: event.weight)
            return
        }
        guard let window, window.contains(event.day), event.unit >= 0 else { return }
        if filtered {
            if activityOnlyFilter { return }
            if !partnerFilter.isEmpty, !(event.partner.map(partnerFilter.contains) ?? false) { return }
            if !infoPointFilter.isEmpty, !infoPointFilter.contains(event.infoPoint) { return }
            if !municipalityFilter.isEmpty, !(event.municipality.map(municipalityFilter.contains) ?? false) {
                return
            }
        }
        let unit = event.unit
        if unit >= firstKey.count { grow(to: unit + 1) }
        if firstPartner.isEmpty {
            // The first event without an activity: its columns are made now, for every unit.
            firstPartner = [Int32](repeating: -1, count: firstKey.count)
            firstInfoPoint = firstPartner
            firstMunicipality = firstPartner
        }
        let key = Int64(event.day.daysSinceEpoch) << 32 | Int64(Int32.max)
        if key < firstKey[unit] {
            firstKey[unit] = key
            firstActivity[unit] = -1
            firstPerson[unit] = Int32(event.person)
            firstPartner[unit] = event.partner.flatMap { context.partnerIndex(of: $0) }.map(Int32.init) ?? -1
            firstInfoPoint[unit] = Int32(event.infoPoint)
            firstMunicipality[unit] = event.municipality.map { Int32($0.number) } ?? -1
            firstWeight[unit] = event.weight.hundredths
        }
        if scopeRange.contains(event.day) { active[unit] = true }
    }

    /// Adds the event of an activity on its first day: what ``add(_:)`` does for
    /// `QualifyingEvent(unit:day:weight:activity:person:)` with the activity's start day, without
    /// building the event. The path for indicators that add one event per attendance.
    /// - Parameters:
    ///   - unit: The unit's dense key.
    ///   - activity: The activity slot.
    ///   - person: The person slot, or -1.
    ///   - weight: Its contribution to the measure (1 by default).
    /// - Complexity: O(1) amortised.
    public mutating func add(unit: Int, activity: Int, person: Int = -1, weight: Quantity = 1) {
        guard activity >= 0, activity < context.activityStart.count else { return }
        add(
            unit: unit, day: context.activityStart[activity], activity: activity, person: person,
            weight: weight)
    }

    private mutating func add(unit: Int, day: Day, activity: Int, person: Int, weight: Quantity) {
        guard let window, window.contains(day), unit >= 0, activity < activityPasses.count,
            activityPasses[activity]
        else { return }
        if unit >= firstKey.count { grow(to: unit + 1) }
        let key = Int64(day.daysSinceEpoch) << 32 | Int64(context.activityRank[activity])
        if key < firstKey[unit] {
            firstKey[unit] = key
            firstActivity[unit] = Int32(activity)
            firstPerson[unit] = Int32(person)
            // What an event without an activity kept is no longer this unit's.
            if !firstPartner.isEmpty {
                firstPartner[unit] = -1
                firstInfoPoint[unit] = -1
                firstMunicipality[unit] = -1
            }
            firstWeight[unit] = weight.hundredths
        }
        if scopeRange.contains(day) { active[unit] = true }
    }

    /// Makes room for units up to `count`.
    public mutating func reserve(units count: Int) { if count > firstKey.count { grow(to: count) } }

    /// Grows the columns; the partner, info point and municipality columns only once an event without
    /// an activity has needed them.
    private mutating func grow(to count: Int) {
        let n = max(count, firstKey.count * 2, 1024) - firstKey.count
        firstKey += repeatElement(.max, count: n)
        firstActivity += repeatElement(-1, count: n)
        firstPerson += repeatElement(-1, count: n)
        if !firstPartner.isEmpty {
            firstPartner += repeatElement(-1, count: n)
            firstInfoPoint += repeatElement(-1, count: n)
            firstMunicipality += repeatElement(-1, count: n)
        }
        firstWeight += repeatElement(0, count: n)
        active += repeatElement(false, count: n)
    }
}
