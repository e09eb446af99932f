import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import SocioLabTesting

/// One full benchmark run: every phase in order, each printing its figures.
///
/// Phases: generate the sample → export it as CSV (`OUT/csv`) → import the CSV files into a new JSON file
/// store (`OUT/store`) → compact it → build the full report on the open workspace → open the store in a
/// cold process (this binary's hidden `open-store` command) → run `sociolab report --format json` as a
/// whole process → run `sociolab import` of the CSV files into a new store (`OUT/store-cli-import`) as a
/// whole process → time single appends at 1,000 persons (`OUT/store-1000`) and at N.
struct BenchRun {
    let options: BenchOptions
    let out: String
    let reporter: FigureReporter

    var csvDirectory: String { out + "/csv" }
    var storePath: String { out + "/store" }
    var smallStorePath: String { out + "/store-1000" }
    /// With `--progress-consumer`, a callback that takes every progress update (and does nothing with it).
    var progressHandler: Workspace.ProgressHandler? {
        guard options.progressConsumer else { return nil }
        return { progress in _ = progress.fraction }
    }

    func run() async throws {
        let fm = FileManager.default
        for path in [csvDirectory, storePath, smallStorePath] where fm.fileExists(atPath: path) {
            try fm.removeItem(atPath: path)
        }
        try fm.createDirectory(atPath: csvDirectory, withIntermediateDirectories: true)

        try exportCSV()
        let store = try await importAndReport()
        store.close()
        try coldOpen()
        try cliReport()
        try cliImport()
        try await appendLatencies()
    }

    // MARK: Generating and exporting

    /// Generates the sample and writes the contract's CSV files.
    private func exportCSV() throws {
        let n = options.persons
        reporter.progress("generating \(n) persons (seed \(options.seed))…")
        let sample = LargeSample(persons: n, seed: options.seed)
        let (dataset, generateSeconds) = ProcessMetrics.timed { sample.makeDataset() }
        let rows = dataset.totalCount
        reporter.figure("generate_s", generateSeconds, "s", [("records", rows)])
        reporter.figure(
            "participations", Double(dataset.participations.count), "records",
            [("activities", dataset.activities.count), ("organisations", dataset.organisations.count)])

        reporter.progress("exporting \(rows) records as CSV into \(csvDirectory)…")
        let ((), exportSeconds) = try ProcessMetrics.timed {
            for file in try CSVExport.files(for: dataset) {
                try file.data.write(to: URL(filePath: csvDirectory + "/" + file.name))
            }
        }
        let bytes = try csvBytes()
        reporter.figure("csv_export_s", exportSeconds, "s", [("rows", rows), ("bytes", bytes)])
        reporter.figure("csv_export_rows_per_s", Double(rows) / exportSeconds, "rows/s")
        if let peak = ProcessMetrics.peakResidentBytes() {
            reporter.figure("generate_export_peak_rss_bytes", Double(peak), "bytes")
        }
    }

