import SocioLabKit

/// `fair.organisations` (error): the open-day hosts and exhibitors are recorded organisations.
public struct FairOrganisationsRule: ActivityDetailsRule {
    /// `fair.organisations`.
    public let id: RuleID = "fair.organisations"
    /// Error.
    public let severity = Severity.error
    /// The fair plugin.
    public let plugin: FairPlugin
    /// Creates the rule.
    public init(plugin: FairPlugin) { self.plugin = plugin }

    /// Reports each unknown host or exhibitor.
    /// - Complexity: O(k) in the organisations named.
    public func check(_ activity: Activity, details: FairPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        missingOrganisationIssues(
            details.openDayHosts ?? [], field: "open_day_hosts", of: activity, in: dataset)
            + missingOrganisationIssues(
                details.exhibitors ?? [], field: "exhibitors", of: activity, in: dataset)
    }
}

/// `fair.visitors` (error): the visitor headcount is neither negative nor above 999 999 999.
public struct FairVisitorsRule: ActivityDetailsRule {
    /// `fair.visitors`.
    public let id: RuleID = "fair.visitors"
    /// Error.
    public let severity = Severity.error
    /// The fair plugin.
    public let plugin: FairPlugin
    /// Creates the rule.
    public init(plugin: FairPlugin) { self.plugin = plugin }

    /// Reports a negative or too large headcount.
    public func check(_ activity: Activity, details: FairPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        countIssue(details.visitors, field: "visitors", of: activity)
    }
}
