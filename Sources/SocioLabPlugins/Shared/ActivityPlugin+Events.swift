import SocioLabKit

extension ActivityPlugin {
    /// The held activities of this plugin's kind whose details decode: their slots and details (decoded
    /// once, when the context was built).
    /// - Complexity: O(*a*) in activity slots.
    func heldDetails(in context: IndicatorContext) -> [(slot: Int, details: Details)] {
        var found: [(slot: Int, details: Details)] = []
        for (slot, details) in context.details(of: self).enumerated() {
            guard let details else { continue }
            found.append((slot, details))
        }
        return found
    }

    /// One event per held activity of this kind, weighted by a figure from its details (0 when absent).
    func measureEvents(
        in context: IndicatorContext, into sink: inout QualifyingEventSink, weight: (Details) -> Int64?
    ) {
        for (slot, details) in heldDetails(in: context) {
            let hundredths = weight(details) ?? 0
            sink.add(unit: slot, activity: slot, weight: Quantity(hundredths: hundredths))
        }
    }

    /// One event per distinct recorded organisation that the details of a held activity name, on its day.
    ///
    /// An organisation entered twice (one registration or tax number) counts once, as the one that stands
    /// for it (``IndicatorContext/organisationRepresentative``).
    func organisationEvents(
        in context: IndicatorContext, into sink: inout QualifyingEventSink,
        organisations: (Details) -> [Organisation.ID]
    ) {
        let table = context.dataset.organisations
        let representative = context.organisationRepresentative
        for (slot, details) in heldDetails(in: context) {
            for id in Set(organisations(details)) {
                guard let recorded = table.slot(of: id) else { continue }
                sink.add(unit: Int(representative[recorded]), activity: slot)
            }
        }
    }
}

extension Int {
    /// A whole count as a measure weight, in hundredths.
    ///
    /// A count beyond ``maximumDetailsCount`` either way (which the plugins' count rules report) weighs as
    /// that bound, so that neither this product nor a sum of weights can overflow.
    var asWeight: Int64 {
        Int64(Swift.min(Swift.max(self, -maximumDetailsCount), maximumDetailsCount)) * 100
    }
}

/// The largest count (visitors, reach, headcount …) a plugin's details may hold: 999 999 999, the whole
/// part of ``SocioLabKit/Quantity/validRange``.
let maximumDetailsCount = 999_999_999
