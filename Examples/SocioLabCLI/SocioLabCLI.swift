import Foundation

/// The `sociolab` command-line tool: reads the environment once, runs the command, exits with its code.
@main
struct SocioLabCLI {
    /// Runs the tool on the process's arguments and exits with the command's exit code.
    static func main() async {
        let code = await Tool.run(Array(CommandLine.arguments.dropFirst()), environment: .current())
        exit(code)
    }
}
