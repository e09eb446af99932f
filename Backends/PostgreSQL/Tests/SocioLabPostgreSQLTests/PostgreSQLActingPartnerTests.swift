import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// The acting partner of each change set: stored in `change_sets.acting_partner`, read back by the history
/// and by catching up.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLActingPartnerTests {
    @Test func theActingPartnerIsStoredAndReadBack() async throws {
        let configuration = try TestDatabase.freshSchema()
        let store = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        var state = try await store.load()
        var first = try StoreConformance.commit(
            [.insert(.organisation(Organisation(id: "o-1", name: "one", legalForm: .zadruga)))],
            on: &state.dataset, revision: 1)
        first.actingPartner = "citilab"
        try await store.append(first)
        let second = try StoreConformance.commit(
            [.update(.organisation(Organisation(id: "o-1", name: "two", legalForm: .zadruga)))],
            on: &state.dataset, revision: 2)
        try await store.append(second)

        let column = try await TestDatabase.query(
            "SELECT acting_partner FROM \"\(configuration.schema)\".change_sets ORDER BY revision", on: store)
        #expect(column == ["citilab", nil])
        let history = try await store.history(of: EntityReference(.organisation, "o-1"))
        #expect(history.map(\.actingPartner) == ["citilab", nil])
        #expect(history == [first, second])
        let caughtUp = try await store.changeSets(after: 0)
        #expect(caughtUp == [first, second])

        // A workspace acting for a partner records it.
        let workspace = try await Workspace(store: store, actingAs: .partner("prizma"))
        try await workspace.apply(
            [.insert(.organisation(Organisation(id: "o-2", name: "three", legalForm: .zadruga)))],
            author: "lead", reason: "as the lead")
        #expect(try await store.changeSets(after: 2).map(\.actingPartner) == ["prizma"])
        await store.close()
    }
}
