import Foundation
import SocioLabKit

extension StoreConformance {
    /// A dataset fingerprint that a store keeps with its data for the workspace's reports (the JSON file
    /// store writes it into every snapshot; a ``SocioLabKit/Store`` need not keep any) is never stale:
    /// ``SocioLabKit/StoreState`` from `load()` holds none, or exactly the ``SocioLabKit/DatasetFingerprint``
    /// of the dataset it loads — for a new store, after appends, after compactions with and without a
    /// fingerprint handed over, after an erasure, and after reopening each time. A store that keeps
    /// fingerprints gives back the one handed to a compaction when nothing was appended since. A store that
    /// keeps none passes.
    public static let fingerprint = Check("kept fingerprint never stale") { harness in
        let name = "kept fingerprint never stale"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        try await expectKeptFingerprint(store, name, "of a new store")
        let details = PersonalDetails(person: "p-fp", givenName: "Meta", familyName: "Podatkovna")
        try await store.append(
            try commit(
                [.insert(Person(id: "p-fp", isced: 3).record), .insert(details.record)], on: &dataset,
                revision: 1))
        try await expectKeptFingerprint(store, name, "after an append")
        try await compact(store, dataset, revision: 1, handingOver: true)
        try await expectKeptFingerprint(store, name, "after a compaction", handed: dataset)
        store = try await harness.reopen(store)
        try await expectKeptFingerprint(store, name, "after a compaction and reopening", handed: dataset)
        try await store.append(
            try commit([.update(Person(id: "p-fp", isced: 4).record)], on: &dataset, revision: 2))
        try await expectKeptFingerprint(store, name, "after an append past the compaction")
        store = try await harness.reopen(store)
        try await expectKeptFingerprint(store, name, "after an append past the compaction and reopening")
        try await compact(store, dataset, revision: 2, handingOver: false)
        store = try await harness.reopen(store)
        try await expectKeptFingerprint(store, name, "after a compaction without a fingerprint and reopening")
        // What Workspace.erasePersonalDetails does: a redacted change set, then the store's erasure.
        let reference = EntityReference(.personalDetails, "p-fp")
        try await store.append(
            CommittedChangeSet(
                revision: 3, author: "dpo", timestamp: Timestamp(milliseconds: 1_600_000_000_000),
                reason: "GDPR Art. 17",
                records: [ChangeRecord(reference: reference, before: nil, after: nil, redacted: true)]))
        dataset.remove(reference)
        try await store.erasePersonalDetails(of: ["p-fp"], dataset: dataset, revision: 3)
        try await expectKeptFingerprint(store, name, "after an erasure")
        store = try await harness.reopen(store)
        try await expectKeptFingerprint(store, name, "after an erasure and reopening")
    }

    /// Compacts as a workspace does: handing over the fingerprint to a store that keeps it, when asked to.
    private static func compact(_ store: any Store, _ dataset: Dataset, revision: Int64, handingOver: Bool)
        async throws
    {
        if handingOver, let keeper = store as? any FingerprintKeepingStore {
            try await keeper.compact(
                dataset, revision: revision, fingerprint: DatasetFingerprint.sha256(of: dataset))
        } else {
            try await store.compact(dataset, revision: revision)
        }
    }

    /// Checks that the fingerprint the store keeps, if any, is its dataset's — and, when `handed` is given
    /// to a store that keeps fingerprints, that it kept the one handed over for that dataset.
    private static func expectKeptFingerprint(
        _ store: any Store, _ check: String, _ when: String, handed: Dataset? = nil
    ) async throws {
        let state = try await store.load()
        guard let kept = state.fingerprint else {
            if handed != nil, store is any FingerprintKeepingStore {
                throw ConformanceFailure(
                    check: check, message: "the fingerprint handed to the compaction was not kept \(when)")
            }
            return
        }
        let actual = DatasetFingerprint.sha256(of: state.dataset)
        guard kept == actual else {
            throw ConformanceFailure(
                check: check,
                message: "the kept fingerprint \(kept) is not the dataset's (\(actual)) at revision "
                    + "\(state.revision) \(when): a report would show a stale fingerprint")
        }
        if let handed, kept != DatasetFingerprint.sha256(of: handed) {
            throw ConformanceFailure(
                check: check, message: "the kept fingerprint is not the one handed to the compaction \(when)")
        }
    }
}
