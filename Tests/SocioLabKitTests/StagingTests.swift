import Foundation
import Testing

@testable import SocioLabKit

/// A store whose appends wait until the test lets them through, so that a test can look at the workspace
/// while a change set is being persisted.
final class GatedStore: Store, Sendable {
    let inner: RecordingStore
    let (appendStarted, appendStartedContinuation) = AsyncStream<Void>.makeStream()
    let (release, releaseContinuation) = AsyncStream<Void>.makeStream()

    init(_ dataset: Dataset) { inner = RecordingStore(dataset) }

    func load() async throws -> StoreState { try await inner.load() }
    func append(_ changeSet: CommittedChangeSet) async throws {
        appendStartedContinuation.yield()
        for await _ in release { break }
        try await inner.append(changeSet)
    }
    func compact(_ dataset: Dataset, revision: Int64) async throws {}
    func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        try await inner.history(of: reference)
    }
    func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64) async throws {
        try await inner.erasePersonalDetails(of: persons, dataset: dataset, revision: revision)
    }
}

/// A workspace stages a change set on a copy when it is at least as large as the dataset (an import into
/// a new store), else on the dataset itself, undone until the append has succeeded. Both ways must look
/// the same from outside.
struct StagingTests {
    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_090_500_000))

    /// `count` new attended participations of the fixture's person in its activity.
    static func batch(_ count: Int, badAt bad: Int? = nil) -> [Change] {
        (0..<count).map { i in
            var p = Participation(
                id: .init("s-\(i)"), activity: "a1", person: "p1", status: .attended, hours: 1)
            if i == bad { p.activity = "no-such-activity" }
            return .insert(p.record)
        }
    }

    /// One change (staged on the dataset and undone) and many (staged on a copy).
    static let sizes = [1, 3 * CoreFixtures.dataset.entityCount]

    @Test func theSizesTakeBothWays() {
        #expect(Self.sizes[0] < CoreFixtures.dataset.entityCount)
        #expect(Self.sizes[1] >= CoreFixtures.dataset.entityCount)
    }

    @Test(arguments: sizes)
    func readersSeeThePublishedStateUntilTheAppendSucceeds(_ count: Int) async throws {
        let store = GatedStore(CoreFixtures.dataset)
        let workspace = try await Workspace(store: store, clock: Self.clock)
        let before = await workspace.dataset
        let writer = Task { try await workspace.apply(Self.batch(count), author: "ana", reason: "import") }
        for await _ in store.appendStarted { break }
        #expect(await workspace.dataset == before)
        #expect(await workspace.revision == 0)
        store.releaseContinuation.yield()
        let result = try await writer.value
        #expect(result.revision == 1)
        #expect(await workspace.dataset.participations.count == before.participations.count + count)
        // What was published is what the store gives back.
        let reopened = try await Workspace(store: store.inner)
        #expect(await reopened.dataset == workspace.dataset)
    }

    @Test(arguments: sizes)
    func aRejectedChangeSetLeavesNothing(_ count: Int) async throws {
        let store = RecordingStore(CoreFixtures.dataset)
        let workspace = try await Workspace(store: store, clock: Self.clock)
        let before = await workspace.dataset
        await #expect(throws: ChangeRejected.self) {
            try await workspace.apply(Self.batch(count, badAt: count - 1), author: "ana", reason: "import")
        }
        #expect(await workspace.dataset == before)
        #expect(store.appendedCount == 0)
        #expect(await workspace.revision == 0)
    }

    @Test(arguments: sizes)
    func aFailedAppendOrADryRunPublishesNothing(_ count: Int) async throws {
        let store = RecordingStore(CoreFixtures.dataset)
        let workspace = try await Workspace(store: store, clock: Self.clock)
        let before = await workspace.dataset
        let dry = try await workspace.apply(Self.batch(count), author: "ana", reason: "r", dryRun: true)
        #expect(dry.committed == nil)
        #expect(await workspace.dataset == before)
        store.failNextAppend = true
        await #expect(throws: SocioLabError.self) {
            try await workspace.apply(Self.batch(count), author: "ana", reason: "r")
        }
        #expect(await workspace.dataset == before)
        #expect(await workspace.revision == 0)
        try await workspace.apply(Self.batch(count), author: "ana", reason: "r")
        #expect(await workspace.dataset.participations.count == before.participations.count + count)
        #expect(store.appendedCount == 1)
    }

    /// The same change set gives the same dataset whichever way it is staged.
    @Test func bothWaysPublishTheSameDataset() async throws {
        let changes = Self.batch(40)
        let onCopy = try await Workspace(store: RecordingStore(CoreFixtures.dataset), clock: Self.clock)
        try await onCopy.apply(changes, author: "ana", reason: "all at once")
        let inPlace = try await Workspace(store: RecordingStore(CoreFixtures.dataset), clock: Self.clock)
        for change in changes { try await inPlace.apply([change], author: "ana", reason: "one by one") }
        #expect(changes.count >= CoreFixtures.dataset.entityCount)
        #expect(await onCopy.dataset == inPlace.dataset)
    }
}
