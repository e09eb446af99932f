import Foundation
import SocioLabBenchSupport

extension BenchRun {
    /// The store `sociolab import` writes (removed after it is measured, unless `--keep`).
    var cliImportStorePath: String { out + "/store-cli-import" }

    /// Runs `sociolab init` and `sociolab import` of the exported CSV files into a new store as whole
    /// processes, as a user does (issue 18's figures, held against DuckDB's load into a database file):
    ///
    /// - `cli_import_s`: the import process, spawn to exit (with `rows` and `rows_per_s`);
    /// - `cli_import_peak_rss_bytes`: its peak memory (measured by GNU time from a small parent when it is
    ///   there, because `ru_maxrss` of a child of this large process counts this process's pages until
    ///   the child execs);
    /// - `cli_import_store_bytes`: the store's bytes on disk, with its files apart and the CSV's bytes
    ///   (`csv_bytes`, `ratio_to_csv`).
    func cliImport() throws {
        guard options.runCLI else {
            reporter.skipped("cli_import_s", "s", reason: "--no-cli given")
            return
        }
        let cli = Self.cliPath
        guard FileManager.default.isExecutableFile(atPath: cli) else {
            reporter.skipped(
                "cli_import_s", "s",
                reason: "no sociolab binary at \(cli): build it (swift build -c release --product sociolab)")
            return
        }
        let store = cliImportStorePath
        if FileManager.default.fileExists(atPath: store) { try FileManager.default.removeItem(atPath: store) }
        let created = try ChildProcess(executable: cli, arguments: ["init", "--store", store]).run(
            outputFile: out + "/sociolab-init.out")
        guard created.exitCode == 0 else {
            reporter.skipped("cli_import_s", "s", reason: "sociolab init exited with \(created.exitCode)")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: csvDirectory).sorted()
            .filter { $0.hasSuffix(".csv") }.map { csvDirectory + "/" + $0 }
        reporter.progress("running sociolab import of \(files.count) CSV files into a new store…")
        let outcome = try runMeasured(
            cli, ["import", "--store", store, "--author", "sociolab-bench", "--reason", "benchmark"] + files,
            outputFile: out + "/sociolab-import.out")
        guard outcome.exitCode == 0 else {
            reporter.skipped(
                "cli_import_s", "s", reason: "sociolab import exited with \(outcome.exitCode) (see above)")
            return
        }
        let rows = try csvRows(files)
        reporter.figure(
            "cli_import_s", outcome.seconds, "s",
            [("rows", rows), ("rows_per_s", Double(rows) / outcome.seconds)])
        reporter.figure("cli_import_peak_rss_bytes", Double(outcome.peakResidentBytes), "bytes")
        let parts = ["snapshot.json", "journal.jsonl", "history.jsonl", "head.json"].map {
            ($0, fileSize(store + "/" + $0))
        }
        let total = try directoryBytes(store)
        let csv = files.reduce(0) { $0 + fileSize($1) }
        reporter.figure(
            "cli_import_store_bytes", Double(total), "bytes",
            parts.map { ($0.0, $0.1) } + [("csv_bytes", csv), ("ratio_to_csv", Double(total) / Double(csv))])
        if !options.keep { try? FileManager.default.removeItem(atPath: store) }
    }

    /// The `sociolab` binary beside this one.
    static var cliPath: String {
        URL(filePath: executablePath).deletingLastPathComponent().appending(path: "sociolab").path
    }

    /// Runs a program to its end; its peak memory is measured by GNU time from a small parent when
    /// `/usr/bin/time` is there, else taken from `wait4`.
    func runMeasured(_ program: String, _ arguments: [String], outputFile: String) throws
        -> ChildProcess.Outcome
    {
        let gnuTime = "/usr/bin/time"
        let maxRSSFile = outputFile + ".maxrss"
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else {
            return try ChildProcess(executable: program, arguments: arguments).run(outputFile: outputFile)
        }
        var outcome = try ChildProcess(
            executable: gnuTime, arguments: ["-f", "%M", "-o", maxRSSFile, program] + arguments
        ).run(outputFile: outputFile)
        if let text = try? String(contentsOfFile: maxRSSFile, encoding: .utf8),
            let kilobytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            outcome.peakResidentBytes = kilobytes * 1024
        }
        return outcome
    }

    /// The data rows of the CSV files (lines but the header; the exporter writes no line breaks inside
    /// cells of the sample).
    private func csvRows(_ files: [String]) throws -> Int {
        try files.reduce(0) { total, file in
            let data = try Data(contentsOf: URL(filePath: file), options: .alwaysMapped)
            return total + max(0, data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - 1)
        }
    }

    /// The bytes of the regular files in a directory, its subdirectories included.
    private func directoryBytes(_ path: String) throws -> Int {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return 0 }
        var total = 0
        while let name = walker.nextObject() as? String { total += fileSize(path + "/" + name) }
        return total
    }
}
