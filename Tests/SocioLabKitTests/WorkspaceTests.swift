import Foundation
import Testing

@testable import SocioLabKit

/// A store for Kit's own tests (the real ones live in SocioLabStorage): keeps committed change sets.
final class RecordingStore: Store, @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: the mutable properties (`base`, `stored`, `failing`) are read and
    // written only inside `lock.withLock`, through the accessors below; `lock` is a `let`.
    private let lock = NSLock()
    private var base: Dataset
    private var stored: [CommittedChangeSet] = []
    private var failing = false

    init(_ dataset: Dataset) { base = dataset }

    /// The change sets appended so far.
    var appended: [CommittedChangeSet] { lock.withLock { stored } }
    /// Whether the next append throws `store.io` (once).
    var failNextAppend: Bool {
        get { lock.withLock { failing } }
        set { lock.withLock { failing = newValue } }
    }

    var appendedCount: Int { lock.withLock { stored.count } }

    func load() async throws -> StoreState {
        lock.withLock {
            var d = base
            for c in stored { d.replay(c) }
            return StoreState(dataset: d, revision: Int64(stored.count))
        }
    }
    func append(_ changeSet: CommittedChangeSet) async throws {
        try lock.withLock {
            if failing {
                failing = false
                throw SocioLabError(.storeIO, "disk full")
            }
            stored.append(changeSet)
        }
    }
    func compact(_ dataset: Dataset, revision: Int64) async throws {}
    func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        lock.withLock { stored.filter { $0.touches(reference) } }
    }
    func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64) async throws {
        let ids = Set(persons.map(\.rawValue))
        lock.withLock { stored = stored.map { $0.redactingPersonalDetails(of: ids) } }
    }
}

