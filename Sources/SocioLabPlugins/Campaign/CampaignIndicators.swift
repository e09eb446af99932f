import SocioLabKit

/// `campaign.reach`: held campaigns, with the sum of their estimated reach as the measure.
public struct CampaignReachIndicator: Indicator {
    /// `campaign.reach`.
    public static let id = "campaign.reach"
    /// `campaign.reach`.
    public var id: String { Self.id }
    /// "Campaign reach".
    public var title: LocalizedText { .t("Doseg kampanj", "Campaign reach") }
    /// Campaigns.
    public var unit: LocalizedText { .t("kampanje", "campaigns") }
    /// Reach (estimate).
    public var measure: LocalizedText? { .t("doseg (ocena)", "reach (estimate)") }
    /// Persons reached.
    public var measureUnit: LocalizedText? { .t("osebe", "persons") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Izvedene kampanje na prvi dan; mera sešteje ocenjeni doseg (reach), ki ni štetje oseb.",
            "Held campaigns, on their first day; the measure sums the estimated reach (reach), which is not "
                + "a count of persons.")
    }
    /// The campaign plugin.
    public let plugin: CampaignPlugin
    /// Creates the indicator.
    public init(plugin: CampaignPlugin = CampaignPlugin()) { self.plugin = plugin }

    /// One event per held campaign, weighted by its reach.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.measureEvents(in: context, into: &sink) { $0.reach?.asWeight }
    }
}

extension CampaignPlugin {
    /// Campaign reach.
    public var indicators: [any Indicator] { [CampaignReachIndicator(plugin: self)] }
}
