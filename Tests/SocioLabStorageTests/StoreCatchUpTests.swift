import SocioLabKit
import SocioLabStorage
import SocioLabTesting
import Testing

/// Catching up: the JSON file store reads its journal (and history); the in-memory store keeps the
/// protocol's default, so a stale workspace gets `change.conflict`.
struct StoreCatchUpTests {
    @Test(arguments: StoreConformance.catchUpChecks)
    func jsonFileStore(_ check: StoreConformance.Check) async throws {
        try await check.run(jsonFileHarness())
    }

    @Test(arguments: StoreConformance.catchUpChecks)
    func jsonFileStoreCompactingAlways(_ check: StoreConformance.Check) async throws {
        try await check.run(jsonFileHarness(compactionThreshold: 0))
    }

    @Test(arguments: StoreConformance.catchUpChecks)
    func inMemoryStoreWithoutCatchingUp(_ check: StoreConformance.Check) async throws {
        try await check.run(makeStore: { InMemoryStore(operation: $0) }, reopen: { $0 })
    }
}
