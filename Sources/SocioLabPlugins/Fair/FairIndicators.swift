import SocioLabKit

/// `fair.visitors`: held fairs, with the sum of their anonymous visitor headcounts as the measure.
///
/// A headcount is not persons: it is never counted in a person-based indicator and has no person
/// breakdowns.
public struct FairVisitorsIndicator: Indicator {
    /// `fair.visitors`.
    public static let id = "fair.visitors"
    /// `fair.visitors`.
    public var id: String { Self.id }
    /// "Fair visitors".
    public var title: LocalizedText { .t("Obiskovalci sejmov", "Fair visitors") }
    /// Fairs.
    public var unit: LocalizedText { .t("sejmi", "fairs") }
    /// Visitors (headcount).
    public var measure: LocalizedText? { .t("obiskovalci (ocena števila)", "visitors (headcount)") }
    /// Persons.
    public var measureUnit: LocalizedText? { .t("osebe", "persons") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Izvedeni sejmi na prvi dan; mera sešteje anonimno število obiskovalcev (visitors), ki ni štetje oseb.",
            "Held fairs, on their first day; the measure sums the anonymous visitor headcounts (visitors), "
                + "which are not counts of persons.")
    }
    /// The fair plugin.
    public let plugin: FairPlugin
    /// Creates the indicator.
    public init(plugin: FairPlugin = FairPlugin()) { self.plugin = plugin }

    /// One event per held fair, weighted by its headcount.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.measureEvents(in: context, into: &sink) { $0.visitors?.asWeight }
    }
}

/// `fair.exhibitors`: distinct organisations that exhibited at held fairs.
public struct FairExhibitorsIndicator: Indicator {
    /// `fair.exhibitors`.
    public static let id = "fair.exhibitors"
    /// `fair.exhibitors`.
    public var id: String { Self.id }
    /// "Fair exhibitors".
    public var title: LocalizedText { .t("Razstavljavci na sejmih", "Fair exhibitors") }
    /// Organisations.
    public var unit: LocalizedText { .t("organizacije", "organisations") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Različne organizacije, ki so razstavljale (exhibitors) na izvedenem sejmu; vsaka šteje enkrat.",
            "Distinct organisations that exhibited (exhibitors) at a held fair; each counts once.")
    }
    /// The fair plugin.
    public let plugin: FairPlugin
    /// Creates the indicator.
    public init(plugin: FairPlugin = FairPlugin()) { self.plugin = plugin }

    /// One event per exhibitor of a held fair.
    /// - Complexity: O(*a* + *e*) in activities and exhibitors named.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.organisationEvents(in: context, into: &sink) { $0.exhibitors ?? [] }
    }
}

extension FairPlugin {
    /// Fair visitors and fair exhibitors.
    public var indicators: [any Indicator] {
        [FairVisitorsIndicator(plugin: self), FairExhibitorsIndicator(plugin: self)]
    }
}
