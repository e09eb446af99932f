import Foundation

/// The commands of the `sociolab` tool, to run from an executable of one's own.
///
/// `sociolab` itself is `SocioLabCommandLine.main()`. A backend's package builds a tool that does all
/// `sociolab` does on its stores too by giving a ``StoreOpener`` (as `Backends/PostgreSQL` builds
/// `sociolab-postgresql`); tests run the tool in-process with ``run(_:environment:currentDirectory:standardOutput:standardError:stores:)``.
/// `Documentation/CLI.md` describes the commands.
public enum SocioLabCommandLine {
    /// Runs the tool on the process's arguments and environment and exits with the command's exit code.
    /// - Parameter stores: Which backend opens the store that `--store` or `$SOCIOLAB_STORE` names.
    public static func main(stores: StoreOpener = .jsonFile) async -> Never {
        var environment = CLIEnvironment.current()
        environment.stores = stores
        let code = await Tool.run(Array(CommandLine.arguments.dropFirst()), environment: environment)
        exit(code)
    }

    /// Runs one command line of the tool in this process and returns its exit code.
    ///
    /// The run reads nothing from the process but what it is given (the clock is `SOCIOLAB_NOW` from
    /// `environment` when set, else the current time), so several runs may go on at once.
    /// - Parameters:
    ///   - arguments: The arguments after the program name, such as `["report", "--format", "json"]`.
    ///   - environment: The environment variables (`SOCIOLAB_STORE`, `SOCIOLAB_LANG`, `USER` …, and what the
    ///     opener reads).
    ///   - currentDirectory: The directory relative paths are resolved against.
    ///   - standardOutput: Where results go.
    ///   - standardError: Where diagnostics and summaries go (never shown as a terminal).
    ///   - stores: Which backend opens the store that `--store` or `$SOCIOLAB_STORE` names.
    /// - Returns: The exit code: 0 success, 1 findings, 2 usage error, 3 store error.
    public static func run(
        _ arguments: [String], environment: [String: String],
        currentDirectory: URL = URL(
            fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
        standardOutput: FileHandle = .standardOutput, standardError: FileHandle = .standardError,
        stores: StoreOpener = .jsonFile
    ) async -> Int32 {
        var run = CLIEnvironment(
            variables: environment, currentDirectory: currentDirectory,
            now: CLIEnvironment.now(in: environment), standardErrorIsTerminal: false)
        run.standardOutput = standardOutput
        run.standardError = standardError
        run.stores = stores
        return await Tool.run(arguments, environment: run)
    }
}
