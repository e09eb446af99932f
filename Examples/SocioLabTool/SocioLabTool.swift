import SocioLabCommandLine

/// The `sociolab` command-line tool: the commands of ``SocioLabCommandLine`` on the JSON file store.
@main
struct SocioLabTool {
    /// Runs the tool on the process's arguments and exits with the command's exit code.
    static func main() async {
        await SocioLabCommandLine.main()
    }
}
