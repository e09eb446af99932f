/// `plugin.details` (error): an activity's stored details decode as its plugin's typed ``ActivityPlugin/Details``.
///
/// The registry adds one for every registered plugin. The issue names the activity and the field
/// (`details.hours`, `details.entries[2]`) and says what is wrong; nothing crashes, and the plugin's
/// other rules and qualifications skip the activity until it is corrected.
package struct PluginDetailsRule<Plugin: ActivityPlugin>: EntityRule {
    /// `plugin.details`.
    package let id: RuleID = "plugin.details"
    /// Error.
    package let severity = Severity.error
    /// The plugin whose activities are checked.
    package let plugin: Plugin

    /// Creates the rule for a plugin.
    /// - Parameter plugin: The plugin whose activities it checks.
    package init(plugin: Plugin) { self.plugin = plugin }

    /// Reports an activity of the plugin's kind whose details do not decode.
    /// - Complexity: O(size of the payload).
    package func check(_ activity: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard activity.kind == plugin.kind else { return [] }
        do {
            _ = try activity.details.decode(Plugin.Details.self)
            return []
        } catch let error as DecodingError {
            let problem = DetailsProblem(error)
            return [
                issue(
                    activity.reference, field: problem.field,
                    .t(
                        "podrobnosti vrste '\(plugin.kind)': \(problem.field) \(problem.slovenian)",
                        "\(plugin.kind) details: \(problem.field) \(problem.english)"),
                    fix: .t(
                        "Popravite ali odstranite polje \(problem.field).",
                        "Correct or remove the field \(problem.field)."))
            ]
        } catch {
            return [
                issue(
                    activity.reference, field: "details",
                    .t("podrobnosti ni mogoče prebrati", "the details cannot be read"),
                    fix: .t("Popravite podrobnosti.", "Correct the details."))
            ]
        }
    }
}

/// `plugin.details-unknown-field` (warning): an activity's details hold a field its plugin does not know
/// (often a misspelt name, such as `hour` for `hours`). The field is kept; it is only reported.
package struct PluginUnknownFieldRule<Plugin: ActivityPlugin>: EntityRule {
    /// `plugin.details-unknown-field`.
    package let id: RuleID = "plugin.details-unknown-field"
    /// Warning.
    package let severity = Severity.warning
    /// The plugin whose activities are checked.
    package let plugin: Plugin

    /// Creates the rule for a plugin.
    /// - Parameter plugin: The plugin whose activities it checks.
    package init(plugin: Plugin) { self.plugin = plugin }

    /// Reports each non-null field of the stored details that is absent once the typed details are encoded
    /// again. Details that do not decode are left to `plugin.details`.
    /// - Complexity: O(size of the payload).
    package func check(_ activity: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard activity.kind == plugin.kind, Plugin.Details.self != JSONValue.self,
            case .object(let stored) = activity.details,
            let details = try? activity.details.decode(Plugin.Details.self),
            let known = try? JSONValue(encoding: details).objectValue
        else { return [] }
        return stored.keys.sorted().filter { stored[$0] != .null && known[$0] == nil }.map { name in
            issue(
                activity.reference, field: "details." + name,
                .t(
                    "vtičnik '\(plugin.kind)' ne pozna polja '\(name)'; ohranjeno je, a se ne upošteva",
                    "the \(plugin.kind) plugin does not know the field '\(name)'; it is kept but ignored"),
                fix: .t(
                    "Preverite črkovanje imena polja ali ga odstranite.",
                    "Check the field name's spelling, or remove it."))
        }
    }
}
