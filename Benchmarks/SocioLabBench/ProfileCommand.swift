import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import SocioLabTesting

#if canImport(Glibc)
    import Glibc
#endif

/// The hidden `profile PART [--persons N] [--seed N] [--times K]` command: runs one part of the work on a
/// generated sample, `K` times, and nothing else, so that a profiler (`perf record`,
/// `valgrind --tool=callgrind`) sees only that part beside the generation.
///
/// Parts: `report` (the full report), `report-nofp` (without the fingerprint), `report-json` (that report
/// as JSON on standard output, to compare two builds' figures), `fingerprint`, `context`
/// (the indicator context), `journal-line` (encoding the whole sample as one change-set line: what an
/// import appends), `validate` (a full validation), `indicators` (each indicator and the ESF set timed one
/// by one, sequentially, on one context), `make-store` (writes the sample as a compacted store at
/// `$TMPDIR/sociolab-profile-store-N`, replacing one there, for `open-store` to open under a profiler),
/// `layout` (the inline sizes of a record, a change and each entity), `report-nofinance` (the report
/// without its fingerprint and finance section), `import` (the CSV import as the benchmark's snapshot path
/// runs it, from an export of the sample in memory: parse, plan, stage and validate, each timed).
enum ProfileCommand {
    static func run(_ arguments: [String]) async throws {
        guard let part = arguments.first else {
            throw BenchFailure("usage: sociolab-bench profile PART [--persons N]")
        }
        var persons = 10_000
        var seed: UInt64 = 2018
        var times = 1
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            guard let text = rest.popFirst(), let value = Int(text) else {
                throw BenchFailure("\(flag) needs a whole number")
            }
            switch flag {
            case "--persons": persons = value
            case "--seed": seed = UInt64(value)
            case "--times": times = max(1, value)
            default: throw BenchFailure("unknown argument '\(flag)'")
            }
        }
        let dataset = LargeSample(persons: persons, seed: seed).makeDataset()
        let asOf = Day(year: 2021, month: 12, day: 31)!
        var builder = ReportBuilder(plugins: .standard)
        let start = ProcessMetrics.now()
        let processorStart = ProcessMetrics.processorSeconds()
        for _ in 0..<times {
            switch part {
            case "report":
                _ = builder.build(dataset, asOf: asOf)
            case "report-nofp":
                builder.computesFingerprint = false
                _ = builder.build(dataset, asOf: asOf)
            case "report-nofinance":
                builder.computesFingerprint = false
                builder.computesFinance = false
                _ = builder.build(dataset, asOf: asOf)
            case "report-json":
                // The report without its fingerprint, for comparing two builds' counts.
                builder.computesFingerprint = false
                print(JSONReportRenderer().render(builder.build(dataset, asOf: asOf)))
            case "fingerprint":
                _ = DatasetFingerprint.sha256(of: dataset)
            case "context":
                _ = IndicatorContext(dataset: dataset, plugins: .standard, asOf: asOf)
            case "validate":
                _ = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(
                    dataset)
            case "indicators":
                let context = IndicatorContext(dataset: dataset, plugins: .standard, asOf: asOf)
                var lines: [String] = []
                for indicator in builder.indicators {
                    let (_, seconds) = ProcessMetrics.timed {
                        IndicatorEngine.evaluate(indicator, scope: .wholeOperation, context: context)
                    }
                    lines.append("  \(indicator.id): \(seconds) s")
                }
                let (_, esf) = ProcessMetrics.timed {
                    ESFIndicators.compute(context: context, scope: .wholeOperation)
                }
                lines.append("  esf: \(esf) s")
                FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            case "layout":
                // The inline sizes that set what an import's batch and change list hold per record.
                let sizes: [(String, Int)] = [
                    ("EntityRecord", MemoryLayout<EntityRecord>.stride),
                    ("Change", MemoryLayout<Change>.stride),
                    ("Organisation", MemoryLayout<Organisation>.stride),
                    ("Person", MemoryLayout<Person>.stride),
                    ("PersonalDetails", MemoryLayout<PersonalDetails>.stride),
                    ("Activity", MemoryLayout<Activity>.stride),
                    ("Participation", MemoryLayout<Participation>.stride), ("Job", MemoryLayout<Job>.stride),
                    ("BudgetLine", MemoryLayout<BudgetLine>.stride),
                    ("CostItem", MemoryLayout<CostItem>.stride),
                    ("PaymentClaim", MemoryLayout<PaymentClaim>.stride),
                    ("PaymentClaimItem", MemoryLayout<PaymentClaimItem>.stride),
                ]
                let text = sizes.map { "  \($0.0): \($0.1) bytes" }.joined(separator: "\n")
                FileHandle.standardError.write(Data((text + "\n").utf8))
            case "import":
                try ImportProfile.run(dataset)
            case "make-store":
                let path = NSTemporaryDirectory() + "/sociolab-profile-store-\(persons)"
                try? FileManager.default.removeItem(atPath: path)
                _ = try JSONFileStore.create(at: path, dataset: dataset)
                FileHandle.standardError.write(Data("store written at \(path)\n".utf8))
            case "journal-line":
                let path = NSTemporaryDirectory() + "/sociolab-bench-profile-\(getpid())"
                defer { try? FileManager.default.removeItem(atPath: path) }
                let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
                let records = dataset.allRecords.map { Change.insert($0) }
                let workspace = try await Workspace(store: store, plugins: .standard)
                try await workspace.apply(records, author: "profile", reason: "profile")
            default:
                throw BenchFailure(
                    "unknown part '\(part)': report, report-nofp, report-nofinance, report-json, fingerprint, context, "
                        + "validate, journal-line, indicators, make-store, layout, import"
                )
            }
        }
        let seconds = ProcessMetrics.seconds(since: start) / Double(times)
        // Past its last use the sample could be freed inside the timed loop (a second or so at 1M).
        withExtendedLifetime(dataset) {}
        let processor = (ProcessMetrics.processorSeconds() - processorStart) / Double(times)
        FileHandle.standardError.write(
            Data(
                "\(part): \(seconds) s per run (\(processor) s of processor time) at \(persons) persons\n"
                    .utf8))
    }
}
