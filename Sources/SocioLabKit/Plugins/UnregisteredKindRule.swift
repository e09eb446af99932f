/// `core.unregistered-kind` (warning): an activity whose kind no registered plugin owns.
///
/// Such an activity is kept intact — loaded, saved and exported with its details unchanged — and only
/// reported: register a plugin for the kind, or correct the kind.
package struct UnregisteredKindRule: EntityRule {
    /// `core.unregistered-kind`.
    package let id: RuleID = "core.unregistered-kind"
    /// Warning.
    package let severity = Severity.warning
    /// The kinds that are registered.
    package let kinds: Set<ActivityKind>

    /// Creates the rule.
    /// - Parameter kinds: The registered kinds.
    package init(kinds: Set<ActivityKind>) { self.kinds = kinds }

    /// Reports an activity of an unknown kind.
    package func check(_ a: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard !kinds.contains(a.kind) else { return [] }
        return [
            issue(
                a.reference, field: "kind",
                .t(
                    "za vrsto '\(a.kind)' ni vtičnika; aktivnost je shranjena nespremenjena",
                    "no plugin is registered for kind '\(a.kind)'; the activity is kept unchanged"),
                fix: .t(
                    "Registrirajte vtičnik za to vrsto ali popravite vrsto.",
                    "Register a plugin for this kind, or correct the kind."))
        ]
    }
}
