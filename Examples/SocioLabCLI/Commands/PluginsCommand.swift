import SocioLabKit

/// `sociolab plugins`: the activity kinds this build knows, with their names and rules.
enum PluginsCommand: CLICommand {
    static let spec = CommandSpec(
        name: "plugins",
        abstract: "List the activity plugins: each kind with its name and validation rules.",
        discussion: "Activities of a kind no plugin knows are kept intact and reported by 'validate'.")

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        let registry = context.plugins
        for kind in registry.kinds {
            guard let plugin = registry.plugin(for: kind) else { continue }
            context.console.line("\(kind.rawValue)\t\(plugin.displayName[language])")
            for rule in plugin.validationRules { context.console.line("\t\(rule.id)") }
        }
        return ExitCode.success
    }
}
