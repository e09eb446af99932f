/// `core.participation-role` (error): a participation's role is a core role (``ParticipationRole``'s
/// constants) or one a registered plugin declares (``ActivityPlugin/participationRoles``).
///
/// A role nobody declares would be counted as a participant (OUT-05 and the ESF participants would go up),
/// so it is refused with the nearest valid role suggested. The registry adds the rule; data that arrives
/// by the API or a JSON document is checked by it, as CSV files are by the import.
package struct ParticipationRoleRule: EntityRule {
    /// `core.participation-role`.
    package let id: RuleID = "core.participation-role"
    /// Error.
    package let severity = Severity.error
    /// Every valid role's code, core roles first, then the plugins' sorted.
    package let valid: [String]
    private let validSet: Set<ParticipationRole>

    /// Creates the rule.
    /// - Parameter pluginRoles: The roles the registered plugins declare.
    package init(pluginRoles: Set<ParticipationRole>) {
        let core = ParticipationRole.vocabulary
        valid = core.map(\.rawValue) + pluginRoles.subtracting(core).map(\.rawValue).sorted()
        validSet = Set(core).union(pluginRoles)
    }

    /// Reports a participation whose role no one declares.
    /// - Complexity: O(1), and O(number of roles) for a refused role.
    package func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard !validSet.contains(p.role) else { return [] }
        let listed = valid.joined(separator: ", ")
        let near = EditDistance.nearest(
            to: VocabularyKey.fold(p.role.rawValue), among: valid.map(VocabularyKey.fold))
        let sl = near.map { " Ste mislili \(valid[$0])?" } ?? ""
        let en = near.map { " Did you mean \(valid[$0])?" } ?? ""
        return [
            issue(
                p.reference, field: "role",
                .t(
                    "vloga '\(p.role.rawValue)' ni osnovna vloga in je ne navaja noben registriran vtičnik.\(sl)",
                    "the role '\(p.role.rawValue)' is not a core role and no registered plugin declares it.\(en)"
                ),
                fix: .t(
                    "Vpišite eno od vlog: \(listed).",
                    "Write one of the roles: \(listed)."))
        ]
    }
}
