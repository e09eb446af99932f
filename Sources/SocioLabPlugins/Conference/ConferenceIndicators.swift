import SocioLabKit

/// `conference.headcount`: held conferences, with the sum of their anonymous headcounts as the measure.
public struct ConferenceHeadcountIndicator: Indicator {
    /// `conference.headcount`.
    public static let id = "conference.headcount"
    /// `conference.headcount`.
    public var id: String { Self.id }
    /// "Conference attendance".
    public var title: LocalizedText { .t("Udeležba na konferencah", "Conference attendance") }
    /// Conferences.
    public var unit: LocalizedText { .t("konference", "conferences") }
    /// Attendance (headcount).
    public var measure: LocalizedText? { .t("udeleženci (ocena števila)", "attendance (headcount)") }
    /// Persons.
    public var measureUnit: LocalizedText? { .t("osebe", "persons") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Izvedene konference na prvi dan; mera sešteje anonimno število udeležencev (headcount), ki ni "
                + "štetje oseb.",
            "Held conferences, on their first day; the measure sums the anonymous headcounts (headcount), "
                + "which are not counts of persons.")
    }
    /// The conference plugin.
    public let plugin: ConferencePlugin
    /// Creates the indicator.
    public init(plugin: ConferencePlugin = ConferencePlugin()) { self.plugin = plugin }

    /// One event per held conference, weighted by its headcount.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.measureEvents(in: context, into: &sink) { $0.headcount?.asWeight }
    }
}

extension ConferencePlugin {
    /// Conference attendance.
    public var indicators: [any Indicator] { [ConferenceHeadcountIndicator(plugin: self)] }
}
