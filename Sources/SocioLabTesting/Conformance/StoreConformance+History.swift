import Foundation
import SocioLabKit

/// The checks of `history(of:)`: complete, in order, and unchanged by compaction.
extension StoreConformance {

    /// `history(of:)` returns every change set that touched an entity, oldest first, with author, time,
    /// reason and the values before and after.
    public static let history = Check("history") { harness in
        let name = "history"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        let written = try await writeHistory(store, &dataset)
        store = try await harness.reopen(store)
        try await expectHistory(store, written, name, "after reopening")
    }

    /// Compaction keeps the history: change sets folded into a snapshot are still returned.
    public static let historyAfterCompaction = Check("history after compaction") { harness in
        let name = "history after compaction"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        var written = try await writeHistory(store, &dataset)
        try await store.compact(dataset, revision: 4)
        try await expectHistory(store, written, name, "after compaction")
        let more = try commit(
            [
                .insert(
                    Activity(id: "a-1", kind: "training", title: "Inserted again", startDate: day(2020, 2, 2))
                        .record)
            ],
            on: &dataset, revision: 5)
        try await store.append(more)
        written.append(more)
        store = try await harness.reopen(store)
        try await expectHistory(store, written, name, "after compaction, another change and reopening")
        try await store.compact(dataset, revision: 5)
        store = try await harness.reopen(store)
        try await expectHistory(store, written, name, "after a second compaction and reopening")
    }

    /// The history holds every revision from 1 to the last, whatever was compacted when: one entity
    /// touched by every change set has all of them in its history, in order and unchanged, after
    /// compactions (twice at the same revision, at a revision below the last, after every append) and
    /// reopening.
    public static let historyWithoutGaps = Check("history without gaps") { harness in
        let name = "history without gaps"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        var person = Person(id: "p-every", isced: 0)
        var written: [CommittedChangeSet] = []
        for revision: Int64 in 1...10 {
            let previous = dataset
            let change: Change = revision == 1 ? .insert(person.record) : .update(person.record)
            let changeSet = try commit(
                [change, .insert(Person(id: .init("x-\(revision)")).record)], on: &dataset, revision: revision
            )
            try await store.append(changeSet)
            written.append(changeSet)
            person.isced = Int(revision % 9)
            switch revision {
            case 3:
                try await store.compact(dataset, revision: 3)
                try await store.compact(dataset, revision: 3)
            case 6: store = try await harness.reopen(store)
            case 8: try await store.compact(previous, revision: 7)  // revision 8 stays after the snapshot
            case 9, 10: try await store.compact(dataset, revision: revision)
            default: break
            }
        }
        for when in ["before reopening", "after reopening"] {
            let history = try await store.history(of: person.reference)
            guard history == written else {
                throw ConformanceFailure(
                    check: name,
                    message: "the history \(when) has revisions \(history.map(\.revision)), expected 1…10"
                        + (history.map(\.revision) == written.map(\.revision) ? " (contents differ)" : ""))
            }
            store = try await harness.reopen(store)
        }
        try await expect(store, holds: dataset, at: 10, name, "after reopening")
    }

    static func writeHistory(_ store: any Store, _ dataset: inout Dataset) async throws
        -> [CommittedChangeSet]
    {
        let activity = Activity(id: "a-1", kind: "training", title: "Osnove", startDate: day(2019, 10, 3))
        var renamed = activity
        renamed.title = "Osnove socialnega podjetništva"
        let steps: [[Change]] = [
            [.insert(activity.record), .insert(Person(id: "p-1").record)],
            [.insert(Person(id: "p-2").record)],
            [.update(renamed.record)],
            [.delete(activity.reference), .delete(EntityReference(.person, "p-2"))],
        ]
        var written: [CommittedChangeSet] = []
        for (i, changes) in steps.enumerated() {
            let changeSet = try commit(changes, on: &dataset, revision: Int64(i + 1))
            try await store.append(changeSet)
            written.append(changeSet)
        }
        return written
    }

    static func expectHistory(
        _ store: any Store, _ written: [CommittedChangeSet], _ check: String, _ when: String
    ) async throws {
        for reference in [
            EntityReference(.activity, "a-1"), EntityReference(.person, "p-1"),
            EntityReference(.person, "p-2"),
            EntityReference(.person, "nobody"),
        ] {
            let got = try await store.history(of: reference)
            let want = written.filter { $0.touches(reference) }
            guard got == want else {
                throw ConformanceFailure(
                    check: check,
                    message: "history of \(reference) \(when) has revisions \(got.map(\.revision)), expected "
                        + "\(want.map(\.revision))"
                        + (got.map(\.revision) == want.map(\.revision) ? " (contents differ)" : ""))
            }
        }
    }
}
