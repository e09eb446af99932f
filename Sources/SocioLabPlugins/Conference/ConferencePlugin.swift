import SocioLabKit

/// The conference plugin: an expert conference, international when it brings together at least two
/// countries, one of them not Slovenia.
///
/// A held conference qualifies as ``Qualification/internationalConference`` (OUT-13) when its valid
/// `countries` include at least two distinct codes, one not `SI`, and `international` is not `false`.
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

    /// The conference rules.
    public var validationRules: [any ValidationRule] {
        [
            ConferenceCountriesRule(plugin: self), ConferenceInternationalRule(plugin: self),
            ConferenceInternationalFlagRule(plugin: self), ConferenceCountsRule(plugin: self),
        ]
    }

    /// ``Qualification/internationalConference`` when the countries make it international and it is not
    /// declared otherwise.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        guard let details = detailsIfValid(of: activity), details.international != false,
            details.countriesAreInternational
        else { return [] }
        return [.internationalConference]
    }
}

/// `conference.countries` (error): every country is an ISO 3166-1 alpha-2 code in capitals.
public struct ConferenceCountriesRule: ActivityDetailsRule {
    /// `conference.countries`.
    public let id: RuleID = "conference.countries"
    /// Error.
    public let severity = Severity.error
    /// The conference plugin.
    public let plugin: ConferencePlugin
    /// Creates the rule.
    public init(plugin: ConferencePlugin) { self.plugin = plugin }

    /// Reports each code that is not an assigned alpha-2 code.
    public func check(_ activity: Activity, details: ConferencePlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        (details.countries ?? []).enumerated().compactMap { index, code in
            guard CountryCode(rawValue: code) == nil else { return nil }
            return issue(
                activity.reference, field: "details.countries[\(index)]",
                .t(
                    "'\(code)' ni koda države po ISO 3166-1 alpha-2",
                    "'\(code)' is not an ISO 3166-1 alpha-2 country code"),
                fix: .t(
                    "Uporabite dve veliki črki, npr. SI, AT, HR.",
                    "Use two capital letters, such as SI, AT, HR."))
        }
    }
}

/// `conference.international` (error): a conference declared international represents at least two
/// countries, one of them not Slovenia.
public struct ConferenceInternationalRule: ActivityDetailsRule {
    /// `conference.international`.
    public let id: RuleID = "conference.international"
    /// Error.
    public let severity = Severity.error
    /// The conference plugin.
    public let plugin: ConferencePlugin
    /// Creates the rule.
    public init(plugin: ConferencePlugin) { self.plugin = plugin }

    /// Reports `international: true` without the countries to show it.
    public func check(_ activity: Activity, details: ConferencePlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard details.international == true, !details.countriesAreInternational else { return [] }
        return [
            issue(
                activity.reference, field: "details.countries",
                .t(
                    "mednarodna konferenca potrebuje vsaj dve državi, od tega vsaj eno, ki ni SI",
                    "an international conference needs at least two countries, one of them not SI"),
                fix: .t(
                    "Vpišite zastopane države (countries) ali nastavite international na false.",
                    "List the countries represented (countries), or set international to false."))
        ]
    }
}

/// `conference.international-flag` (warning): the countries make a conference international, but it is
/// declared `international: false`; it does not count for OUT-13.
public struct ConferenceInternationalFlagRule: ActivityDetailsRule {
    /// `conference.international-flag`.
    public let id: RuleID = "conference.international-flag"
    /// Warning.
    public let severity = Severity.warning
    /// The conference plugin.
    public let plugin: ConferencePlugin
    /// Creates the rule.
    public init(plugin: ConferencePlugin) { self.plugin = plugin }

    /// Reports `international: false` with international countries.
    public func check(_ activity: Activity, details: ConferencePlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard details.international == false, details.countriesAreInternational else { return [] }
        return [
            issue(
                activity.reference, field: "details.international",
                .t(
                    "države kažejo na mednarodno konferenco, označena pa je kot nemednarodna",
                    "the countries make it international, but it is declared not international"),
                fix: .t(
                    "Nastavite international na true ali popravite države.",
                    "Set international to true, or correct the countries."))
        ]
    }
}

/// `conference.counts` (error): sessions, speakers and headcount are not negative.
public struct ConferenceCountsRule: ActivityDetailsRule {
    /// `conference.counts`.
    public let id: RuleID = "conference.counts"
    /// Error.
    public let severity = Severity.error
    /// The conference plugin.
    public let plugin: ConferencePlugin
    /// Creates the rule.
    public init(plugin: ConferencePlugin) { self.plugin = plugin }

    /// Reports each negative count.
    public func check(_ activity: Activity, details: ConferencePlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        negativeCountIssue(details.sessions, field: "sessions", of: activity)
            + negativeCountIssue(details.speakers, field: "speakers", of: activity)
            + negativeCountIssue(details.headcount, field: "headcount", of: activity)
    }
}
