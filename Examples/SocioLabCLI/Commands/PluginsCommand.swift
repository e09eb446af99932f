import SocioLabKit

/// `sociolab plugins`: the activity kinds this build knows, with their names and rules.
enum PluginsCommand: CLICommand {
    static let spec = CommandSpec(
        name: "plugins",
        abstract: "List the activity plugins: each kind with its name, validation rules and detail columns.",
        discussion: "Activities of a kind no plugin knows are kept intact and reported by 'validate'.")

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        let registry = context.plugins
        let columns =
            language == .slovenian
            ? "stolpci podrobnosti v activities.csv:" : "detail columns of activities.csv:"
        let ruleWord = language == .slovenian ? "pravilo" : "rule"
        for kind in registry.kinds {
            guard let plugin = registry.plugin(for: kind) else { continue }
            // Spaces, not tabs: the console shows a tab in a value as `\u{9}`.
            context.console.line("\(kind.rawValue)  \(plugin.displayName[language])")
            for rule in plugin.validationRules { context.console.line("  \(ruleWord) \(rule.id)") }
            if !plugin.detailFields.isEmpty { context.console.line("  " + columns) }
            for field in plugin.detailFields {
                let required = field.isRequired ? (language == .slovenian ? ", obvezno" : ", required") : ""
                context.console.line(
                    "  \(field.name) (\(field.type.shown[language])\(required)): \(field.meaning[language])")
            }
        }
        return ExitCode.success
    }
}
