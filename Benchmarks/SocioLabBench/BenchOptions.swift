import Foundation
import SocioLabBenchSupport
import SocioLabKit

/// The command line of `sociolab-bench`.
struct BenchOptions {
    /// The number of persons (participations are about five times as many).
    var persons = 1_000_000
    /// The sample's seed.
    var seed: UInt64 = 2018
    /// Where the CSV files and stores go; `nil` for a new temporary directory.
    var outDirectory: String?
    /// Whether to keep the output directory when it is a temporary one.
    var keep = false
    /// A tiny, fast run that checks the benchmark still works (CI, debug build).
    var smoke = false
    /// How many times the repeated measurements (store open, report) run; the median is reported.
    var repeats = 3
    /// How many single appends are timed at each size.
    var appends = 200
    /// The report day.
    var asOf = Day(year: 2021, month: 12, day: 31)!
    /// Whether to run the whole `sociolab report` process.
    var runCLI = true
    /// How the CSV import reaches the store.
    var importPath = ImportPath.workspace
    /// Whether the import and the report hand their progress to a callback (to measure what it costs).
    var progressConsumer = false

    /// How the CSV import reaches the new store.
    enum ImportPath: String {
        /// One change set through `Workspace.apply` (validated, one journal line): what `sociolab import` does.
        case workspace
        /// The records applied to a dataset, validated whole, and written as the store's first snapshot
        /// (`JSONFileStore.create(at:dataset:)`).
        case snapshot
    }

    static let usage = """
        usage: sociolab-bench [--persons N | --quick | --smoke] [--seed N] [--out DIR] [--keep]
                              [--repeats N] [--appends N] [--as-of YYYY-MM-DD] [--no-cli]
                              [--import workspace|snapshot] [--progress-consumer]

        Generates a SocioLab Podravje dataset, exports it as CSV into DIR/csv, imports it into a new JSON
        file store (DIR/store), and prints one JSON line per figure on standard output; progress goes to
        standard error. See Documentation/Performance.md.

          --persons N   persons in the sample (default 1000000; 5 participations each on average)
          --quick       10000 persons
          --smoke       a tiny run that only checks the benchmark works (seconds, even in debug)
          --seed N      the sample's seed (default 2018)
          --out DIR     where the CSV files and stores go (default: a temporary directory, removed after)
          --keep        keep the temporary directory
          --repeats N   runs of each repeated measurement; the median is reported (default 3)
          --appends N   single appends timed at each size (default 200)
          --as-of DAY   the report day (default 2021-12-31, the operation's last day)
          --no-cli      do not run the sociolab binary
          --import P    workspace (default): one change set through Workspace.apply, as `sociolab import`;
                        snapshot: validate the whole dataset and write it as the new store's snapshot
          --progress-consumer  hand the import's and the report's progress to a callback (its cost)
        """

    /// Parses the arguments after the program name.
    /// - Throws: `BenchFailure` naming the wrong argument.
    init(arguments: [String]) throws {
        var rest = arguments[...]
        var quick = false
        var explicitPersons: Int?
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else {
                throw BenchFailure("\(flag) needs a value\n\n\(Self.usage)")
            }
            return next
        }
        func number(_ flag: String) throws -> Int {
            let text = try value(flag)
            guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= 0 else {
                throw BenchFailure("\(flag) takes a whole number, not '\(text)'")
            }
            return n
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--persons": explicitPersons = try number(argument)
            case "--quick": quick = true
            case "--smoke": smoke = true
            case "--seed": seed = UInt64(try number(argument))
            case "--out": outDirectory = try value(argument)
            case "--keep": keep = true
            case "--repeats": repeats = max(1, try number(argument))
            case "--appends": appends = max(1, try number(argument))
            case "--as-of":
                let text = try value(argument)
                guard let day = try? Day(parsing: text) else {
                    throw BenchFailure("--as-of takes a day such as 2021-12-31, not '\(text)'")
                }
                asOf = day
            case "--no-cli": runCLI = false
            case "--progress-consumer": progressConsumer = true
            case "--import":
                let text = try value(argument)
                guard let path = ImportPath(rawValue: text) else {
                    throw BenchFailure("--import takes workspace or snapshot, not '\(text)'")
                }
                importPath = path
            case "-h", "--help": throw BenchFailure(Self.usage)
            default: throw BenchFailure("unknown argument '\(argument)'\n\n\(Self.usage)")
            }
        }
        if quick { persons = 10_000 }
        if smoke {
            persons = 500
            repeats = 1
            appends = min(appends, 20)
        }
        if let explicitPersons { persons = explicitPersons }
    }
}
