import SocioLabKit
import SocioLabStorage
import SocioLabTesting
import Testing

/// Both stores pass the one conformance suite.
struct StoreConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func inMemoryStore(_ check: StoreConformance.Check) async throws {
        try await check.run(makeStore: { InMemoryStore(operation: $0) }, reopen: { $0 })
    }

    @Test(arguments: StoreConformance.checks)
    func jsonFileStore(_ check: StoreConformance.Check) async throws {
        try await check.run(jsonFileHarness())
    }

    /// With a zero threshold the store compacts by itself after almost every append; nothing may change.
    @Test(arguments: StoreConformance.checks)
    func jsonFileStoreCompactingAlways(_ check: StoreConformance.Check) async throws {
        try await check.run(jsonFileHarness(compactionThreshold: 0))
    }
}
