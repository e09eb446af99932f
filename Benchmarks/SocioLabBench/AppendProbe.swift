import Foundation
import SocioLabBenchSupport
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// Times single appends on a store: each is one change set inserting one attended participation.
///
/// The participations go to the latest held activity, one person (whose consent covers it) after
/// another. Each latency runs from the call to `Workspace.apply` to its return: validation,
/// the journal line, its `fsync`, and publishing the new dataset.
struct AppendProbe {
    /// How many appends to time.
    let count: Int

    /// Opens a workspace on the store and times the appends.
    /// - Returns: The seconds each append took, in order.
    /// - Throws: `BenchFailure` when the store has no held activity or persons; what `apply` throws.
    func run(store: JSONFileStore) async throws -> [Double] {
        let workspace = try await Workspace(store: store, plugins: .standard)
        let (activity, persons) = try await targets(in: workspace)
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        for i in 0..<count {
            let participation = Participation(
                id: .init(String(format: "bench-pa-%06d", i + 1)), activity: activity,
                person: persons[i % persons.count], role: .participant, status: .attended)
            let start = ProcessMetrics.now()
            do {
                try await workspace.apply(
                    [.insert(participation.record)], author: "sociolab-bench", reason: "append latency")
            } catch let rejected as ChangeRejected {
                throw BenchFailure(
                    "an append was rejected: "
                        + rejected.issues.map { "\($0.rule): \($0.message.en)" }.joined(separator: "; "))
            }
            latencies.append(ProcessMetrics.seconds(since: start))
        }
        return latencies
    }

    /// The latest held activity and up to `count` persons whose consent covers it. The dataset copy is released on return, so the
    /// workspace's dataset stays uniquely referenced and appends do not copy it.
    private func targets(in workspace: Workspace) async throws -> (Activity.ID, [Person.ID]) {
        let dataset = await workspace.dataset
        var latest: Activity?
        for activity in dataset.activities.slots {
            guard let activity, activity.status == .held else { continue }
            if latest.map({ activity.startDate > $0.startDate }) ?? true { latest = activity }
        }
        guard let latest else {
            throw BenchFailure("the store has no held activity to append participations to")
        }
        var persons: [Person.ID] = []
        for person in dataset.persons.slots where persons.count < count {
            if let person, person.consent.covers(latest.startDate) { persons.append(person.id) }
        }
        guard !persons.isEmpty else {
            throw BenchFailure("no person's consent covers \(latest.id) to append participations for")
        }
        return (latest.id, persons)
    }
}
