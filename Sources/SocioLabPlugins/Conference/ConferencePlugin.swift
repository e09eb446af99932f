import SocioLabKit

/// The conference plugin: an expert conference, international when it brings together at least two
/// countries, one of them not Slovenia.
///
/// A held conference qualifies as ``SocioLabKit/Qualification/internationalConference`` (OUT-13) when its
/// valid `countries` include at least two distinct codes, one not `SI`, and `international` is not `false`.
/// The headcount is anonymous and never counts as a person. Stored details (all optional):
///
/// | field | type | meaning |
/// |---|---|---|
/// | `international` | true/false | declared international |
/// | `countries` | ISO 3166-1 alpha-2 codes | countries represented, such as `["SI", "AT"]` |
/// | `sessions` | whole number | sessions held |
/// | `speakers` | whole number | speakers who spoke |
/// | `headcount` | whole number | anonymous attendance headcount |
///
/// Rules: `conference.countries`, `conference.international`, `conference.international-flag`,
/// `conference.counts`.
public struct ConferencePlugin: ActivityPlugin {
    /// A conference's details.
    public struct Details: Codable, Hashable, Sendable {
        /// Whether it is declared international.
        public var international: Bool?
        /// The countries represented, as ISO 3166-1 alpha-2 codes (validated by `conference.countries`).
        public var countries: [String]?
        /// Sessions held.
        public var sessions: Int?
        /// Speakers.
        public var speakers: Int?
        /// The anonymous attendance headcount.
        public var headcount: Int?

        /// Creates conference details.
        public init(
            international: Bool? = nil, countries: [String]? = nil, sessions: Int? = nil,
            speakers: Int? = nil,
            headcount: Int? = nil
        ) {
            self.international = international
            self.countries = countries
            self.sessions = sessions
            self.speakers = speakers
            self.headcount = headcount
        }

        /// The valid country codes among ``countries``, each once, sorted.
        public var validCountries: [CountryCode] {
            Set((countries ?? []).compactMap(CountryCode.init(rawValue:))).sorted()
        }

        /// Whether the valid countries make it international: two or more, one not Slovenia.
        public var countriesAreInternational: Bool {
            let valid = validCountries
            return valid.count >= 2 && valid.contains { $0 != .slovenia }
        }
    }

    /// Creates the plugin.
    public init() {}

    /// `conference`.
    public var kind: ActivityKind { .conference }
    /// "Strokovna konferenca" / "Expert conference".
    public var displayName: LocalizedText {
        LocalizedText(sl: "Strokovna konferenca", en: "Expert conference")
    }

    /// The detail fields `activities.csv` carries as columns.
    public var detailFields: [Activity.DetailField] {
        [
            .init(
                "international", .yesNo,
                LocalizedText(sl: "ali je razglašena za mednarodno", en: "declared international")),
            .init(
                "countries", .texts,
                LocalizedText(
                    sl: "zastopane države, kode ISO 3166-1 alpha-2, npr. SI; AT",
                    en: "countries represented, ISO 3166-1 alpha-2 codes such as SI; AT")),
            .init(
                "sessions", .wholeNumber, LocalizedText(sl: "število izvedenih sklopov", en: "sessions held")),
            .init("speakers", .wholeNumber, LocalizedText(sl: "število govorcev", en: "speakers who spoke")),
            .init(
                "headcount", .wholeNumber,
                LocalizedText(sl: "anonimno število udeležencev", en: "anonymous attendance headcount")),
        ]
    }

    /// The conference rules.
    public var validationRules: [any ValidationRule] {
        [
            ConferenceCountriesRule(plugin: self), ConferenceInternationalRule(plugin: self),
            ConferenceInternationalFlagRule(plugin: self), ConferenceCountsRule(plugin: self),
        ]
    }

    /// ``Qualification/internationalConference`` when the details decode, the countries make it
    /// international and it is not declared otherwise.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }

    /// ``Qualification/internationalConference`` when the countries make it international and it is not
    /// declared otherwise.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        details.international != false && details.countriesAreInternational ? [.internationalConference] : []
    }
}
