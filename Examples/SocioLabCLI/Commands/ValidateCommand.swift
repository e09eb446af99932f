import Foundation
import SocioLabKit

/// `sociolab validate`: every validation issue in the store; exit 1 when any is an error.
enum ValidateCommand: CLICommand {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check the whole store against every rule; exit 1 on errors.",
        discussion: "Prints each issue as ENTITY FIELD: severity: message [rule], with how to fix it on the "
            + "next line. Warnings and notices alone leave the exit code 0.",
        options: [.textOrJSON, .actingAs])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        let workspace = try await context.openWorkspace(readOnly: true)
        let issues = await workspace.validateAll(progress: context.console.progressHandler)
        let errors = issues.filter { $0.severity == .error }.count
        if context.arguments.value("--format") == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.write(try encoder.encode(issues))
            context.console.line()
        } else {
            // The one error format: `entity field: severity: message [rule]`, the fix on its own line.
            for issue in issues {
                for line in Diagnostics.lines(for: issue, language: language) { context.console.line(line) }
            }
            let warnings = issues.filter { $0.severity == .warning }.count
            context.console.summary(
                language == .slovenian
                    ? "\(CountedNoun.error.phrase(errors, in: language)), "
                        + "\(CountedNoun.warning.phrase(warnings, in: language)), skupaj "
                        + CountedNoun.issue.phrase(issues.count, in: language)
                    : "\(errors) error(s), \(warnings) warning(s), \(issues.count) issue(s) in all")
        }
        return errors > 0 ? ExitCode.findings : ExitCode.success
    }
}
