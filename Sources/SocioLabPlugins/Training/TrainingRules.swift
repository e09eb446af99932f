import SocioLabKit

/// `training.hours` (error): a training states its planned hours, more than 0.
public struct TrainingHoursRule: ActivityDetailsRule {
    /// `training.hours`.
    public let id: RuleID = "training.hours"
    /// Error.
    public let severity = Severity.error
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the rule.
    public init(plugin: TrainingPlugin) { self.plugin = plugin }

    /// Reports missing, zero or negative hours.
    public func check(_ activity: Activity, details: TrainingPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        if let hours = details.hours, hours > .zero { return [] }
        return [
            issue(
                activity.reference, field: "details.hours",
                details.hours == nil
                    ? .t("usposabljanje nima navedenih ur", "the training states no hours")
                    : .t("ure usposabljanja morajo biti več kot 0", "a training's hours must be more than 0"),
                fix: .t(
                    "Vpišite načrtovane ure (hours), npr. 8.", "Enter the planned hours (hours), such as 8."))
        ]
    }
}

/// `training.completion-threshold` (error): the completion threshold is a share more than 0 and at most 1.
public struct TrainingCompletionThresholdRule: ActivityDetailsRule {
    /// `training.completion-threshold`.
    public let id: RuleID = "training.completion-threshold"
    /// Error.
    public let severity = Severity.error
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the rule.
    public init(plugin: TrainingPlugin) { self.plugin = plugin }

    /// Reports a threshold outside (0, 1].
    public func check(_ activity: Activity, details: TrainingPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard let threshold = details.completionThreshold, threshold <= .zero || threshold > 1 else {
            return []
        }
        return [
            issue(
                activity.reference, field: "details.completion_threshold",
                .t(
                    "prag dokončanja \(threshold) ni delež med 0 in 1",
                    "completion threshold \(threshold) is not a share between 0 and 1"),
                fix: .t(
                    "Vpišite delež ur, npr. 0.8 za 80 %.", "Enter a share of the hours, such as 0.8 for 80 %."
                ))
        ]
    }
}

/// `training.programme` (error): the support programme a training names exists.
public struct TrainingProgrammeRule: ActivityDetailsRule {
    /// `training.programme`.
    public let id: RuleID = "training.programme"
    /// Error.
    public let severity = Severity.error
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the rule.
    public init(plugin: TrainingPlugin) { self.plugin = plugin }

    /// Reports a programme that is not recorded.
    public func check(_ activity: Activity, details: TrainingPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard let programme = details.programme, dataset.supportProgrammes[programme] == nil else {
            return []
        }
        return [
            issue(
                activity.reference, field: "details.programme",
                .t(
                    "program podpore \(programme) ne obstaja", "support programme \(programme) does not exist"
                ),
                fix: .t(
                    "Najprej vpišite program podpore ali popravite oznako.",
                    "Record the support programme first, or correct the identifier."))
        ]
    }
}

/// `training.participation-hours` (error): a participation in a training attends no more hours than the
/// training has.
///
/// Checked for the participation; when the training's hours change, the validator checks its
/// participations again (they depend on the activity).
public struct TrainingParticipationHoursRule: EntityRule {
    /// `training.participation-hours`.
    public let id: RuleID = "training.participation-hours"
    /// Error.
    public let severity = Severity.error
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the rule.
    public init(plugin: TrainingPlugin) { self.plugin = plugin }

    /// Reports hours above the training's.
    public func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard let attended = p.hours, let a = dataset.activities.slot(of: p.activity) else { return [] }
        // The activity's fields read in place: this runs for every participation.
        let activities = dataset.activities.slots
        guard activities[a]?.kind == plugin.kind,
            let hours = TrainingPlugin.quantity(activities[a]?.details["hours"]), attended > hours
        else { return [] }
        return [
            issue(
                p.reference, field: "hours",
                .t(
                    "\(attended) ur je več od \(hours) ur usposabljanja \(p.activity)",
                    "\(attended) hours exceed the \(hours) hours of training \(p.activity)"),
                fix: .t(
                    "Popravite ure udeležbe ali ure usposabljanja.",
                    "Correct the participation's hours or the training's hours."))
        ]
    }
}

/// `training.completion` (warning): a participation marked completed attended fewer hours than the
/// training's completion threshold requires.
public struct TrainingCompletionRule: EntityRule {
    /// `training.completion`.
    public let id: RuleID = "training.completion"
    /// Warning.
    public let severity = Severity.warning
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the rule.
    public init(plugin: TrainingPlugin) { self.plugin = plugin }

    /// Reports `completed: true` with hours below the threshold.
    public func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard p.completed == true, let attended = p.hours, let a = dataset.activities.slot(of: p.activity)
        else { return [] }
        // The activity's fields read in place: this runs for every participation.
        let activities = dataset.activities.slots
        guard activities[a]?.kind == plugin.kind,
            let hours = TrainingPlugin.quantity(activities[a]?.details["hours"]),
            let threshold = TrainingPlugin.quantity(activities[a]?.details["completion_threshold"]),
            attended.hundredths.multipliedClamped(by: 100)
                < hours.hundredths.multipliedClamped(by: threshold.hundredths)
        else { return [] }
        let share = threshold.description
        return [
            issue(
                p.reference, field: "completed",
                .t(
                    "označeno kot dokončano, a \(attended) ur ne doseže praga \(share)",
                    "marked completed, but \(attended) hours fall short of the threshold \(share)"),
                fix: .t(
                    "Preverite ure udeležbe ali oznako dokončanja.",
                    "Check the participation's hours or its completed flag."))
        ]
    }
}
