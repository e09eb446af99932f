/// The `sociolab` command-line tool (a placeholder until the commands are written).
@main
struct SocioLabCLI {
    /// Prints that the tool is under construction.
    static func main() {
        print("sociolab: under construction")
    }
}
