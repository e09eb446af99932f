import Foundation
import SocioLabBenchSupport
import SocioLabKit

/// Times single appends on a workspace: each is one change set inserting one attended participation.
///
/// The participations go to the latest held activity, one person (whose consent covers it) after another.
/// Each latency runs from the call to `Workspace.apply` to its return: validation, the store's durable
/// write (a journal line and its `fsync`, or a PostgreSQL transaction and its commit), and publishing the
/// new dataset.
struct AppendProbe {
    /// How many appends to time.
    let count: Int
    /// The start of the new participations' identifiers, so that each store's are its own.
    let prefix: String

    /// Times the appends.
    /// - Returns: The seconds each append took, in order.
    /// - Throws: `BenchFailure` when the store has no held activity or persons; what `apply` throws.
    func run(_ workspace: Workspace) async throws -> [Double] {
        let (activity, persons) = try await targets(in: workspace)
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        for i in 0..<count {
            let participation = Participation(
                id: .init("bench-\(prefix)-" + String(format: "%06d", i + 1)), activity: activity,
                person: persons[i % persons.count], role: .participant, status: .attended)
            let start = ProcessMetrics.now()
            do {
                try await workspace.apply(
                    [.insert(participation.record)], author: "sociolab-postgresql-bench",
                    reason: "append latency")
            } catch let rejected as ChangeRejected {
                throw BenchFailure(
                    "an append was rejected: "
                        + rejected.issues.map { "\($0.rule): \($0.message.en)" }.joined(separator: "; "))
            }
            latencies.append(ProcessMetrics.seconds(since: start))
        }
        return latencies
    }

    /// The latest held activity and up to `count` persons whose consent covers it (the dataset copy is
    /// released on return, so appends do not copy the workspace's dataset).
    private func targets(in workspace: Workspace) async throws -> (Activity.ID, [Person.ID]) {
        let dataset = await workspace.dataset
        var latest: Activity?
        for activity in dataset.activities.all {
            guard activity.status == .held else { continue }
            if latest.map({ activity.startDate > $0.startDate }) ?? true { latest = activity }
        }
        guard let latest else {
            throw BenchFailure("the store has no held activity to append participations to")
        }
        var persons: [Person.ID] = []
        for person in dataset.persons.all where persons.count < count {
            if person.consent.covers(latest.startDate) { persons.append(person.id) }
        }
        guard !persons.isEmpty else {
            throw BenchFailure("no person's consent covers \(latest.id) to append participations for")
        }
        return (latest.id, persons)
    }
}
