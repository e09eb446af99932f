// swift-format-ignore-file
// The conformance snippet of Documentation/Storage.md, verbatim (SnippetDriftTests keeps it so); not
// formatted. It runs: `MyStore` is the in-memory store here, under the name the guide gives a backend.
import SocioLabKit
import SocioLabStorage
import SocioLabTesting
import Testing

/// The guide's backend: here the in-memory store.
typealias MyStore = InMemoryStore

extension InMemoryStore {
    /// Makes a new, empty store, as the guide's backend does.
    static func create(for operation: ESFOperation) throws -> MyStore { InMemoryStore(operation: operation) }

    /// The same store "opened again": an in-memory store is its own reopening.
    func reopened() throws -> MyStore { self }
}

@Test(arguments: StoreConformance.checks)
func conforms(_ check: StoreConformance.Check) async throws {
    try await check.run(
        makeStore: { operation in try MyStore.create(for: operation) },
        reopen: { store in try (store as! MyStore).reopened() })
}
