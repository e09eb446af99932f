import Foundation
import SocioLabKit

/// Everything the tool reads from the world outside its arguments, read once in `main` and passed down.
///
/// Commands never call `Date()`, `getenv` or `isatty` themselves: they read this value, so a run is a
/// function of its arguments and this environment, and the end-to-end tests can pin the clock with
/// `SOCIOLAB_NOW` and the report day with `--as-of`.
struct CLIEnvironment: Sendable {
    /// The environment variables.
    var variables: [String: String]
    /// The directory relative paths are resolved against.
    var currentDirectory: URL
    /// The moment the run started: the timestamp of every change set the run writes.
    var now: Timestamp
    /// Whether standard error is a terminal, so progress lines may be shown there.
    var standardErrorIsTerminal: Bool
    /// Which backend opens the store `--store` names: the JSON file store's directories unless a backend's
    /// tool gives its own (``SocioLabCommandLine``).
    var stores = StoreOpener.jsonFile
    /// Where results go.
    var standardOutput = FileHandle.standardOutput
    /// Where diagnostics, summaries and progress go.
    var standardError = FileHandle.standardError
    /// Whether the process exits when the command returns (`main`), so read-only workspaces are left for
    /// the exit to free (``ProcessLifetime``); `false` for a run in-process.
    var exitsAfterRun = false

    /// The calendar day of ``now`` in UTC: the default report day.
    var today: Day { now.day }

    /// The clock every workspace of the run uses: the one moment read at start.
    var clock: TimeSource { .fixed(now) }

    /// The environment of this process: its variables, working directory, the current time (or
    /// `SOCIOLAB_NOW`, a timestamp like `2021-01-15T09:00:00.000Z`, when set) and whether stderr is a terminal.
    static func current() -> CLIEnvironment {
        let variables = ProcessInfo.processInfo.environment
        var environment = CLIEnvironment(
            variables: variables,
            currentDirectory: URL(
                fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            now: now(in: variables),
            standardErrorIsTerminal: isatty(STDERR_FILENO) == 1)
        environment.exitsAfterRun = true
        return environment
    }

    /// `SOCIOLAB_NOW` (a timestamp like `2021-01-15T09:00:00.000Z`) when set, else the current time.
    static func now(in variables: [String: String]) -> Timestamp {
        variables["SOCIOLAB_NOW"].flatMap(Timestamp.init(parsing:)) ?? Timestamp(Date())
    }

    /// The path to give the file system: as written when it is absolute or ``currentDirectory`` is the
    /// process's working directory (so the store's messages name it as the user wrote it), else resolved
    /// against ``currentDirectory`` (a run in-process with a directory of its own).
    func fileSystemPath(_ path: String) -> String {
        if path.hasPrefix("/")
            || currentDirectory.standardizedFileURL.path
                == URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        {
            return path
        }
        return url(for: path).path
    }

    /// The path as a file URL: absolute paths as they are, relative ones against ``currentDirectory``.
    func url(for path: String, isDirectory: Bool = false) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path, isDirectory: isDirectory) }
        return URL(fileURLWithPath: path, isDirectory: isDirectory, relativeTo: currentDirectory)
            .standardizedFileURL
    }
}
