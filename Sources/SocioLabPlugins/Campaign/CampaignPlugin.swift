import SocioLabKit

/// The campaign plugin: a promotional campaign over a period, through channels, with an estimated reach.
///
/// A held campaign qualifies as ``SocioLabKit/Qualification/campaign`` (OUT-11). Its period is the activity's
/// `start_date` … `end_date`. The reach is an anonymous estimate and never counts as persons. Stored
/// details (all optional):
///
/// | field | type | meaning |
/// |---|---|---|
/// | `channels` | strings | channels used, such as `radio`, `facebook` |
/// | `reach` | whole number | estimated people reached, 0 or more |
///
/// Rules: `campaign.reach`.
public struct CampaignPlugin: ActivityPlugin {
    /// A campaign's details.
    public struct Details: Codable, Hashable, Sendable {
        /// The channels used.
        public var channels: [String]?
        /// The estimated reach.
        public var reach: Int?

        /// Creates campaign details.
        public init(channels: [String]? = nil, reach: Int? = nil) {
            self.channels = channels
            self.reach = reach
        }
    }

    /// Creates the plugin.
    public init() {}

    /// `campaign`.
    public var kind: ActivityKind { .campaign }
    /// "Promocijska kampanja" / "Promotional campaign".
    public var displayName: LocalizedText {
        LocalizedText(sl: "Promocijska kampanja", en: "Promotional campaign")
    }

    /// The detail fields `activities.csv` carries as columns.
    public var detailFields: [Activity.DetailField] {
        [
            .init(
                "channels", .texts,
                LocalizedText(
                    sl: "uporabljeni kanali, npr. radio; facebook",
                    en: "channels used, such as radio; facebook")),
            .init(
                "reach", .wholeNumber,
                LocalizedText(
                    sl: "ocenjen doseg (število ljudi), 0 ali več", en: "estimated people reached, 0 or more")
            ),
        ]
    }

    /// The campaign rules.
    public var validationRules: [any ValidationRule] { [CampaignReachRule(plugin: self)] }

    /// ``Qualification/campaign`` when the details decode.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }

    /// ``Qualification/campaign``.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        [.campaign]
    }
}
