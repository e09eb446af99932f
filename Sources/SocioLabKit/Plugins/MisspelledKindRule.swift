/// `core.misspelled-kind` (error): an activity whose kind no registered plugin owns, but which names a
/// registered kind in another way, so that it would silently count for nothing.
///
/// The kind is taken for a registered one when, without case or diacritics, it is the plugin's Slovenian
/// or English name (`usposabljanje`, `Mentoring`) or a near miss of its kind or names (``EditDistance``:
/// `trainig`). Other unknown kinds stay warnings of ``UnregisteredKindRule``: a kind of a plugin that is
/// not registered here is kept intact.
package struct MisspelledKindRule: EntityRule {
    /// `core.misspelled-kind`.
    package let id: RuleID = "core.misspelled-kind"
    /// Error.
    package let severity = Severity.error
    /// The display name of each registered kind.
    package let names: [ActivityKind: LocalizedText]
    /// Every spelling of a registered kind in its ``VocabularyKey`` form, with the kind.
    private let spellings: [(key: String, kind: ActivityKind)]

    /// Creates the rule.
    /// - Parameter names: The display name of each registered kind.
    package init(names: [ActivityKind: LocalizedText]) {
        self.names = names
        spellings = names.sorted { $0.key < $1.key }.flatMap { kind, name in
            [kind.rawValue, name.sl, name.en].map { (VocabularyKey.fold($0), kind) }
        }
    }

    /// The registered kind an unregistered `kind` most likely means, or `nil`.
    package func intended(_ kind: ActivityKind) -> ActivityKind? {
        guard names[kind] == nil else { return nil }
        let typed = VocabularyKey.fold(kind.rawValue)
        if let exact = spellings.first(where: { $0.key == typed }) { return exact.kind }
        return EditDistance.nearest(to: typed, among: spellings.map(\.key)).map { spellings[$0].kind }
    }

    /// Reports an activity whose kind looks like a registered one.
    package func check(_ a: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard let kind = intended(a.kind), let name = names[kind] else { return [] }
        return [
            issue(
                a.reference, field: "kind",
                .t(
                    "za vrsto '\(a.kind)' ni vtičnika; verjetno je mišljena vrsta '\(kind)' (\(name.sl))",
                    "no plugin is registered for kind '\(a.kind)'; it looks like '\(kind)' (\(name.en))"),
                fix: .t("Vpišite vrsto \(kind).", "Write the kind \(kind)."))
        ]
    }
}
