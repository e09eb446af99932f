import Foundation
import SocioLabKit

/// `sociolab report`: progress against the operation's targets, in the format and language asked for.
enum ReportCommand: CLICommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Show progress against the operation's targets, as of a day.",
        discussion: "Every output (OUT-01 … OUT-13) beside its target, with the progress a straight line to "
            + "the deadline expects by the --as-of day and a status, plus the ESF common participant "
            + "indicators, and the budget's absorption and cost per result when the store holds finance records. --section shows one part alone (outputs, esf, finance). Personal details never appear in a report; --suppress-below hides small counts "
            + "for publication. --out writes a file (replaced only with --force; never inside the store) that "
            + "follows the umask, as a report holds aggregates only.",
        options: ReportOptions.options + [.actingAs],
        flags: ReportOptions.flags)

    static func run(_ context: CommandContext) async throws -> Int32 {
        let asOf = try context.day("--as-of", default: context.environment.today)
        let options = try ReportOptions(context: context, asOf: asOf)
        let destination = try OutputDestination.fromArguments(context, kind: .file)
        let workspace = try await context.openWorkspace(readOnly: true)
        let dataset = await workspace.dataset
        try options.checkPartners(of: dataset.operation, command: spec.name)
        try options.checkPeriod(of: dataset.operation, plugins: context.plugins, command: spec.name)
        try options.checkFinance(of: dataset, command: spec.name)
        try ReportOptions.deliver(
            await options.render(workspace, plugins: context.plugins, console: context.console),
            to: destination, context: context)
        return ExitCode.success
    }
}
