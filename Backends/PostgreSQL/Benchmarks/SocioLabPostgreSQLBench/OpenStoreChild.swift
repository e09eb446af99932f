import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabPostgreSQL
import SocioLabStorage

/// The hidden `open-store json PATH` / `open-store postgresql SCHEMA` command: the cold process the
/// benchmark starts to time opening a store and a workspace on it.
///
/// It prints one JSON object: `open_s` (measured inside the process, from the call to the workspace holding
/// its dataset), `peak_rss_bytes` (`VmHWM`), and the numbers of persons and participations read.
enum OpenStoreChild {
    static func run(_ arguments: [String]) async throws {
        guard arguments.count == 2 else {
            throw BenchFailure("usage: sociolab-postgresql-bench open-store json PATH | postgresql SCHEMA")
        }
        let start = ProcessMetrics.now()
        let store: any Store
        switch arguments[0] {
        case "json":
            store = try JSONFileStore.open(at: arguments[1], mode: .readOnly)
        case "postgresql":
            guard let configuration = PostgreSQLStore.Configuration.fromEnvironment(schema: arguments[1])
            else {
                throw BenchFailure("no PostgreSQL server: set PGHOST")
            }
            store = try await PostgreSQLStore.open(configuration)
        default:
            throw BenchFailure("open-store takes json or postgresql, not \(arguments[0])")
        }
        let workspace = try await Workspace(store: store, plugins: .standard)
        let dataset = await workspace.dataset
        let openSeconds = ProcessMetrics.seconds(since: start)
        let line =
            "{\"open_s\":\(openSeconds),\"persons\":\(dataset.persons.count),"
            + "\"participations\":\(dataset.participations.count),"
            + "\"peak_rss_bytes\":\(ProcessMetrics.peakResidentBytes() ?? 0)}\n"
        FileHandle.standardOutput.write(Data(line.utf8))
        if let store = store as? PostgreSQLStore { await store.close() }
    }
}
