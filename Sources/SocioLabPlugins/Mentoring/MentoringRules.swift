import SocioLabKit

/// `mentoring.mentee` (error): a mentoring names its mentee organisation, and it exists.
public struct MentoringMenteeRule: ActivityDetailsRule {
    /// `mentoring.mentee`.
    public let id: RuleID = "mentoring.mentee"
    /// Error.
    public let severity = Severity.error
    /// The mentoring plugin.
    public let plugin: MentoringPlugin
    /// Creates the rule.
    public init(plugin: MentoringPlugin) { self.plugin = plugin }

    /// Reports a missing or unknown mentee organisation.
    public func check(_ activity: Activity, details: MentoringPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard let mentee = details.menteeOrganisation else {
            return [
                issue(
                    activity.reference, field: "details.mentee_organisation",
                    .t(
                        "mentorstvo nima organizacije mentoriranca",
                        "the mentoring names no mentee organisation"),
                    fix: .t(
                        "Vpišite oznako organizacije (mentee_organisation).",
                        "Enter the organisation's identifier (mentee_organisation)."))
            ]
        }
        return missingOrganisationIssues([mentee], field: "mentee_organisation", of: activity, in: dataset)
    }
}

/// `mentoring.hours` (error): a mentoring's hours, when given, are more than 0.
public struct MentoringHoursRule: ActivityDetailsRule {
    /// `mentoring.hours`.
    public let id: RuleID = "mentoring.hours"
    /// Error.
    public let severity = Severity.error
    /// The mentoring plugin.
    public let plugin: MentoringPlugin
    /// Creates the rule.
    public init(plugin: MentoringPlugin) { self.plugin = plugin }

    /// Reports zero or negative hours.
    public func check(_ activity: Activity, details: MentoringPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard let hours = details.hours, hours <= .zero else { return [] }
        return [
            issue(
                activity.reference, field: "details.hours",
                .t("ure mentorstva morajo biti več kot 0", "mentoring hours must be more than 0"),
                fix: .t(
                    "Vpišite ure mentorstva ali polje izpustite.", "Enter the hours, or leave the field out.")
            )
        ]
    }
}
