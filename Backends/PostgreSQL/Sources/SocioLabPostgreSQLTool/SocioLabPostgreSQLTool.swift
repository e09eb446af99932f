import SocioLabCommandLine
import SocioLabPostgreSQLCLI

/// `sociolab-postgresql`: every command of `sociolab`, on a PostgreSQL store with
/// `--store postgresql://[user@]host[:port]/database[?schema=name]` (the password from `PGPASSWORD` or a
/// password file) and on a JSON file store's directory otherwise.
@main
struct SocioLabPostgreSQLTool {
    /// Runs the tool on the process's arguments and exits with the command's exit code.
    static func main() async {
        await SocioLabCommandLine.main(stores: .postgreSQL)
    }
}
