import Foundation
import SocioLabStorage
import SocioLabTesting
import Testing

struct CompactionTests {
    @Test func aWorkspaceCompactsFromItsDatasetWhenTheJournalOutgrowsTheSnapshot() async throws {
        let root = TemporaryDirectory()
        let path = root.appending("store")
        let store = try JSONFileStore.create(
            at: path, operation: .socioLabPodravje, configuration: .init(compactionThreshold: 0))
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        // The demo data as one change set: far larger than the empty store's snapshot.
        try await workspace.apply(
            SampleData.demo().allRecords.map { .insert($0) }, author: "ana", reason: "demo")
        #expect(await store.wantsCompaction() == false)
        #expect(contents(path + "/journal.jsonl").split(separator: 0x0A).count == 1)  // the header alone
        store.close()
        let reopened = try JSONFileStore.open(at: path, mode: .readOnly)
        let state = try await reopened.load()
        #expect(state.revision == 1)
        #expect(state.dataset == (await workspace.dataset))
    }

    @Test func aStoreUsedDirectlyCompactsItselfOnTheNextAppend() async throws {
        let root = TemporaryDirectory()
        let path = root.appending("store")
        let store = try JSONFileStore.create(
            at: path, operation: .socioLabPodravje, configuration: .init(compactionThreshold: 0))
        let records = SampleData.demo().allRecords.map {
            ChangeRecord(reference: $0.reference, before: nil, after: $0)
        }
        let first = CommittedChangeSet(
            revision: 1, author: "a", timestamp: Timestamp(milliseconds: 0), reason: "r", records: records)
        try await store.append(first)
        #expect(await store.wantsCompaction())
        let second = CommittedChangeSet(
            revision: 2, author: "a", timestamp: Timestamp(milliseconds: 1), reason: "r", records: [])
        try await store.append(second)
        let state = try await store.load()
        #expect(state.revision == 2)
        #expect(state.dataset.totalCount == records.count)
        #expect(try await store.history(of: records[0].reference).count == 1)
    }
}
