import Foundation
import Testing

@testable import SocioLabKit

/// A store whose erasures never finish (as after a crash, or seen by a reader before the writer finished):
/// its history still holds the erased details.
final class UnfinishedErasureStore: Store, @unchecked Sendable {
    // @unchecked Sendable: all state is guarded by `lock`.
    private let lock = NSLock()
    private var appended: [CommittedChangeSet] = []

    func load() async throws -> StoreState {
        lock.withLock {
            var dataset = Dataset(operation: .socioLabPodravje)
            for changeSet in appended { dataset.replay(changeSet) }
            return StoreState(dataset: dataset, revision: Int64(appended.count))
        }
    }
    func append(_ changeSet: CommittedChangeSet) async throws { lock.withLock { appended.append(changeSet) } }
    func compact(_ dataset: Dataset, revision: Int64) async throws {}
    func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        lock.withLock { appended.filter { $0.touches(reference) } }
    }
    func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64) async throws {}
}

/// `Workspace.redactedHistory(of:)`: an entity's history as a user may see it.
struct RedactedHistoryTests {
    typealias F = CoreFixtures

    @Test func subjectsOfAPersonIncludeTheirPersonalDetails() {
        #expect(
            EntityReference(.person, "p1").historySubjects == [
                EntityReference(.person, "p1"), EntityReference(.personalDetails, "p1"),
            ])
        #expect(EntityReference(.activity, "a1").historySubjects == [EntityReference(.activity, "a1")])
        #expect(
            EntityReference(.personalDetails, "p1").historySubjects == [
                EntityReference(.personalDetails, "p1")
            ])
    }

    @Test func aPersonsHistoryHasTheirDetailsRedactedEvenBeforeTheStoreErasedThem() async throws {
        let store = UnfinishedErasureStore()
        let workspace = try await Workspace(
            store: store, clock: .fixed(Timestamp(milliseconds: 1_570_090_500_000)))
        var person = F.person
        person.organisation = nil
        try await workspace.apply(
            [.insert(person.record), .insert(F.details.record)], author: "ana", reason: "enrol")
        try await workspace.erasePersonalDetails(of: "p1", author: "dpo", reason: "request")
        // The store kept the details: its own history still shows them.
        let raw = try await workspace.history(of: F.details.reference)
        #expect(raw.first?.records.contains { $0.after == F.details.record } == true)

        let history = try await workspace.redactedHistory(of: [person.reference])
        #expect(history.map(\.revision) == [1, 2])
        #expect(history.map(\.author) == ["ana", "dpo"])
        let details = history.flatMap(\.records).filter { $0.reference == F.details.reference }
        #expect(details.count == 2)
        #expect(details.allSatisfy { $0.redacted && $0.before == nil && $0.after == nil })
        #expect(
            history.flatMap(\.records).contains { $0.reference == person.reference && $0.action == .insert })
        // Asked twice (person and details), each change set still comes once.
        #expect(
            try await workspace.redactedHistory(of: [person.reference, F.details.reference]).map(\.revision)
                == [1, 2])
        #expect(try await workspace.redactedHistory(of: [EntityReference(.activity, "none")]).isEmpty)
    }
}
