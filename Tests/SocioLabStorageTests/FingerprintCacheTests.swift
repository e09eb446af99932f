import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// The fingerprint is a report's concern: the workspace hashes its dataset at most once per revision, and
/// a store that keeps the fingerprint with its snapshot (the JSON file store) spares even that after an
/// open. The storage protocol itself carries nothing about it.
struct FingerprintCacheTests {
    static func report(_ workspace: Workspace) async -> IndicatorReport {
        await workspace.report(ReportBuilder(plugins: .standard), asOf: SampleData.demoAsOf)
    }

    @Test func reportsOfAnUnchangedJSONStoreNeverHash() async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        let workspace = try await Workspace(store: JSONFileStore.open(at: path), plugins: .standard)
        let first = await Self.report(workspace)
        let second = await Self.report(workspace)
        #expect(first.fingerprint == DatasetFingerprint.sha256(of: SampleData.demo()))
        #expect(second.fingerprint == first.fingerprint)
        #expect(await workspace.fingerprintsComputed == 0)
    }

    @Test func aChangeIsHashedOnceAndTheCompactionKeepsIt() async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        let store = try JSONFileStore.open(at: path)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        var person = try #require(await workspace.dataset.persons.all.first)
        person.rural = !(person.rural ?? false)
        try await workspace.apply([.update(person.record)], author: "ana", reason: "correction")
        let first = await Self.report(workspace)
        let second = await Self.report(workspace)
        #expect(second.fingerprint == first.fingerprint)
        #expect(first.fingerprint == DatasetFingerprint.sha256(of: await workspace.dataset))
        // The compaction hands over the fingerprint it has instead of hashing again.
        try await workspace.compact()
        #expect(await workspace.fingerprintsComputed == 1)
        store.close()

        let reopened = try await Workspace(store: JSONFileStore.open(at: path), plugins: .standard)
        #expect(await Self.report(reopened).fingerprint == first.fingerprint)
        #expect(await reopened.fingerprintsComputed == 0)
    }

    /// The workspace reports the fingerprint the store kept rather than hashing: a kept value that is not
    /// the dataset's (which `verify` reports) shows through, which proves no hashing took place.
    @Test func theKeptFingerprintIsUsedAsItIs() async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        let planted = String(repeating: "0", count: 64)
        try StoredFingerprintTests.rewriteSnapshot(at: path, fingerprint: planted)
        let workspace = try await Workspace(
            store: JSONFileStore.open(at: path, mode: .readOnly), plugins: .standard)
        #expect(await Self.report(workspace).fingerprint == planted)
        #expect(await Self.report(workspace).fingerprint == planted)
    }

    /// A backend that keeps nothing for reports — the in-memory store implements the five storage
    /// requirements only — still reports each revision's fingerprint hashed once, and its compaction
    /// costs no hashing at all.
    @Test func aStoreThatKeepsNothingIsHashedOncePerRevision() async throws {
        let store = InMemoryStore(dataset: SampleData.demo())
        #expect(!(store is any FingerprintKeepingStore))
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        try await workspace.compact()
        #expect(await workspace.fingerprintsComputed == 0)
        let first = await Self.report(workspace)
        _ = await Self.report(workspace)
        #expect(first.fingerprint == DatasetFingerprint.sha256(of: SampleData.demo()))
        #expect(await workspace.fingerprintsComputed == 1)
        var activity = try #require(await workspace.dataset.activities.all.first)
        activity.title = "Renamed"
        try await workspace.apply([.update(activity.record)], author: "ana", reason: "title")
        #expect(await Self.report(workspace).fingerprint != first.fingerprint)
        _ = await Self.report(workspace)
        #expect(await workspace.fingerprintsComputed == 2)
        #expect(try await store.load().fingerprint == nil)
    }
}
