import Foundation
import SocioLabKit

extension StoreConformance {

    /// Erasing a person's personal details removes them from the history and from what a reopened store
    /// loads, keeps that a change happened, and keeps the statistical record.
    public static let erasure = Check("erasure of personal details") { harness in
        let name = "erasure of personal details"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        let details = PersonalDetails(
            person: "p-erase", givenName: "Zofka", familyName: "Skrivnostna", email: "zofka@example.si")
        try await store.append(
            try commit(
                [.insert(Person(id: "p-erase", gender: .female).record), .insert(details.record)],
                on: &dataset,
                revision: 1))
        var changed = details
        changed.phone = "+386 40 123 456"
        try await store.append(try commit([.update(changed.record)], on: &dataset, revision: 2))
        try await store.compact(dataset, revision: 2)
        var other = details
        other.email = "zofka.skrivnostna@example.si"
        try await store.append(try commit([.update(other.record)], on: &dataset, revision: 3))
        // What Workspace.erasePersonalDetails does: a redacted change set, then the store's erasure.
        let reference = EntityReference(.personalDetails, "p-erase")
        let erase = CommittedChangeSet(
            revision: 4, author: "dpo", timestamp: Timestamp(milliseconds: 1_600_000_000_000),
            reason: "GDPR Art. 17",
            records: [ChangeRecord(reference: reference, before: nil, after: nil, redacted: true)])
        try await store.append(erase)
        dataset.remove(reference)
        try await store.erasePersonalDetails(of: ["p-erase"], dataset: dataset, revision: 4)
        try await expectErased(store, reference, dataset, name, "before reopening")
        store = try await harness.reopen(store)
        try await expectErased(store, reference, dataset, name, "after reopening")
    }

    private static func expectErased(
        _ store: any Store, _ reference: EntityReference, _ dataset: Dataset, _ name: String, _ label: String
    ) async throws {
        let history = try await store.history(of: reference)
        guard history.map(\.revision) == [1, 2, 3, 4] else {
            throw ConformanceFailure(
                check: name,
                message: "history \(label) has revisions \(history.map(\.revision)), not [1, 2, 3, 4]")
        }
        for changeSet in history {
            for record in changeSet.records where record.reference == reference {
                guard record.redacted, record.before == nil, record.after == nil else {
                    throw ConformanceFailure(
                        check: name,
                        message: "revision \(changeSet.revision) still shows the details \(label)")
                }
            }
        }
        guard !"\(history)".contains("Skrivnostna") else {
            throw ConformanceFailure(check: name, message: "the erased name is still in the history \(label)")
        }
        try await expect(store, holds: dataset, at: 4, name, label)
    }
}
