import Foundation
import SocioLabKit
import SocioLabPlugins

/// What a running command has to work with: its parsed arguments, the environment read at start, and
/// where to write.
struct CommandContext: Sendable {
    /// The command line after parsing.
    var arguments: ParsedArguments
    /// The environment read once in `main`.
    var environment: CLIEnvironment
    /// Standard output and standard error.
    var console: Console

    /// The plugins every command uses: the standard set.
    var plugins: PluginRegistry { .standard }

    /// The store: `--store PATH`, else `$SOCIOLAB_STORE`, else `./sociolab-store` (a directory, unless the
    /// run's ``StoreOpener`` takes it for a store of its backend).
    var storePath: String {
        if let given = arguments.value("--store") { return given }
        if let variable = environment.variables["SOCIOLAB_STORE"], !variable.isEmpty { return variable }
        return "./sociolab-store"
    }

    /// ``storePath`` as a URL.
    var storeURL: URL { environment.url(for: storePath, isDirectory: true) }

    /// The author written into change sets: `--author`, else `$USER`, else `sociolab`.
    var author: String {
        if let given = arguments.value("--author"), !given.isEmpty { return given }
        if let user = environment.variables["USER"], !user.isEmpty { return user }
        return "sociolab"
    }

    /// The language of every line the command prints: `--lang`, else `$SOCIOLAB_LANG`, else the locale
    /// (``LanguageChoice``).
    func language() throws(UsageError) -> Language {
        let given = try arguments.value("--lang", as: "sl or en") { Language(rawValue: $0) }
        return given ?? LanguageChoice.resolve(given: nil, variables: environment.variables)
    }

    /// The day given with `--as-of` (ISO `2020-12-31` or `31.12.2020`), else `fallback`.
    func day(_ option: String, default fallback: Day) throws(UsageError) -> Day {
        try arguments.value(option, as: "a date like 2020-12-31") { try Day(parsing: $0) } ?? fallback
    }

    /// Opens the store (for writing unless `readOnly`) and loads it into a workspace acting as
    /// ``actingParty`` (`--as PARTNER`, for the commands that take it).
    ///
    /// A read-only workspace is kept until the process exits (``ProcessLifetime``), so that the command
    /// does not spend its last second freeing records the exit frees at once.
    /// - Throws: A store error (exit 3) when the store is missing, locked or damaged; ``UsageError``
    ///   (exit 2) listing the partners when `--as` names none of them.
    func openWorkspace(readOnly: Bool = false) async throws -> Workspace {
        let store = try await StoreAccess.open(
            at: storeURL, path: storePath, readOnly: readOnly, environment: environment)
        let workspace: Workspace
        do {
            workspace = try await Workspace(
                store: store, plugins: plugins, actingAs: actingParty, clock: environment.clock)
        } catch let error as SocioLabError where error.code == .unknownPartner {
            throw unknownPartner(
                actingParty.partner?.rawValue ?? "", in: try await store.load().dataset.operation)
        }
        if readOnly && environment.exitsAfterRun { ProcessLifetime.keepUntilExit(workspace) }
        let note = (try? language()) == .slovenian ? "opomba" : "note"
        for notice in await workspace.openNotices { console.error("sociolab: \(note): \(notice)") }
        return workspace
    }
}

/// One `sociolab` command: its description for the parser and help, and what it does.
protocol CLICommand {
    /// The command's name, options and help.
    static var spec: CommandSpec { get }
    /// Runs the command.
    /// - Returns: The exit code.
    /// - Throws: Any error; ``ExitCode/code(for:)`` turns it into the exit code and it is printed on stderr.
    static func run(_ context: CommandContext) async throws -> Int32
}
