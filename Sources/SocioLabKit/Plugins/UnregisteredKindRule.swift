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

    /// The rule that reports, as an error, the unknown kinds that look like registered ones; this rule
    /// leaves those to it.
    package let misspelled: MisspelledKindRule

    /// Creates the rule.
    /// - Parameters:
    ///   - kinds: The registered kinds.
    ///   - names: Their display names, to leave misspelt kinds to ``MisspelledKindRule``.
    package init(kinds: Set<ActivityKind>, names: [ActivityKind: LocalizedText] = [:]) {
        self.kinds = kinds
        misspelled = MisspelledKindRule(names: names)
    }

    /// Reports an activity of an unknown kind.
    package func check(_ a: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard !kinds.contains(a.kind), misspelled.intended(a.kind) == nil else { return [] }
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
