/// The activity plugins a workspace knows, and the validation rules, qualifications and indicators they
/// bring.
///
/// Plugins are added by value; ``ActivityPlugin`` describes what one provides. The standard set is one
/// call in `SocioLabPlugins` (`PluginRegistry.standard`), and a third-party plugin is registered beside it:
///
/// ```swift
/// let plugins = PluginRegistry.standard.registering(StudyVisitPlugin())
/// let workspace = try await Workspace(store: store, plugins: plugins)
/// ```
///
/// An activity whose kind no registered plugin owns is kept intact and reported by
/// ``UnregisteredKindRule``; it qualifies for nothing.
public struct PluginRegistry: Sendable {
    /// The registered plugins, by the kind each owns.
    public private(set) var plugins: [ActivityKind: any ActivityPlugin] = [:]
    /// The kinds in the order their plugins were first registered.
    package private(set) var registrationOrder: [ActivityKind] = []

    /// An empty registry.
    public init() {}

    /// A registry holding `plugins`; a later plugin for the same kind replaces an earlier one.
    /// - Parameter plugins: The plugins.
    public init(_ plugins: [any ActivityPlugin]) {
        for plugin in plugins { register(plugin) }
    }

    /// Adds a plugin, replacing one registered for the same kind.
    /// - Parameter plugin: The plugin.
    public mutating func register(_ plugin: any ActivityPlugin) {
        if plugins[plugin.kind] == nil { registrationOrder.append(plugin.kind) }
        plugins[plugin.kind] = plugin
    }

    /// This registry with a plugin added (replacing one registered for the same kind).
    /// - Parameter plugin: The plugin.
    /// - Returns: The new registry.
    public func registering(_ plugin: any ActivityPlugin) -> PluginRegistry {
        var copy = self
        copy.register(plugin)
        return copy
    }

    /// The plugin for a kind, if one is registered.
    /// - Parameter kind: The activity kind.
    public func plugin(for kind: ActivityKind) -> (any ActivityPlugin)? { plugins[kind] }

    /// The registered kinds, sorted.
    public var kinds: [ActivityKind] { plugins.keys.sorted() }

    /// The display name of a kind: its plugin's, or the kind's code when none is registered.
    /// - Parameter kind: The activity kind.
    public func displayName(of kind: ActivityKind) -> LocalizedText {
        plugins[kind]?.displayName ?? LocalizedText(sl: kind.rawValue, en: kind.rawValue)
    }

    /// What the registered plugin says a held activity qualifies as; empty for an unregistered kind,
    /// an activity that is not held, or details that do not decode.
    /// - Parameter activity: Any activity.
    /// - Returns: Its qualifications (``ActivityPlugin/qualifications(of:details:)``).
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        guard activity.status == .held, let plugin = plugins[activity.kind] else { return [] }
        return Self.qualifications(of: activity, by: plugin)
    }

    private static func qualifications<P: ActivityPlugin>(of activity: Activity, by plugin: P)
        -> Set<Qualification>
    {
        guard let details = plugin.detailsIfValid(of: activity) else { return [] }
        return plugin.qualifications(of: activity, details: details)
    }

    /// The validation rules of all plugins, kind by kind: for each, `plugin.details` and
    /// `plugin.details-unknown-field` followed by the plugin's own rules; then `core.participation-role`,
    /// an error for a role that is neither a core role nor one a plugin declares (only when at least one
    /// plugin is registered); then `core.misspelled-kind`, an error for a kind that is a registered kind's
    /// name or a near miss of it (`usposabljanje`, `trainig`), and `core.unregistered-kind`, which reports activities of any other kind no plugin is registered for.
    public var validationRules: [any ValidationRule] {
        var rules: [any ValidationRule] = []
        for kind in kinds {
            let plugin = plugins[kind]!
            rules += Self.detailsRules(for: plugin) + plugin.validationRules
        }
        let names = plugins.mapValues(\.displayName)
        // An empty registry cannot tell a plugin's role from a mistake, so it judges no roles (as a CSV
        // import without plugins does).
        if !plugins.isEmpty { rules.append(ParticipationRoleRule(pluginRoles: participationRoles)) }
        return rules + [
            MisspelledKindRule(names: names), UnregisteredKindRule(kinds: Set(kinds), names: names),
        ]
    }

    /// The participation roles the registered plugins declare beside the core ones.
    package var participationRoles: Set<ParticipationRole> {
        Set(plugins.values.flatMap(\.participationRoles))
    }

    /// The indicators all plugins contribute, kind by kind in each plugin's order.
    public var indicators: [any Indicator] { kinds.flatMap { plugins[$0]!.indicators } }

    private static func detailsRules<P: ActivityPlugin>(for plugin: P) -> [any ValidationRule] {
        [PluginDetailsRule(plugin: plugin), PluginUnknownFieldRule(plugin: plugin)]
    }
}