struct WorkspaceTests {
    typealias F = CoreFixtures
    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_090_500_000))

    func makeWorkspace(_ dataset: Dataset = CoreFixtures.dataset) async throws -> (Workspace, RecordingStore)
    {
        let store = RecordingStore(dataset)
        return (try await Workspace(store: store, clock: Self.clock), store)
    }

    func batch(_ count: Int, badAt bad: Int?) -> [Change] {
        (0..<count).map { i in
            var p = Participation(
                id: .init("batch-\(i)"), activity: "a1", person: "p1", status: .attended, hours: 1)
            if i == bad { p.activity = "no-such-activity" }
            return .insert(p.record)
        }
    }

    @Test func oneBadRecordInFiveHundredWritesNothing() async throws {
        let (workspace, store) = try await makeWorkspace()
        let before = await workspace.dataset
        await #expect(throws: ChangeRejected.self) {
            try await workspace.apply(batch(500, badAt: 377), author: "ana", reason: "import")
        }
        do {
            try await workspace.apply(batch(500, badAt: 377), author: "ana", reason: "import")
        } catch let rejected as ChangeRejected {
            #expect(rejected.errors.count == 1)
            #expect(rejected.errors.first?.entity == EntityReference(.participation, "batch-377"))
        }
        #expect(store.appendedCount == 0)
        #expect(await workspace.dataset == before)
        #expect(await workspace.revision == 0)
    }

    @Test func everyErrorIsReportedNotJustTheFirst() async throws {
        let (workspace, _) = try await makeWorkspace()
        var changes = batch(10, badAt: 2)
        changes += batch(10, badAt: 7).suffix(3)  // batch-7 inserted twice: a conflict
        do {
            try await workspace.apply(changes, author: "ana", reason: "import")
            Issue.record("expected a rejection")
        } catch let rejected as ChangeRejected {
            #expect(Set(rejected.errors.map(\.rule)) == ["core.reference", "core.change-conflict"])
            #expect(rejected.socioLabError.code == .changeRejected)
        }
    }

    @Test func aGoodBatchIsPersistedThenPublished() async throws {
        let (workspace, store) = try await makeWorkspace()
        let result = try await workspace.apply(batch(500, badAt: nil), author: "ana", reason: "import")
        #expect(result.revision == 1)
        #expect(store.appendedCount == 1)
        #expect(await workspace.dataset.participations.count == 501)
        #expect(result.committed?.timestamp.description == "2019-10-03T08:15:00.000Z")
        #expect(result.committed?.records.count == 500)
        let reopened = try await Workspace(store: store)
        #expect(await reopened.dataset == workspace.dataset)
        #expect(await reopened.revision == 1)
    }

    @Test func warningsAreReturnedAndDoNotBlock() async throws {
        let (workspace, _) = try await makeWorkspace()
        var a = F.activity
        a.status = .cancelled
        let result = try await workspace.apply([.update(a.record)], author: "ana", reason: "called off")
        #expect(result.issues.contains { $0.rule == "core.attended-not-held" && $0.severity == .warning })
        #expect(!result.issues.contains { $0.severity == .error })
        #expect(await workspace.dataset.activities["a1"]?.status == .cancelled)
    }

    @Test func dependentsAreRevalidated() async throws {
        let (workspace, _) = try await makeWorkspace()
        var p = F.person
        p.consent = Consent()
        await #expect(throws: ChangeRejected.self) {
            try await workspace.apply([.update(p.record)], author: "ana", reason: "consent")
        }
        await #expect(throws: ChangeRejected.self) {
            try await workspace.apply([.delete(F.activity.reference)], author: "ana", reason: "oops")
        }
    }

    @Test func aFailedAppendPublishesNothing() async throws {
        let (workspace, store) = try await makeWorkspace()
        store.failNextAppend = true
        await #expect(throws: SocioLabError.self) {
            try await workspace.apply(batch(3, badAt: nil), author: "ana", reason: "x")
        }
        #expect(await workspace.dataset.participations.count == 1)
        #expect(await workspace.revision == 0)
        try await workspace.apply(batch(3, badAt: nil), author: "ana", reason: "x")
        #expect(await workspace.revision == 1)
    }

    @Test func dryRunWritesNothing() async throws {
        let (workspace, store) = try await makeWorkspace()
        let result = try await workspace.apply(batch(5, badAt: nil), author: "a", reason: "r", dryRun: true)
        #expect(result.committed == nil)
        #expect(store.appendedCount == 0)
        #expect(await workspace.dataset.participations.count == 1)
        let issues = await workspace.validate(batch(5, badAt: 1))
        #expect(issues.filter { $0.severity == .error }.count == 1)
    }

    @Test func concurrentWritersAreSerialisedWithoutLostUpdates() async throws {
        let (workspace, store) = try await makeWorkspace()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<20 {
                group.addTask {
                    let p = Participation(id: .init("c\(i)"), activity: "a1", person: "p1", status: .attended)
                    try await workspace.apply([.insert(p.record)], author: "t\(i)", reason: "r")
                }
            }
            try await group.waitForAll()
        }
        #expect(await workspace.revision == 20)
        #expect(store.appended.map(\.revision) == Array(1...20))
        #expect(await workspace.dataset.participations.count == 21)
    }

    @Test func historyAndErasure() async throws {
        let (workspace, store) = try await makeWorkspace(Dataset(operation: .socioLabPodravje))
        var person = F.person
        person.organisation = nil
        try await workspace.apply(
            [.insert(person.record), .insert(F.details.record)], author: "ana", reason: "enrol")
        var updated = F.details
        updated.email = "novak@example.si"
        try await workspace.apply([.update(updated.record)], author: "bor", reason: "new e-mail")
        let history = try await workspace.history(of: F.details.reference)
        #expect(history.map(\.author) == ["ana", "bor"])
        #expect(history.last?.records.first?.before == F.details.record)

        try await workspace.erasePersonalDetails(of: "p1", author: "dpo", reason: "GDPR Art. 17 request")
        #expect(await workspace.dataset.personalDetails.count == 0)
        #expect(await workspace.dataset.persons.count == 1)
        let after = try await workspace.history(of: F.details.reference)
        #expect(after.count == 3)
        let detailRecords = after.flatMap(\.records).filter { $0.reference == F.details.reference }
        #expect(detailRecords.count == 3)
        #expect(detailRecords.allSatisfy { $0.redacted && $0.before == nil && $0.after == nil })
        let encoded = String(decoding: try JSONEncoder().encode(store.appended), as: UTF8.self)
        #expect(!encoded.contains("Novak") && !encoded.contains("novak@"))
        let reopened = try await Workspace(store: store)
        #expect(await reopened.dataset.personalDetails.count == 0)
    }

    @Test func erasedDetailsComeBackOnlyWithNewConsent() async throws {
        let (workspace, _) = try await makeWorkspace(Dataset(operation: .socioLabPodravje))
        var person = F.person
        person.organisation = nil
        try await workspace.apply(
            [.insert(person.record), .insert(F.details.record)], author: "ana", reason: "enrol")
        try await workspace.erasePersonalDetails(of: "p1", author: "dpo", reason: "request")
        let erasedOn = try #require(await workspace.dataset.persons["p1"]?.detailsErasedOn)
        #expect(erasedOn == Self.clock.now().day)

        // An old spreadsheet imported again: rejected, nothing written.
        do {
            try await workspace.apply([.insert(F.details.record)], author: "bor", reason: "re-import")
            Issue.record("expected a rejection")
        } catch let rejected as ChangeRejected {
            #expect(rejected.errors.map(\.rule) == ["core.erased-details"])
        }
        #expect(await workspace.dataset.personalDetails.count == 0)

        // The import planner keeps the mark even when the file's person row says nothing of it.
        let batch = ImportBatch(records: [.person(person)])
        let planned = ImportPlanner.changes(for: batch, against: await workspace.dataset)
        #expect(planned.isEmpty)

        // Fresh consent after the erasure: the person may be recorded again.
        var consented = try #require(await workspace.dataset.persons["p1"])
        consented.consent = Consent(givenOn: erasedOn.adding(days: 1))
        try await workspace.apply(
            [.update(consented.record), .insert(F.details.record)], author: "ana", reason: "re-enrolled")
        #expect(await workspace.dataset.personalDetails.count == 1)
    }

    @Test func theFingerprintIsComputedOncePerRevisionAndMatchesTheData() async throws {
        let (workspace, _) = try await makeWorkspace()
        let first = await workspace.fingerprint()
        #expect(first == DatasetFingerprint.sha256(of: await workspace.dataset))
        let report = await workspace.report(ReportBuilder(plugins: PluginRegistry()), asOf: F.day)
        #expect(report.fingerprint == first)
        try await workspace.apply(batch(1, badAt: nil), author: "a", reason: "r")
        let second = await workspace.fingerprint()
        #expect(second != first)
        #expect(second == DatasetFingerprint.sha256(of: await workspace.dataset))
    }
}