    private func csvBytes() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: csvDirectory).reduce(0) { total, name in
            total + fileSize(csvDirectory + "/" + name)
        }
    }

    // MARK: Import, compaction and the report on the open workspace

    /// Imports the CSV files into a new store, compacts it and times the report; returns the store.
    private func importAndReport() async throws -> JSONFileStore {
        let (store, workspace) = try await importCSV()
        reporter.progress("compacting…")
        let (_, compactSeconds) = try await ProcessMetrics.timed { try await workspace.compact() }
        let snapshot = fileSize(storePath + "/snapshot.json")
        reporter.figure("compaction_s", compactSeconds, "s")
        reporter.figure("snapshot_bytes", Double(snapshot), "bytes")
        reporter.figure(
            "snapshot_bytes_per_person", Double(snapshot) / Double(max(1, options.persons)), "bytes/person")

        try await timeReport(workspace)
        return store
    }

    /// Reads the CSV files, plans the changes and applies them to a new store as one change set.
    private func importCSV() async throws -> (JSONFileStore, Workspace) {
        reporter.progress("importing the CSV files into a new JSON file store at \(storePath)…")
        ProcessMetrics.resetPeakResident()
        let start = ProcessMetrics.now()
        let (sources, readSeconds) = try ProcessMetrics.timed {
            // The export leaves out the finance tables when they are empty; read what it wrote.
            try ExchangeTable.allCases.compactMap { table -> CSVSource? in
                let path = csvDirectory + "/" + table.fileName
                guard table.kind.isFinance == false || FileManager.default.fileExists(atPath: path) else {
                    return nil
                }
                return CSVSource(name: path, data: try Data(contentsOf: URL(filePath: path)), table: table)
            }
        }
        let (batch, parseSeconds) = try ProcessMetrics.timed {
            try CSVImport.read(
                sources, options: CSVImportOptions(operation: .socioLabPodravje), progress: progressHandler)
        }
        // Data rows: personal details share persons.csv's rows.
        let rows = batch.counts.filter { $0.key != .personalDetails }.values.reduce(0, +)
        let (changes, planSeconds) = ProcessMetrics.timed {
            ImportPlanner.changes(for: batch, against: Dataset(operation: .socioLabPodravje))
        }
        let store: JSONFileStore
        let workspace: Workspace
        let applySeconds: Double
        switch options.importPath {
        case .workspace:
            store = try JSONFileStore.create(at: storePath, operation: .socioLabPodravje)
            workspace = try await Workspace(store: store, plugins: .standard)
            (_, applySeconds) = try await ProcessMetrics.timed {
                try await workspace.apply(
                    changes, author: "sociolab-bench", reason: "benchmark import", progress: progressHandler)
            }
        case .snapshot:
            let applyStart = ProcessMetrics.now()
            var dataset = Dataset(operation: .socioLabPodravje)
            for change in changes { _ = try dataset.apply(change) }
            let rules = CoreRules.all + PluginRegistry.standard.validationRules
            let errors = Validator(rules: rules).validate(dataset).filter { $0.severity == .error }
            guard errors.isEmpty else {
                throw BenchFailure(
                    "the import has \(errors.count) validation error(s), first: \(errors[0].message.en)")
            }
            store = try JSONFileStore.create(at: storePath, dataset: dataset)
            workspace = try await Workspace(store: store, plugins: .standard)
            applySeconds = ProcessMetrics.seconds(since: applyStart)
        }
        let importSeconds = ProcessMetrics.seconds(since: start)
        reporter.figure(
            "csv_import_rows_per_s", Double(rows) / importSeconds, "rows/s",
            [("rows", rows), ("seconds", importSeconds), ("path", options.importPath.rawValue)])
        reporter.figure(
            "csv_import_s", importSeconds, "s",
            [
                ("read_s", readSeconds), ("parse_s", parseSeconds), ("plan_s", planSeconds),
                ("validate_append_s", applySeconds),
            ])
        if let peak = ProcessMetrics.peakResidentBytes() {
            reporter.figure("csv_import_peak_rss_bytes", Double(peak), "bytes")
        }
        return (store, workspace)
    }

    /// Times the full report on the open workspace and saves it as `OUT/report-inprocess.json`.
    ///
    /// `report_s` is what the issue holds against DuckDB's SQL: every output with its breakdowns and series
    /// and every ESF indicator (median of the repeats, after one untimed-in-the-median warm-up build whose
    /// time is reported as `report_warmup_s`: right after an import the process is giving gigabytes back
    /// to the system, and the first build pays for it). The fingerprint, which the SQL has no counterpart
    /// for, is timed apart (`report_fingerprint_s`), and `report_first_s` is the first report a workspace
    /// makes for a revision: the counts and the fingerprint, which the workspace then keeps.
    private func timeReport(_ workspace: Workspace) async throws {
        reporter.progress("building the full report on the open workspace (\(options.repeats)×)…")
        let dataset = await workspace.dataset
        let builder = ReportBuilder(plugins: .standard)
        var counts = builder
        counts.computesFingerprint = false
        var seconds: [Double] = []
        ProcessMetrics.resetPeakResident()
        let before = ProcessMetrics.residentBytes() ?? 0
        let (_, warmup) = ProcessMetrics.timed { counts.build(dataset, asOf: options.asOf) }
        reporter.figure("report_warmup_s", warmup, "s")
        for _ in 0..<options.repeats {
            let (_, s) = ProcessMetrics.timed { counts.build(dataset, asOf: options.asOf) }
            seconds.append(s)
        }
        let peakDelta = (ProcessMetrics.peakResidentBytes() ?? before) - before
        reporter.figure(
            "report_s", median(seconds), "s",
            [("runs", seconds.count), ("min_s", seconds.min() ?? 0), ("max_s", seconds.max() ?? 0)])
        reporter.figure("report_extra_peak_rss_bytes", Double(peakDelta), "bytes")
        let (report, firstSeconds) = await ProcessMetrics.timed {
            await workspace.report(builder, asOf: options.asOf, progress: progressHandler)
        }
        reporter.figure("report_first_s", firstSeconds, "s")
        let (_, contextSeconds) = ProcessMetrics.timed {
            IndicatorContext(dataset: dataset, plugins: .standard, asOf: options.asOf)
        }
        reporter.figure("report_context_s", contextSeconds, "s")
        let (_, fingerprintSeconds) = ProcessMetrics.timed { DatasetFingerprint.sha256(of: dataset) }
        reporter.figure("report_fingerprint_s", fingerprintSeconds, "s")

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(report).write(to: URL(filePath: out + "/report-inprocess.json"))
    }

    // MARK: Separate processes

    /// Opens the compacted store in a separate process, `repeats` times.
    private func coldOpen() throws {
        reporter.progress("opening the store in a separate process (\(options.repeats)×)…")
        var opens: [Double] = []
        var processes: [Double] = []
        var peak = 0
        for _ in 0..<options.repeats {
            let child = ChildProcess(executable: Self.executablePath, arguments: ["open-store", storePath])
            let outcome = try child.run(outputFile: out + "/open-store.out")
            guard outcome.exitCode == 0,
                let line = try JSONSerialization.jsonObject(with: outcome.standardOutput) as? [String: Any],
                let open = line["open_s"] as? Double
            else {
                throw BenchFailure(
                    "the open-store child failed (exit \(outcome.exitCode)): "
                        + String(decoding: outcome.standardOutput, as: UTF8.self))
            }
            opens.append(open)
            processes.append(outcome.seconds)
            peak = max(peak, (line["peak_rss_bytes"] as? Int) ?? outcome.peakResidentBytes)
        }
        reporter.figure("store_open_cold_s", median(opens), "s", [("runs", opens.count)])
        reporter.figure("store_open_process_s", median(processes), "s")
        reporter.figure("store_open_peak_rss_bytes", Double(peak), "bytes")
    }

    /// Runs `sociolab report --format json` as a whole process, when the binary is beside this one.
    private func cliReport() throws {
        let cli = URL(filePath: Self.executablePath).deletingLastPathComponent().appending(path: "sociolab")
            .path
        guard options.runCLI else {
            reporter.skipped("cli_report_s", "s", reason: "--no-cli given")
            return
        }
        guard FileManager.default.isExecutableFile(atPath: cli) else {
            reporter.skipped(
                "cli_report_s", "s",
                reason: "no sociolab binary at \(cli): build it (swift build -c release --product sociolab)")
            return
        }
        reporter.progress("running sociolab report --format json as a whole process (\(options.repeats)×)…")
        var seconds: [Double] = []
        var peak = 0
        // `ru_maxrss` of a child spawned from this large process counts this process's pages (the child
        // shares them until it execs), so when GNU time is there it measures the child from a small parent.
        let gnuTime = "/usr/bin/time"
        let maxRSSFile = out + "/sociolab-report.maxrss"
        let wrapped = FileManager.default.isExecutableFile(atPath: gnuTime)
        for _ in 0..<options.repeats {
            let arguments = [
                "report", "--format", "json", "--store", storePath, "--as-of", options.asOf.description,
            ]
            let child =
                wrapped
                ? ChildProcess(
                    executable: gnuTime, arguments: ["-f", "%M", "-o", maxRSSFile, cli] + arguments)
                : ChildProcess(executable: cli, arguments: arguments)
            var outcome = try child.run(outputFile: out + "/sociolab-report.json")
            if wrapped, let text = try? String(contentsOfFile: maxRSSFile, encoding: .utf8),
                let kilobytes = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                outcome.peakResidentBytes = kilobytes * 1024
            }
            guard outcome.exitCode == 0 else {
                reporter.skipped(
                    "cli_report_s", "s",
                    reason: "sociolab report exited with \(outcome.exitCode) (see its message above)")
                return
            }
            seconds.append(outcome.seconds)
            peak = max(peak, outcome.peakResidentBytes)
        }
        reporter.figure("cli_report_s", median(seconds), "s", [("runs", seconds.count)])
        reporter.figure("cli_report_peak_rss_bytes", Double(peak), "bytes")
    }

    // MARK: Appends

    /// Times single appends at 1,000 persons and at N.
    private func appendLatencies() async throws {
        reporter.progress("timing \(options.appends) single appends at 1,000 persons…")
        let small = LargeSample(persons: 1_000, seed: options.seed).makeDataset()
        let smallStore = try JSONFileStore.create(at: smallStorePath, dataset: small)
        let smallLatencies = try await AppendProbe(count: options.appends).run(store: smallStore)
        smallStore.close()
        reporter.figure("append_1000_median_ms", median(smallLatencies) * 1000, "ms")
        reporter.figure("append_1000_p99_ms", percentile(smallLatencies, 0.99) * 1000, "ms")

        reporter.progress("timing \(options.appends) single appends at \(options.persons) persons…")
        let (store, openSeconds) = try ProcessMetrics.timed { try JSONFileStore.open(at: storePath) }
        reporter.figure("store_open_warm_in_process_s", openSeconds, "s")
        let latencies = try await AppendProbe(count: options.appends).run(store: store)
        store.close()
        reporter.figure("append_n_median_ms", median(latencies) * 1000, "ms")
        reporter.figure("append_n_p99_ms", percentile(latencies, 0.99) * 1000, "ms")
        reporter.figure(
            "append_median_ratio_n_to_1000", median(latencies) / median(smallLatencies), "ratio")
    }

    // MARK: Helpers

    /// The path of this executable.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(filePath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// The middle value (the mean of the two middle values for an even count).
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/// The nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count, max(1, rank)) - 1]
}
