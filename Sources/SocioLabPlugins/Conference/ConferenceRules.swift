import SocioLabKit

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

/// `conference.counts` (error): sessions, speakers and headcount are neither negative nor above
/// 999 999 999.
public struct ConferenceCountsRule: ActivityDetailsRule {
    /// `conference.counts`.
    public let id: RuleID = "conference.counts"
    /// Error.
    public let severity = Severity.error
    /// The conference plugin.
    public let plugin: ConferencePlugin
    /// Creates the rule.
    public init(plugin: ConferencePlugin) { self.plugin = plugin }

    /// Reports each negative or too large count.
    public func check(_ activity: Activity, details: ConferencePlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        countIssue(details.sessions, field: "sessions", of: activity)
            + countIssue(details.speakers, field: "speakers", of: activity)
            + countIssue(details.headcount, field: "headcount", of: activity)
    }
}
