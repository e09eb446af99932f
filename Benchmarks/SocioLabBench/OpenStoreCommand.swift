import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// The hidden `open-store PATH [--report DAY]` command: the cold process the benchmark starts to time
/// opening a store.
///
/// It opens the store read-only (no lock, so a writer may hold it) and a workspace on it, then prints one
/// JSON object: `open_s` (the open, measured inside the process), `peak_rss_bytes` (`VmHWM`), the number of
/// persons and participations, and with `--report` also `report_s`, the full report the workspace builds
/// right after (with the fingerprint the store kept, when it kept one).
enum OpenStoreCommand {
    static func run(_ arguments: [String]) async throws {
        guard let path = arguments.first else {
            throw BenchFailure("usage: sociolab-bench open-store PATH [--report DAY]")
        }
        var reportDay: Day?
        if arguments.count == 3, arguments[1] == "--report" { reportDay = try Day(parsing: arguments[2]) }
        let start = ProcessMetrics.now()
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        let workspace = try await Workspace(store: store, plugins: .standard)
        let dataset = await workspace.dataset
        let openSeconds = ProcessMetrics.seconds(since: start)
        var line =
            "{\"open_s\":\(openSeconds),\"persons\":\(dataset.persons.count),"
            + "\"participations\":\(dataset.participations.count)"
        if let reportDay {
            let (_, reportSeconds) = await ProcessMetrics.timed {
                await workspace.report(ReportBuilder(plugins: .standard), asOf: reportDay)
            }
            line += ",\"report_s\":\(reportSeconds)"
        }
        line += ",\"peak_rss_bytes\":\(ProcessMetrics.peakResidentBytes() ?? 0)}\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}
