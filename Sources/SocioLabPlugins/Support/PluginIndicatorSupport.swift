import SocioLabKit

extension ActivityPlugin {
    /// The held activities of this plugin's kind whose details decode, with their slots (the details come
    /// from the context, decoded once for all of the plugin's indicators).
    /// - Complexity: O(*a*) in activity slots.
    func heldActivities(in context: IndicatorContext) -> [(slot: Int, activity: Activity, details: Details)] {
        var found: [(slot: Int, activity: Activity, details: Details)] = []
        let activities = context.dataset.activities.slots
        for (slot, details) in context.details(of: self).enumerated() {
            guard let details, let activity = activities[slot] else { continue }
            found.append((slot, activity, details))
        }
        return found
    }

    /// One event per held activity of this kind, weighted by a figure from its details (0 when absent).
    func measureEvents(
        in context: IndicatorContext, into sink: inout QualifyingEventSink, weight: (Details) -> Int64?
    ) {
        for (slot, activity, details) in heldActivities(in: context) {
            let hundredths = weight(details) ?? 0
            sink.add(
                QualifyingEvent(
                    unit: slot, day: activity.startDate, weight: Quantity(hundredths: hundredths),
                    activity: slot))
        }
    }

    /// One event per distinct recorded organisation that the details of a held activity name, on its day.
    func organisationEvents(
        in context: IndicatorContext, into sink: inout QualifyingEventSink,
        organisations: (Details) -> [Organisation.ID]
    ) {
        let table = context.dataset.organisations
        for (slot, activity, details) in heldActivities(in: context) {
            for id in Set(organisations(details)) {
                guard let unit = table.slot(of: id) else { continue }
                sink.add(QualifyingEvent(unit: unit, day: activity.startDate, activity: slot))
            }
        }
    }
}

extension Int {
    /// A whole count as a measure weight, in hundredths.
    var asWeight: Int64 { Int64(self) * 100 }
}
