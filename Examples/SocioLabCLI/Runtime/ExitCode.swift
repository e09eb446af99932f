import SocioLabKit

/// The tool's exit codes, the same for every command.
enum ExitCode {
    /// The command did what was asked.
    static let success: Int32 = 0
    /// The command ran, but found validation errors or other findings (or refused bad input).
    static let findings: Int32 = 1
    /// The command line could not be understood.
    static let usage: Int32 = 2
    /// The store could not be used: locked, corrupt, missing, not a store (a `SocioLabError` with a
    /// `store.` code; one with a `usage.` code, such as a store opener's, is a usage error).
    static let store: Int32 = 3

    /// The exit code for an error that ended a command.
    static func code(for error: any Error) -> Int32 {
        switch error {
        case is UsageError: return usage
        case let failure as CommandFailure: return failure.exitCode
        case let error as SocioLabError where error.code.rawValue.hasPrefix("usage."): return usage
        case let error as SocioLabError: return error.code.rawValue.hasPrefix("store.") ? store : findings
        default: return findings
        }
    }
}

/// A failure a command reports itself: the lines to print on standard error and the exit code.
struct CommandFailure: Error, Sendable {
    /// What to print, one line each.
    var lines: [String]
    /// The exit code.
    var exitCode: Int32

    /// Creates a failure.
    init(_ lines: [String], exitCode: Int32 = ExitCode.findings) {
        self.lines = lines
        self.exitCode = exitCode
    }

    /// A store failure (exit 3) with one line.
    static func store(_ line: String) -> CommandFailure { CommandFailure([line], exitCode: ExitCode.store) }
}
