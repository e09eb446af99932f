import SocioLabKit

/// `competition.entries`: distinct organisations that entered a held award competition.
public struct CompetitionEntriesIndicator: Indicator {
    /// `competition.entries`.
    public static let id = "competition.entries"
    /// `competition.entries`.
    public var id: String { Self.id }
    /// "Competition entrants".
    public var title: LocalizedText { .t("Prijavitelji na natečaje", "Competition entrants") }
    /// Organisations.
    public var unit: LocalizedText { .t("organizacije", "organisations") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Različne organizacije, prijavljene (entries) na izvedeni natečaj; vsaka šteje enkrat, ob prvi prijavi.",
            "Distinct organisations entered (entries) in a held competition; each counts once, at its first entry."
        )
    }
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the indicator.
    public init(plugin: CompetitionPlugin = CompetitionPlugin()) { self.plugin = plugin }

    /// One event per entry of a held competition.
    /// - Complexity: O(*a* + *e*) in activities and entries named.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.organisationEvents(in: context, into: &sink) { $0.entries ?? [] }
    }
}

extension CompetitionPlugin {
    /// Competition entrants.
    public var indicators: [any Indicator] { [CompetitionEntriesIndicator(plugin: self)] }
}
