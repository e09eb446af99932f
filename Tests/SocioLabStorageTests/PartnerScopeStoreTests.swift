import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// Issue 17, part 1, on disk: the JSON file store keeps each change set's acting partner (`acting_partner`)
/// through the journal, a reopen and a compaction, and a store written before it opens as it did.
struct PartnerScopeStoreTests {
    typealias Sample = PartnerScopeSample

    @Test("The acting partner survives the journal, a reopen and a compaction, and the log reads it")
    func actingPartnerIsStored() async throws {
        let path = TemporaryDirectory().appending("store")
        do {
            let store = try JSONFileStore.create(at: path, operation: Sample.operation)
            let admin = try await Workspace(store: store, clock: Sample.clock)
            try await admin.apply(Sample.changes, author: "admin", reason: "sample")
            store.close()
        }
        do {
            let store = try JSONFileStore.open(at: path)
            let citilab = try await Workspace(
                store: store, actingAs: .partner("citilab"), clock: Sample.clock)
            try await citilab.apply(
                [.insert(Person(id: "p-new").record)], author: "cvetka", reason: "enrolment")
            store.close()
        }
        let journal = try String(contentsOfFile: path + "/" + JSONFileStore.journalName, encoding: .utf8)
        #expect(journal.contains("\"acting_partner\":\"citilab\",\"author\":\"cvetka\""))
        let summaries = try JSONFileStore.changeSetSummaries(atPath: path)
        #expect(summaries.map(\.actingPartner) == ["citilab", nil])
        let store = try JSONFileStore.open(at: path)
        let reopened = try await Workspace(store: store, clock: Sample.clock)
        #expect(await reopened.dataset.persons["p-new"]?.enrolledBy == "citilab")
        try await reopened.compact()
        let history = try await reopened.history(of: EntityReference(.person, "p-new"))
        #expect(history.map(\.actingPartner) == ["citilab"])
        store.close()
    }

    @Test(
        "The v2 fixture store, written before acting partners, opens for a partner and for the administrator")
    func oldStoreOpens() async throws {
        let path = try FormatPinStoreFixtureTests.copy()
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        let admin = try await Workspace(store: store, plugins: .standard)
        #expect(await admin.revision == FormatPinStoreFixtureTests.Expected.revision)
        let partner = await admin.dataset.operation.partners.first { $0.role == .partner }!.id
        let scoped = try await Workspace(store: store, plugins: .standard, actingAs: .partner(partner))
        #expect(await scoped.dataset.persons.count == (await admin.dataset.persons.count))
        #expect(await scoped.dataset.personalDetails.count <= (await admin.dataset.personalDetails.count))
        let summaries = try JSONFileStore.changeSetSummaries(atPath: path)
        #expect(!summaries.isEmpty && summaries.allSatisfy { $0.actingPartner == nil })
        // The fixture's bytes are unchanged by opening it (read-only) as a partner.
        let original = try FormatPinStoreFixtureTests.contents(of: FormatPinStoreFixtureTests.fixture)
        #expect(try FormatPinStoreFixtureTests.contents(of: path) == original)
    }
}
