/// The activity plugins a workspace knows, and the validation rules and indicators they bring.
///
/// Plugins are added by value; ``ActivityPlugin`` describes what one provides.
public struct PluginRegistry: Sendable {
    /// The registered plugins, by the kind each owns.
    public private(set) var plugins: [ActivityKind: any ActivityPlugin] = [:]

    /// An empty registry.
    public init() {}

    /// A registry holding `plugins`.
    public init(_ plugins: [any ActivityPlugin]) {
        for plugin in plugins { register(plugin) }
    }

    /// Adds a plugin, replacing one registered for the same kind.
    public mutating func register(_ plugin: any ActivityPlugin) { plugins[plugin.kind] = plugin }

    /// The plugin for a kind, if one is registered.
    public func plugin(for kind: ActivityKind) -> (any ActivityPlugin)? { plugins[kind] }

    /// The registered kinds, sorted.
    public var kinds: [ActivityKind] { plugins.keys.sorted() }

    /// The validation rules all plugins add, plus the rule that reports activities of unregistered kinds.
    public var validationRules: [any ValidationRule] {
        kinds.flatMap { plugins[$0]!.validationRules } + [UnregisteredKindRule(kinds: Set(kinds))]
    }
}

/// A plugin that owns one kind of activity: its details, its rules and display names.
///
/// Implementation requirements: a plugin is a `Sendable` value with no mutable state; its rules follow
/// ``ValidationRule``'s requirements.
public protocol ActivityPlugin: Sendable {
    /// The kind it owns, such as `"training"`.
    var kind: ActivityKind { get }
    /// The kind's display name.
    var displayName: LocalizedText { get }
    /// The rules it adds (for its activities and their participations).
    var validationRules: [any ValidationRule] { get }
}

/// `core.unregistered-kind` (warning): an activity whose kind no registered plugin owns. It is kept intact.
public struct UnregisteredKindRule: EntityRule {
    /// `core.unregistered-kind`.
    public let id: RuleID = "core.unregistered-kind"
    /// Warning.
    public let severity = Severity.warning
    /// The kinds that are registered.
    public let kinds: Set<ActivityKind>
    /// Creates the rule.
    public init(kinds: Set<ActivityKind>) { self.kinds = kinds }
    /// Reports an activity of an unknown kind.
    public func check(_ a: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard !kinds.contains(a.kind) else { return [] }
        return [
            issue(
                a.reference, field: "kind",
                .t("za vrsto '\(a.kind)' ni vtičnika; aktivnost je shranjena nespremenjena",
                    "no plugin is registered for kind '\(a.kind)'; the activity is kept unchanged"),
                fix: .t(
                    "Registrirajte vtičnik za to vrsto ali popravite vrsto.",
                    "Register a plugin for this kind, or correct the kind."))
        ]
    }
}
