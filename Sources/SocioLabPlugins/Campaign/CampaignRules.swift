import SocioLabKit

/// `campaign.reach` (error): the estimated reach is neither negative nor above 999 999 999.
public struct CampaignReachRule: ActivityDetailsRule {
    /// `campaign.reach`.
    public let id: RuleID = "campaign.reach"
    /// Error.
    public let severity = Severity.error
    /// The campaign plugin.
    public let plugin: CampaignPlugin
    /// Creates the rule.
    public init(plugin: CampaignPlugin) { self.plugin = plugin }

    /// Reports a negative or too large reach.
    public func check(_ activity: Activity, details: CampaignPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        countIssue(details.reach, field: "reach", of: activity)
    }
}
