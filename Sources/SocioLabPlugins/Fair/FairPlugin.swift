import SocioLabKit

/// The fair plugin: a presentation fair, with open days hosted by organisations, exhibitors and an
/// anonymous visitor headcount.
///
/// A held fair with at least one open-day host qualifies as ``SocioLabKit/Qualification/fairWithOpenDays``
/// (OUT-12). The visitor headcount is anonymous: it lives beside the named participations and never counts as
/// a person. Stored details (all optional):
///
/// | field | type | meaning |
/// |---|---|---|
/// | `open_day_hosts` | organisation ids | organisations that opened their doors |
/// | `exhibitors` | organisation ids | organisations that exhibited |
/// | `visitors` | whole number | anonymous visitor headcount, 0 or more |
///
/// Rules: `fair.organisations`, `fair.visitors`.
public struct FairPlugin: ActivityPlugin {
    /// A fair's details.
    public struct Details: Codable, Hashable, Sendable {
        /// Organisations that hosted open days.
        public var openDayHosts: [Organisation.ID]?
        /// Organisations that exhibited.
        public var exhibitors: [Organisation.ID]?
        /// The anonymous visitor headcount.
        public var visitors: Int?

        /// Creates fair details.
        public init(
            openDayHosts: [Organisation.ID]? = nil, exhibitors: [Organisation.ID]? = nil, visitors: Int? = nil
        ) {
            self.openDayHosts = openDayHosts
            self.exhibitors = exhibitors
            self.visitors = visitors
        }

        private enum CodingKeys: String, CodingKey {
            case exhibitors, visitors
            case openDayHosts = "open_day_hosts"
        }
    }

    /// Creates the plugin.
    public init() {}

    /// `fair`.
    public var kind: ActivityKind { .fair }
    /// "Predstavitveni sejem" / "Presentation fair".
    public var displayName: LocalizedText {
        LocalizedText(sl: "Predstavitveni sejem", en: "Presentation fair")
    }

    /// The detail fields `activities.csv` carries as columns.
    public var detailFields: [Activity.DetailField] {
        [
            .init(
                "open_day_hosts", .references,
                LocalizedText(
                    sl: "organizacije, ki so odprle vrata", en: "organisations that opened their doors")),
            .init(
                "exhibitors", .references,
                LocalizedText(sl: "organizacije, ki so razstavljale", en: "organisations that exhibited")),
            .init(
                "visitors", .wholeNumber,
                LocalizedText(
                    sl: "anonimno število obiskovalcev, 0 ali več",
                    en: "anonymous visitor headcount, 0 or more")),
        ]
    }

    /// The fair rules.
    public var validationRules: [any ValidationRule] {
        [FairOrganisationsRule(plugin: self), FairVisitorsRule(plugin: self)]
    }

    /// ``Qualification/fairWithOpenDays`` when the details decode and name at least one open-day host.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }

    /// ``Qualification/fairWithOpenDays`` when the details name at least one open-day host.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        (details.openDayHosts ?? []).isEmpty ? [] : [.fairWithOpenDays]
    }
}
