import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting

/// The `profile import` part: the CSV import of a sample as the benchmark's snapshot path runs it (parse,
/// plan, stage into a new dataset, validate), from the sample's CSV export held in memory, each phase timed
/// with its processor time and the resident memory after it.
enum ImportProfile {
    static func run(_ dataset: Dataset) throws {
        let files = try CSVExport.files(for: dataset)
        let sources = files.map { CSVSource(name: $0.name, data: $0.data) }
        var lines: [String] = []
        func phase<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let processor = ProcessMetrics.processorSeconds()
            let (value, seconds) = try ProcessMetrics.timed(body)
            let used = ProcessMetrics.processorSeconds() - processor
            let resident = Double(ProcessMetrics.residentBytes() ?? 0) / 1e6
            lines.append(
                "  \(name): \(seconds) s (\(used) s of processor time), resident \(Int(resident)) MB")
            return value
        }
        ProcessMetrics.resetPeakResident()
        let batch = try phase("parse") {
            try CSVImport.read(sources, options: CSVImportOptions(operation: .socioLabPodravje))
        }
        let changes = phase("plan") {
            ImportPlanner.changes(for: batch, against: Dataset(operation: .socioLabPodravje))
        }
        let staged = try phase("stage") {
            var staged = Dataset(operation: .socioLabPodravje)
            for change in changes { _ = try staged.apply(change) }
            return staged
        }
        let issues = phase("validate") {
            Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(staged)
        }
        withExtendedLifetime((batch, changes)) {}
        let peak = Double(ProcessMetrics.peakResidentBytes() ?? 0) / 1e6
        lines.append(
            "  \(issues.filter { $0.severity == .error }.count) error(s); peak resident \(Int(peak)) MB "
                + "(the sample and its CSV included)")
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
