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

    /// The calendar day of ``now`` in UTC: the default report day.
    var today: Day { now.day }

    /// The clock every workspace of the run uses: the one moment read at start.
    var clock: TimeSource { .fixed(now) }

    /// The environment of this process: its variables, working directory, the current time (or
    /// `SOCIOLAB_NOW`, a timestamp like `2021-01-15T09:00:00.000Z`, when set) and whether stderr is a terminal.
    static func current() -> CLIEnvironment {
        let variables = ProcessInfo.processInfo.environment
        let now = variables["SOCIOLAB_NOW"].flatMap(Timestamp.init(parsing:)) ?? Timestamp(Date())
        return CLIEnvironment(
            variables: variables,
            currentDirectory: URL(
                fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            now: now,
            standardErrorIsTerminal: isatty(STDERR_FILENO) == 1)
    }

    /// The path as a file URL: absolute paths as they are, relative ones against ``currentDirectory``.
    func url(for path: String, isDirectory: Bool = false) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path, isDirectory: isDirectory) }
        return URL(fileURLWithPath: path, isDirectory: isDirectory, relativeTo: currentDirectory)
            .standardizedFileURL
    }
}
