import Foundation
import SocioLabKit

/// The `sociolab` tool: its command line and how a run goes from arguments to an exit code.
enum Tool {
    /// Every command, in the order help lists them.
    static var commands: [any CLICommand.Type] {
        [
            InitCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self,
            ConsolidateCommand.self,
            ValidateCommand.self, ReportCommand.self, ClaimCommand.self, HistoryCommand.self, LogCommand.self,
            StatusCommand.self, InfoCommand.self,
            ErasePersonCommand.self, PluginsCommand.self, StoreCommand.self, TemplatesCommand.self,
            VersionCommand.self,
        ]
    }

    /// The whole command line of the tool.
    static let program = ProgramSpec(
        name: "sociolab",
        abstract: "Record, check and report the SocioLab Podravje ESF operation.",
        discussion: "The store is the directory given with --store (before or after the command), else "
            + "$SOCIOLAB_STORE, else ./sociolab-store. Exit codes: 0 success, 1 validation errors or findings, "
            + "2 usage error, 3 store error (locked, corrupt, missing, not a store).",
        globalOptions: [
            .init(
                "store", valueName: "path",
                help: "The store directory (default: $SOCIOLAB_STORE, else ./sociolab-store)."),
            LanguageChoice.option,
            .init(
                "progress", valueName: "mode",
                help: "How long commands show progress on stderr: auto (a self-updating line on a terminal, "
                    + "nothing otherwise), json (one JSON object per update) or none (default: auto).",
                choices: ProgressDisplay.Mode.allCases.map(\.rawValue)),
        ],
        globalFlags: [
            .init("version", short: "V", help: "Show the version (as 'sociolab version' does) and exit."),
            .init(
                "quiet", short: "q", help: "Print only errors and warnings: no progress, summaries or notes."),
        ],
        commands: commands.map { $0.spec })

    /// Runs the tool on `arguments` (without the program name) and returns the exit code.
    static func run(_ arguments: [String], environment: CLIEnvironment) async -> Int32 {
        var console = Console(
            isTerminal: environment.standardErrorIsTerminal, output: environment.standardOutput,
            errorOutput: environment.standardError)
        let language = LanguageChoice.resolve(
            given: LanguageChoice.given(in: arguments), variables: environment.variables)
        // The program as its help is shown: it also knows the actions with pages of their own
        // (`help store verify`).
        let shown = SlovenianHelp.translated(program, to: language)
        let parsed: ParsedArguments
        do {
            parsed = try shown.parse(arguments)
        } catch {
            console.error("sociolab: \(errorWord(language)): \(error.message(in: language)) [\(error.code)]")
            return ExitCode.usage
        }
        let help = HelpFormatter(program: shown)
        if parsed.isHelpRequest {
            console.write(help.help(for: parsed))
            return ExitCode.success
        }
        if parsed.flag("version") {
            for line in VersionCommand.lines(in: language) { console.line(line) }
            return ExitCode.success
        }
        guard let name = parsed.command, let command = commands.first(where: { $0.spec.name == name }) else {
            console.write(help.programHelp())
            return ExitCode.success
        }
        console = Console(
            mode: parsed.value("--progress").flatMap(ProgressDisplay.Mode.init(rawValue:)) ?? .auto,
            quiet: parsed.flag("--quiet"), isTerminal: environment.standardErrorIsTerminal,
            language: LanguageChoice.resolve(given: parsed.value("--lang"), variables: environment.variables),
            output: environment.standardOutput, errorOutput: environment.standardError)
        let context = CommandContext(arguments: parsed, environment: environment, console: console)
        do {
            let code = try await command.run(context)
            console.clearProgress()
            return code
        } catch {
            report(error, console: console, language: (try? context.language()) ?? language)
            return ExitCode.code(for: error)
        }
    }

    /// `error`, or `napaka` in Slovenian: the word after `sociolab:` on an error line.
    static func errorWord(_ language: Language) -> String { language == .slovenian ? "napaka" : "error" }

    /// Prints an error that ended a command on standard error, in `language`.
    static func report(_ error: any Error, console: Console, language: Language = .english) {
        let prefix = "sociolab: \(errorWord(language)): "
        switch error {
        case let usage as UsageError:
            console.error(prefix + usage.message(in: language) + " [\(usage.code)]")
        case let failure as CommandFailure:
            for line in failure.lines { console.error(line) }
        case let error as SocioLabError:
            console.error(prefix + StoreErrorText.description(of: error, in: language))
        case let failure as ImportFailure:
            for line in failure.errors.flatMap({ Diagnostics.lines(for: $0, language: language) }) {
                console.error(line)
            }
        case let rejected as ChangeRejected:
            for line in rejected.issues.flatMap({ Diagnostics.lines(for: $0, language: language) }) {
                console.error(line)
            }
        default:
            console.error(prefix + "\(error)")
        }
    }
}
