import Foundation
import SocioLabBenchSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `sociolab-bench`: the SDK's speed and memory at scale, one JSON line per figure on standard output.
///
/// Run it in release mode (`swift run -c release sociolab-bench`); `Documentation/Performance.md` lists the
/// figures and `Benchmarks/compare.py` puts them beside DuckDB's on the same CSV files.
@main
struct SocioLabBench {
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if arguments.first == "open-store" {
                try await OpenStoreCommand.run(Array(arguments.dropFirst()))
                return
            }
            if arguments.first == "profile" {
                try await ProfileCommand.run(Array(arguments.dropFirst()))
                return
            }
            let options = try BenchOptions(arguments: arguments)
            let reporter = FigureReporter(persons: options.persons)
            let (out, temporary) = try outputDirectory(options)
            defer {
                if temporary && !options.keep { try? FileManager.default.removeItem(atPath: out) }
            }
            #if DEBUG
                if !options.smoke {
                    reporter.progress(
                        "warning: a debug build; measure with -c release (figures will be slow)")
                }
            #endif
            reporter.progress("output directory \(out)")
            try await BenchRun(options: options, out: out, reporter: reporter).run()
            reporter.progress("done")
        } catch {
            FileHandle.standardError.write(Data("sociolab-bench: \(error)\n".utf8))
            exit(error is BenchFailure ? 2 : 1)
        }
    }

    /// The `--out` directory (created), or a new temporary one.
    private static func outputDirectory(_ options: BenchOptions) throws -> (String, Bool) {
        if let out = options.outDirectory {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            return (URL(filePath: out).standardizedFileURL.path, false)
        }
        var template = Array((NSTemporaryDirectory() + "/sociolab-bench-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw BenchFailure("cannot make a temporary directory") }
        return (String(cString: made), true)
    }
}
