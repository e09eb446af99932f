import Foundation
import SocioLabKit
import Testing

@testable import SocioLabStorage

/// An activity's `details` come back from a JSON file store as they went in: `null` stays `null` (it used
/// to come back as `{}`), through the journal and through the snapshot, by both snapshot readers.
struct ActivityDetailsRoundTripTests {
    static let activities = [
        Activity(
            id: "a-null", kind: "training", title: "Null", startDate: Day(year: 2019, month: 3, day: 1)!,
            details: .null),
        Activity(
            id: "a-empty", kind: "training", title: "Empty", startDate: Day(year: 2019, month: 3, day: 2)!),
        Activity(
            id: "a-object", kind: "fair", title: "Object", startDate: Day(year: 2019, month: 3, day: 3)!,
            details: .object(["open_days": .number("2"), "note": .null])),
    ]

    static func details(_ dataset: Dataset) -> [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: dataset.activities.sortedByID.map { ($0.id.rawValue, $0.details) })
    }

    static let expected: [String: JSONValue] = Dictionary(
        uniqueKeysWithValues: activities.map { ($0.id.rawValue, $0.details) })

    @Test func nullDetailsSurviveTheJournalAndTheSnapshot() async throws {
        #expect(Self.expected["a-null"] == .null)
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let records = Self.activities.map {
            ChangeRecord(reference: $0.record.reference, before: nil, after: $0.record)
        }
        try await store.append(
            CommittedChangeSet(
                revision: 1, author: "a", timestamp: Timestamp(milliseconds: 0), reason: "r", records: records
            ))
        store.close()
        // Through the journal.
        let journaled = try await JSONFileStore.open(at: path).load()
        #expect(Self.details(journaled.dataset) == Self.expected)
        // Through the snapshot.
        let compacting = try JSONFileStore.open(at: path)
        try await compacting.compact(journaled.dataset, revision: journaled.revision)
        compacting.close()
        let reopened = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(Self.details(reopened.dataset) == Self.expected)
        try contents(path + "/snapshot.json").withUnsafeBytes { raw in
            let parallel = try #require(SnapshotCodec.decodeInParallel(raw), "the fast path refused the file")
            #expect(Self.details(parallel.dataset) == Self.expected)
            #expect(Self.details(try SnapshotCodec.decodeSequentially(raw).dataset) == Self.expected)
        }
    }

    @Test func onlyTheDetailsKeepTheirNulls() {
        #expect(EntityKind.activity.membersStoringNull == ["details"])
        #expect(EntityKind.person.membersStoringNull.isEmpty)
    }
}
