import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// The conformance suite every store passes, against a real PostgreSQL server, unchanged.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLConformanceTests {
    static let harness = StoreConformance.Harness(
        makeStore: { operation in
            try await PostgreSQLStore.create(try TestDatabase.freshSchema(), operation: operation)
        },
        reopen: { store in
            let store = try #require(store as? PostgreSQLStore)
            await store.close()
            return try await PostgreSQLStore.open(store.configuration)
        })

    @Test(arguments: StoreConformance.checks)
    func conforms(_ check: StoreConformance.Check) async throws {
        try await check.run(Self.harness)
    }

    @Test(arguments: StoreConformance.catchUpChecks)
    func catchesUp(_ check: StoreConformance.Check) async throws {
        try await check.run(Self.harness)
    }
}
