import SocioLabKit

/// `competition.category` (error): a competition states its category.
public struct CompetitionCategoryRule: ActivityDetailsRule {
    /// `competition.category`.
    public let id: RuleID = "competition.category"
    /// Error.
    public let severity = Severity.error
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the rule.
    public init(plugin: CompetitionPlugin) { self.plugin = plugin }

    /// Reports a missing category.
    public func check(_ activity: Activity, details: CompetitionPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard details.category == nil else { return [] }
        return [
            issue(
                activity.reference, field: "details.category",
                .t("natečaj nima kategorije", "the competition states no category"),
                fix: .t(
                    "Vpišite category: social_innovation ali ethical_investor.",
                    "Enter category: social_innovation or ethical_investor."))
        ]
    }
}

/// `competition.organisations` (error): the entries and winners are recorded organisations.
public struct CompetitionOrganisationsRule: ActivityDetailsRule {
    /// `competition.organisations`.
    public let id: RuleID = "competition.organisations"
    /// Error.
    public let severity = Severity.error
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the rule.
    public init(plugin: CompetitionPlugin) { self.plugin = plugin }

    /// Reports each unknown entry or winner.
    /// - Complexity: O(k) in the organisations named.
    public func check(_ activity: Activity, details: CompetitionPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        missingOrganisationIssues(details.entries ?? [], field: "entries", of: activity, in: dataset)
            + missingOrganisationIssues(details.winners ?? [], field: "winners", of: activity, in: dataset)
    }
}

/// `competition.winners` (error): every winner is among the entries.
public struct CompetitionWinnersRule: ActivityDetailsRule {
    /// `competition.winners`.
    public let id: RuleID = "competition.winners"
    /// Error.
    public let severity = Severity.error
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the rule.
    public init(plugin: CompetitionPlugin) { self.plugin = plugin }

    /// Reports each winner that did not enter.
    public func check(_ activity: Activity, details: CompetitionPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        let entries = Set(details.entries ?? [])
        var seen = Set<Organisation.ID>()
        return (details.winners ?? []).filter { !entries.contains($0) && seen.insert($0).inserted }.map {
            winner in
            issue(
                activity.reference, field: "details.winners",
                .t("zmagovalec \(winner) ni med prijavljenimi", "winner \(winner) is not among the entries"),
                fix: .t(
                    "Dodajte \(winner) med prijave (entries) ali popravite zmagovalce.",
                    "Add \(winner) to the entries, or correct the winners."))
        }
    }
}
