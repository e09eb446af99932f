import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabPostgreSQL
import SocioLabStorage
import SocioLabTesting

/// One run: the same large sample written into a JSON file store and a PostgreSQL store, each then opened
/// in a cold process, given single appends and asked for the full report.
///
/// Phases: generate the sample → write it into a new JSON file store (`create(at:dataset:)`, a snapshot)
/// and into a new PostgreSQL schema (one change set of every record, as an import appends it) → open each
/// store in a separate process (`open-store`), alternating, `repeats` times → in this process, open each
/// store, time single appends and the full report.
struct BenchRun {
    let options: BenchOptions
    let reporter: FigureReporter

    var jsonPath: String { options.out + "/json-store" }
    var schema: String { "sociolab_bench_\(options.persons)" }
    var configuration: PostgreSQLStore.Configuration {
        PostgreSQLStore.Configuration.fromEnvironment(schema: schema)!
    }

    func run() async throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: jsonPath) { try fm.removeItem(atPath: jsonPath) }
        try fm.createDirectory(atPath: options.out, withIntermediateDirectories: true)
        let database = BenchDatabase(configuration: configuration)
        try await database.dropSchema()

        try await write()
        reporter.figure("json_store_bytes", Double(directoryBytes(jsonPath)), "bytes")
        if let bytes = try await database.schemaBytes() {
            reporter.figure("postgresql_schema_bytes", Double(bytes), "bytes")
        }
        try coldOpens()
        for kind in ["postgresql", "json"] {
            try await appendsAndReport(kind)
        }
        if !options.keep {
            try await database.dropSchema()
            try? fm.removeItem(atPath: jsonPath)
        }
    }

    // MARK: Writing

    /// Generates the sample and writes it into both stores; the sample is released on return.
    private func write() async throws {
        reporter.progress("generating \(options.persons) persons…")
        let (dataset, generateSeconds) = ProcessMetrics.timed { SampleData.large(persons: options.persons) }
        let count = dataset.totalCount
        reporter.figure("generate_s", generateSeconds, "s", [("records", count)])

        reporter.progress("writing \(count) records into a new JSON file store at \(jsonPath)…")
        let (json, jsonSeconds) = try ProcessMetrics.timed {
            try JSONFileStore.create(at: jsonPath, dataset: dataset)
        }
        json.close()
        reporter.figure("json_write_s", jsonSeconds, "s", [("how", "snapshot")])

        reporter.progress("writing \(count) records into the PostgreSQL schema \(schema)…")
        let store = try await PostgreSQLStore.create(configuration, operation: dataset.operation)
        let changeSet = CommittedChangeSet(
            revision: 1, author: "sociolab-postgresql-bench",
            timestamp: Timestamp(milliseconds: 1_600_000_000_000),
            reason: "benchmark import",
            records: dataset.allRecords.map { ChangeRecord(reference: $0.reference, before: nil, after: $0) })
        let cpuBefore = ProcessMetrics.processorSeconds()
        let (_, pgSeconds) = try await ProcessMetrics.timed { try await store.append(changeSet) }
        let cpu = ProcessMetrics.processorSeconds() - cpuBefore
        await store.close()
        reporter.figure(
            "postgresql_write_s", pgSeconds, "s",
            [("how", "one change set"), ("records", count), ("client_cpu_s", cpu)])
        reporter.figure("postgresql_write_records_per_s", Double(count) / pgSeconds, "records/s")
        if let peak = ProcessMetrics.peakResidentBytes() {
            reporter.figure("write_peak_rss_bytes", Double(peak), "bytes")
        }
    }

    // MARK: Cold opens

    /// Opens each store in a separate process, alternating, `repeats` times (PostgreSQL's first open after
    /// the import also sets the rows' hint bits, so it is reported apart).
    private func coldOpens() throws {
        var opens: [String: [Double]] = [:]
        var processes: [String: [Double]] = [:]
        var peaks: [String: Int] = [:]
        for round in 0...options.repeats {
            for (kind, target) in [("postgresql", schema), ("json", jsonPath)] {
                if round == 0 && kind == "json" { continue }
                reporter.progress("opening the \(kind) store in a separate process…")
                let child = ChildProcess(
                    executable: Self.executablePath, arguments: ["open-store", kind, target])
                let outcome = try child.run(outputFile: options.out + "/open-store.out")
                guard outcome.exitCode == 0,
                    let line = try JSONSerialization.jsonObject(with: outcome.standardOutput)
                        as? [String: Any],
                    let open = line["open_s"] as? Double
                else {
                    throw BenchFailure(
                        "the open-store child failed (exit \(outcome.exitCode)): "
                            + String(decoding: outcome.standardOutput, as: UTF8.self))
                }
                if round == 0 {
                    reporter.figure("postgresql_open_first_s", open, "s")
                    continue
                }
                opens[kind, default: []].append(open)
                processes[kind, default: []].append(outcome.seconds)
                peaks[kind] = max(
                    peaks[kind] ?? 0, (line["peak_rss_bytes"] as? Int) ?? outcome.peakResidentBytes)
            }
        }
        for kind in ["postgresql", "json"] {
            let values = opens[kind] ?? []
            reporter.figure(
                "\(kind)_open_cold_s", median(values), "s",
                [("runs", values.count), ("min_s", values.min() ?? 0), ("max_s", values.max() ?? 0)])
            reporter.figure("\(kind)_open_process_s", median(processes[kind] ?? []), "s")
            reporter.figure("\(kind)_open_peak_rss_bytes", Double(peaks[kind] ?? 0), "bytes")
        }
    }

    // MARK: Appends and the report

    /// Opens a store in this process, times single appends, then the full report.
    private func appendsAndReport(_ kind: String) async throws {
        reporter.progress("opening the \(kind) store in this process…")
        let start = ProcessMetrics.now()
        let store: any Store =
            kind == "json"
            ? try JSONFileStore.open(at: jsonPath) : try await PostgreSQLStore.open(configuration)
        let workspace = try await Workspace(store: store, plugins: .standard)
        reporter.figure("\(kind)_open_in_process_s", ProcessMetrics.seconds(since: start), "s")

        reporter.progress("timing \(options.appends) single appends on the \(kind) store…")
        let latencies = try await AppendProbe(count: options.appends, prefix: kind).run(workspace)
        reporter.figure(
            "\(kind)_append_median_ms", median(latencies) * 1000, "ms", [("appends", latencies.count)])
        reporter.figure("\(kind)_append_p99_ms", percentile(latencies, 0.99) * 1000, "ms")

        reporter.progress("building the full report on the \(kind) store (\(options.repeats)×)…")
        let (_, first) = await ProcessMetrics.timed {
            await workspace.report(ReportBuilder(plugins: .standard), asOf: options.asOf)
        }
        reporter.figure("\(kind)_report_first_s", first, "s")
        let dataset = await workspace.dataset
        var seconds: [Double] = []
        for _ in 0..<options.repeats {
            let (_, s) = ProcessMetrics.timed {
                ReportBuilder(plugins: .standard).build(dataset, asOf: options.asOf)
            }
            seconds.append(s)
        }
        reporter.figure("\(kind)_report_s", median(seconds), "s", [("runs", seconds.count)])
        if let store = store as? PostgreSQLStore { await store.close() }
        if let store = store as? JSONFileStore { store.close() }
    }

    // MARK: Helpers

    /// The path of this executable.
    static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(filePath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    private func directoryBytes(_ path: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + name)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
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
