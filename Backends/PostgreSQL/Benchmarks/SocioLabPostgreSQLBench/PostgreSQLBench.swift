import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPostgreSQL

/// `sociolab-postgresql-bench`: the PostgreSQL store beside the JSON file store at one scale, figures as
/// JSON lines on standard output (see ``FigureReporter``), progress on standard error.
///
/// ```
/// eval "$(.ci/postgres.sh start /tmp/pg)"
/// swift run -c release sociolab-postgresql-bench --persons 200000
/// ```
@main
enum PostgreSQLBench {
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if arguments.first == "open-store" {
                try await OpenStoreChild.run(Array(arguments.dropFirst()))
                return
            }
            var options = BenchOptions()
            while !arguments.isEmpty {
                let flag = arguments.removeFirst()
                func number() throws -> Int {
                    guard let text = arguments.first, let value = Int(text), value > 0 else {
                        throw BenchFailure("\(flag) needs a positive whole number\n\(BenchOptions.usage)")
                    }
                    arguments.removeFirst()
                    return value
                }
                switch flag {
                case "--persons": options.persons = try number()
                case "--appends": options.appends = try number()
                case "--repeats": options.repeats = try number()
                case "--out":
                    guard let path = arguments.first else { throw BenchFailure(BenchOptions.usage) }
                    options.out = path
                    arguments.removeFirst()
                case "--keep": options.keep = true
                case "--help", "-h":
                    print(BenchOptions.usage)
                    return
                default: throw BenchFailure("unknown argument \(flag)\n\(BenchOptions.usage)")
                }
            }
            guard PostgreSQLStore.Configuration.fromEnvironment() != nil else {
                throw BenchFailure(
                    "no PostgreSQL server: set PGHOST (and PGPORT, PGUSER, PGDATABASE), e.g. "
                        + "eval \"$(.ci/postgres.sh start /tmp/pg)\"")
            }
            try await BenchRun(
                options: options,
                reporter: FigureReporter(persons: options.persons, program: "sociolab-postgresql-bench")
            ).run()
        } catch {
            FileHandle.standardError.write(Data("sociolab-postgresql-bench: \(error)\n".utf8))
            exit(1)
        }
    }
}

/// What a run measures.
struct BenchOptions {
    /// The sample's number of persons.
    var persons = 10_000
    /// How many single appends are timed on each store.
    var appends = 200
    /// How many cold opens and report builds; the median is reported.
    var repeats = 3
    /// Where the JSON file store and the children's output go.
    var out = FileManager.default.temporaryDirectory.path + "/sociolab-postgresql-bench"
    /// Whether to keep the JSON file store and the PostgreSQL schema afterwards.
    var keep = false
    /// The report's day.
    var asOf = Day(year: 2021, month: 12, day: 31)!

    static let usage = """
        usage: sociolab-postgresql-bench [--persons N] [--appends N] [--repeats N] [--out DIR] [--keep]
          --persons N   the large sample's persons (default 10000); participations are about five times as many
          --appends N   single appends timed on each store (default 200)
          --repeats N   cold opens and report builds; the median is reported (default 3)
          --out DIR     where the JSON file store goes (default a folder in the temporary directory)
          --keep        keep the JSON file store and the PostgreSQL schema (sociolab_bench_N) afterwards
        The server is the one libpq's variables name (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD).
        """
}
