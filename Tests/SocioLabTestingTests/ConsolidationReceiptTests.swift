import Foundation
import SocioLabStorage
import SocioLabTesting
import Testing

@testable import SocioLabKit

/// Issue 17, part 2: the consolidated store remembers the last package merged from each partner, across
/// `consolidate` calls and reopenings, on every backend.
struct ConsolidationReceiptTests {
    typealias S = PartnerScenario

    /// A store to reopen: a backend and a way to open a workspace on it again.
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case inMemory, jsonFile

        var testDescription: String { rawValue }

        /// A function that opens a new workspace on the same store each time it is called.
        func opener() throws -> () async throws -> Workspace {
            switch self {
            case .inMemory:
                let store = InMemoryStore(operation: .socioLabPodravje)
                return { try await Workspace(store: store, plugins: .standard) }
            case .jsonFile:
                let path =
                    FileManager.default.temporaryDirectory.appendingPathComponent(
                        "sociolab-receipts-\(UUID().uuidString)"
                    ).path
                _ = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
                return { try await Workspace(store: try JSONFileStore.open(at: path), plugins: .standard) }
            }
        }
    }

    static func entry(_ package: PseudonymisedPackage, _ directory: String = "pkg")
        -> (package: PseudonymisedPackage, directory: String)
    {
        (package, directory)
    }

    /// citilab's store without participation `x2`.
    static func smaller() throws -> Dataset {
        var smaller = S.citilab
        _ = try smaller.apply(.delete(EntityReference(.participation, "x2")))
        return smaller
    }

    @Test(
        "The same package merged again in a later call, after reopening, is merged already",
        arguments: Backend.allCases)
    func sameAgain(backend: Backend) async throws {
        let open = try backend.opener()
        let package = try S.package(S.citilab, "citilab")
        try await open().consolidate([Self.entry(package)], key: S.key, author: "lead")
        let reopened = try await open()
        let fingerprint = await reopened.fingerprint()
        let outcomes = try await reopened.consolidate([Self.entry(package)], key: S.key, author: "lead")
        #expect(outcomes.count == 1)
        #expect(outcomes[0].alreadyMerged)
        #expect(outcomes[0].committed == nil)
        #expect(await reopened.revision == 1)
        #expect(await reopened.fingerprint() == fingerprint)
        let receipt = try #require(try await reopened.lastConsolidationReceipt(of: "citilab"))
        #expect(receipt.created == package.header.created)
        #expect(receipt.digest == (try package.recordsDigest()))
        #expect(receipt.revision == 1)
    }

    @Test("A newer package in a later call replaces the older one's records", arguments: Backend.allCases)
    func newerReplaces(backend: Backend) async throws {
        let open = try backend.opener()
        let first = try S.package(S.citilab, "citilab", minutes: 0)
        try await open().consolidate([Self.entry(first)], key: S.key, author: "lead")
        #expect(try await open().dataset.participations.all.map(\.id) == ["citilab:x1", "citilab:x2"])
        let newer = try S.package(try Self.smaller(), "citilab", minutes: 10)
        let reopened = try await open()
        let outcomes = try await reopened.consolidate([Self.entry(newer)], key: S.key, author: "lead")
        #expect(outcomes.first?.alreadyMerged == false)
        #expect(outcomes.first?.changeCount == 1)  // the deletion of citilab:x2
        #expect(await reopened.dataset.participations.all.map(\.id) == ["citilab:x1"])
        #expect(await reopened.revision == 2)
        #expect(try await reopened.lastConsolidationReceipt(of: "citilab")?.created == newer.header.created)
    }

    @Test(
        "An older package in a later call is refused before anything is written", arguments: Backend.allCases)
    func olderRefused(backend: Backend) async throws {
        let open = try backend.opener()
        let older = try S.package(S.citilab, "citilab", minutes: 0)
        let newer = try S.package(try Self.smaller(), "citilab", minutes: 10)
        try await open().consolidate([Self.entry(newer)], key: S.key, author: "lead")
        let reopened = try await open()
        let before = await reopened.dataset
        // tkalka's package comes first and would be merged: nothing is, because citilab's is older.
        let tkalka = try S.package(S.tkalka, "tkalka")
        var refusal: SocioLabError?
        do {
            try await reopened.consolidate(
                [Self.entry(tkalka, "tk"), Self.entry(older, "citilab-old")], key: S.key, author: "lead")
        } catch let error as SocioLabError {
            refusal = error
        }
        let error = try #require(refusal)
        #expect(error.code == .consolidationPackageOlder)
        #expect(error.location.file == "citilab-old/package.json")
        #expect(error.location.field == "created")
        for text in [
            "citilab", older.header.created, newer.header.created, "nothing was written", "made after",
        ] {
            #expect(error.message.contains(text), "\(error)")
        }
        #expect(error.message(in: .slovenian).contains("starejši od paketa"))
        #expect(await reopened.revision == 1)
        #expect(await reopened.dataset == before)
    }

    @Test("A newer package with the same records is recorded, so the one before it is refused afterwards")
    func newerWithSameRecords() async throws {
        let workspace = try await S.workspace()
        let first = try S.package(S.citilab, "citilab", minutes: 0)
        let again = try S.package(S.citilab, "citilab", minutes: 5)
        try await workspace.consolidate([Self.entry(first)], key: S.key, author: "lead")
        let outcomes = try await workspace.consolidate([Self.entry(again)], key: S.key, author: "lead")
        #expect(outcomes.first?.changeCount == 0)
        let committed = try #require(outcomes.first?.committed)
        #expect(committed.records.count == 1)
        #expect(committed.records.allSatisfy { $0.before == $0.after })
        #expect(try await workspace.lastConsolidationReceipt(of: "citilab")?.created == again.header.created)
        await #expect {
            try await workspace.consolidate([Self.entry(first)], key: S.key, author: "lead")
        } throws: { ($0 as? SocioLabError)?.code == .consolidationPackageOlder }
    }

    @Test("A package made at the same time as the last one but with other records is refused")
    func sameTimeOtherRecords() async throws {
        let workspace = try await S.workspace()
        try await workspace.consolidate(
            [Self.entry(try S.package(S.citilab, "citilab", minutes: 0))], key: S.key, author: "lead")
        let other = try S.package(try Self.smaller(), "citilab", minutes: 0)
        await #expect {
            try await workspace.consolidate([Self.entry(other, "cl")], key: S.key, author: "lead")
        } throws: { error in
            guard let error = error as? SocioLabError else { return false }
            return error.code == .consolidationPackageOlder && error.location.file == "cl/package.json"
                && error.message.contains("same creation time")
                && error.message(in: .slovenian).contains("isti čas nastanka")
        }
        #expect(await workspace.revision == 1)
    }

    @Test("The receipt survives a compaction of the JSON file store")
    func survivesCompaction() async throws {
        let open = try Backend.jsonFile.opener()
        let first = try S.package(S.citilab, "citilab", minutes: 0)
        let newer = try S.package(try Self.smaller(), "citilab", minutes: 10)
        do {
            let workspace = try await open()
            try await workspace.consolidate([Self.entry(newer)], key: S.key, author: "lead")
            try await workspace.compact()
        }
        let reopened = try await open()
        #expect(try await reopened.lastConsolidationReceipt(of: "citilab")?.revision == 1)
        await #expect {
            try await reopened.consolidate([Self.entry(first)], key: S.key, author: "lead")
        } throws: { ($0 as? SocioLabError)?.code == .consolidationPackageOlder }
    }

    @Test("A change set written before receipts were kept (no digest) still orders packages by time")
    func legacyReason() throws {
        let changeSet = CommittedChangeSet(
            revision: 4, author: "lead", timestamp: Timestamp(milliseconds: 0),
            reason: "consolidate citilab 2026-12-05T01:00:00.000Z", records: [])
        let receipt = try #require(ConsolidationReceipt(changeSet, partner: "citilab"))
        #expect(
            receipt.digest == nil && receipt.created == "2026-12-05T01:00:00.000Z" && receipt.revision == 4)
        #expect(ConsolidationReceipt(changeSet, partner: "tkalka") == nil)
    }
}
