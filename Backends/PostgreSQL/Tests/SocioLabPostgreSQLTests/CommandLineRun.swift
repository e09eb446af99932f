import Foundation
import SocioLabCommandLine
import SocioLabPostgreSQLCLI

/// What one in-process run of `sociolab-postgresql`'s commands did.
struct CommandLineResult: CustomStringConvertible {
    /// The exit code.
    var exitCode: Int32
    /// Everything written to standard output.
    var standardOutput: String
    /// Everything written to standard error.
    var standardError: String

    /// The run, for failure messages.
    var description: String {
        "exit \(exitCode)\n--- stdout\n\(standardOutput.prefix(1500))\n--- stderr\n\(standardError.prefix(1500))"
    }
}

/// A directory of its own in which a test runs the tool in-process, through ``SocioLabCommandLine`` with
/// the PostgreSQL opener, as `sociolab-postgresql` runs it; removed when the value goes.
final class CommandLineRun {
    /// The working directory of the runs.
    let directory: URL

    /// A new, empty directory.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sociolab-pg-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// `postgresql:///?schema=…` for a new, empty schema of the test server (host, port, user and database
    /// come from the `PG*` variables, as a user's would).
    static func freshLocation() throws -> String {
        "postgresql:///?schema=" + (try TestDatabase.freshSchema().schema)
    }

    /// Runs the tool with `arguments` in ``directory``: the process's `PG*` variables, a fixed clock, the
    /// user `tester`, and `extra` on top.
    func run(_ arguments: String..., environment extra: [String: String] = [:]) async throws
        -> CommandLineResult
    {
        try await run(arguments: arguments, environment: extra)
    }

    /// Runs the tool with an array of arguments (as ``run(_:environment:)``).
    func run(arguments: [String], environment extra: [String: String] = [:]) async throws -> CommandLineResult
    {
        var environment = ProcessInfo.processInfo.environment.filter { $0.key.hasPrefix("PG") }
        environment["HOME"] = directory.path
        environment["USER"] = "tester"
        environment["SOCIOLAB_NOW"] = "2021-01-15T09:00:00.000Z"
        environment.merge(extra) { $1 }
        let outURL = directory.appendingPathComponent(".out-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let code = await SocioLabCommandLine.run(
            arguments, environment: environment, currentDirectory: directory, standardOutput: out,
            standardError: err, stores: .postgreSQL)
        try out.close()
        try err.close()
        return CommandLineResult(
            exitCode: code, standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
