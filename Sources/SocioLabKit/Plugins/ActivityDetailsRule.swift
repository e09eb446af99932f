/// A rule about the typed details of one plugin's activities: the convenient shape for a plugin's rules.
///
/// Conform, set ``ValidationRule/id``, ``ValidationRule/severity`` and ``plugin``, and implement
/// ``check(_:details:in:)``. The rule is called only for activities of the plugin's kind whose details
/// decode (those that do not are reported by `plugin.details`), so it never sees a malformed payload.
///
/// ```swift
/// struct CountryRule: ActivityDetailsRule {
///     let id: RuleID = "study_visit.country"
///     let severity = Severity.error
///     let plugin: StudyVisitPlugin
///     func check(_ activity: Activity, details: StudyVisitPlugin.Details, in dataset: Dataset)
///         -> [ValidationIssue] { … }
/// }
/// ```
///
/// Implementation requirements: those of ``ValidationRule``; look only at the activity, its details and
/// what the dataset's indexes reach from it.
public protocol ActivityDetailsRule: ValidationRule {
    /// The plugin whose activities it checks.
    associatedtype Plugin: ActivityPlugin
    /// The plugin whose activities it checks.
    var plugin: Plugin { get }
    /// Checks one activity of the plugin's kind with its decoded details.
    /// - Parameters:
    ///   - activity: The activity.
    ///   - details: Its decoded details.
    ///   - dataset: The dataset it belongs to.
    /// - Returns: The issues found, each about the activity.
    func check(_ activity: Activity, details: Plugin.Details, in dataset: Dataset) -> [ValidationIssue]
}

extension ActivityDetailsRule {
    /// Activities.
    public var subject: EntityKind? { .activity }

    /// Decodes the details of an activity of the plugin's kind and calls the typed check.
    public func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        guard case .activity(let activity) = record, let details = plugin.detailsIfValid(of: activity) else {
            return []
        }
        return check(activity, details: details, in: dataset)
    }
}
