import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// A store written by the code of issue 13's start (format version 2, with its head record) must open
/// unchanged with every later version: `Tests/StoreFixtures/v2/` holds one, committed as it was written.
///
/// It holds ``PinSample`` with 12 persons (every entity kind, awkward values) at revision 0, then
/// ``StoreSteps``: two change sets (revisions 1–2), a compaction, a delete and an erasure of personal
/// details (3–4, which rewrote the history and the snapshot), and one more change set left in the journal
/// (5). To write it again (only for a new format version, kept beside this one, never over it):
/// `SOCIOLAB_WRITE_STORE_FIXTURE=<new directory> swift test --filter FormatPinStoreFixtureTests/writeTheFixture`.
struct FormatPinStoreFixtureTests {
    /// The committed fixture, found from this file's path (so `Package.swift` declares no resources).
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("StoreFixtures/v2").path

    /// What the fixture holds.
    enum Expected {
        static let revision: Int64 = 5
        static let entityCount = 76
    }

    /// The dataset the fixture was made from, before the change sets.
    static func initialDataset() -> Dataset {
        // The fixture was written before the SocioLab Podravje preset had its finance settings (cost
        // categories, flat rates); a store keeps the operation it was written with.
        var dataset = PinSample.dataset(persons: 12)
        dataset.operation.costCategories = []
        dataset.operation.flatRates = []
        return dataset
    }

    /// The dataset the fixture should hold: the same steps replayed on an in-memory store today.
    static func expectedDataset() async throws -> Dataset {
        let workspace = try await Workspace(
            store: InMemoryStore(dataset: initialDataset()), plugins: .standard, clock: FormatPin.clock)
        try await StoreSteps.appendTwo(workspace)
        try await StoreSteps.appendAndErase(workspace)
        try await StoreSteps.appendLast(workspace)
        return await workspace.dataset
    }

    /// A copy of the fixture in a fresh temporary directory.
    static func copy() throws -> String {
        let path = TemporaryDirectory().appending("store")
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        // A checkout does not keep the modes the store wrote (0700, 0600); give them back, as a backup
        // restored by its owner would have them.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        for name in StoreBytes.files {
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + "/" + name)
        }
        return path
    }

    static func contents(of path: String) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for name in StoreBytes.files { files[name] = try StoreBytes.read(path + "/" + name) }
        return files
    }

    @Test func theFixtureIsSmallAndComplete() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixture).sorted()
        #expect(names == StoreBytes.files.sorted(), "the fixture holds the store's files and nothing else")
        let contents = try Self.contents(of: Self.fixture)
        #expect(contents.values.reduce(0) { $0 + $1.count } < 200_000)
        // The committed files themselves: a fixture written again by newer code would prove nothing.
        let written: [String: String] = [
            "head.json": "c5c0212f864df5100fbfde77bbeea8632aa9329490e531ea7d68434402f39c39",
            "history.jsonl": "40f689a7c78228915cbe4a7f6dbe1db90e5f232958b1bbba8b67370c6bc3fc18",
            "journal.jsonl": "1dc39ec6040fe0ed3744b8ed85e84217533102f36c4bbf97b33f560f5764d1a8",
            "snapshot.json": "dc194151d09ee1b6b7058a57fb9f2571934b18000561db12459d06bd5ee11403",
        ]
        for (name, bytes) in contents {
            #expect(
                FormatPin.digest(bytes) == written[name],
                "\(name) of the committed store fixture changed: restore it from git; it must stay as written"
            )
        }
    }

    @Test func opensReadOnlyWithoutChangingAByte() async throws {
        let path = try Self.copy()
        let before = try Self.contents(of: path)
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        let state = try await store.load()
        #expect(state.revision == Expected.revision)
        #expect(state.dataset.allRecords.count == Expected.entityCount)
        FormatPin.check("fingerprint store fixture v2", digest: DatasetFingerprint.sha256(of: state.dataset))
        #expect(state.fingerprint == nil || state.fingerprint == DatasetFingerprint.sha256(of: state.dataset))
        #expect(state.dataset == (try await Self.expectedDataset()))
        #expect(state.notices.isEmpty, "\(state.notices)")
        let history = try await store.history(of: EntityReference(.person, "pin-p1"))
        #expect(history.map(\.revision) == [1, 2, 4])
        let verification = store.verify()
        #expect(verification.isSound, "\(verification.problems)")
        #expect(verification.notices.isEmpty, "\(verification.notices)")
        #expect(verification.revision == Expected.revision)
        store.close()
        #expect(try Self.contents(of: path) == before, "opening read-only must not change the store's files")
        #expect(!FileManager.default.fileExists(atPath: path + "/store.lock"))
    }

    @Test func opensAsAWriterUnchangedAndTakesANewChangeSet() async throws {
        let path = try Self.copy()
        let before = try Self.contents(of: path)
        let store = try JSONFileStore.open(at: path)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: FormatPin.clock)
        #expect(await workspace.revision == Expected.revision)
        let notices = await workspace.openNotices
        #expect(notices.isEmpty, "\(notices)")
        FormatPin.check("fingerprint store fixture v2", digest: await workspace.fingerprint())
        #expect(await workspace.dataset == (try await Self.expectedDataset()))
        #expect(
            try Self.contents(of: path) == before,
            "opening a sound store as its writer must not change its files")

        // It takes a change set and compacts as any store of today does.
        var person = StoreSteps.person
        person.rural = false
        try await workspace.apply([.update(person.record)], author: "ana", reason: "after the upgrade")
        try await workspace.compact()
        store.close()
        #expect(JSONFileStore.verify(at: path).isSound)
        let reopened = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(reopened.revision == Expected.revision + 1)
        #expect(reopened.dataset == (await workspace.dataset))
        // A store without a snapshot import stays version 2 in every file it writes (format 3 is only for
        // stores that took one).
        for name in ["snapshot.json", "journal.jsonl", "head.json"] {
            let text = String(decoding: try Self.contents(of: path)[name] ?? [], as: UTF8.self)
            #expect(
                text.contains("\"format_version\":2") && !text.contains("\"format_version\":3"), "\(name)")
        }
    }

    /// Writes the fixture into the directory `SOCIOLAB_WRITE_STORE_FIXTURE` names (which must not exist);
    /// skipped otherwise. It is how `Tests/StoreFixtures/v2/` was made (its `store.lock` then removed).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SOCIOLAB_WRITE_STORE_FIXTURE"] != nil))
    func writeTheFixture() async throws {
        let path = try #require(ProcessInfo.processInfo.environment["SOCIOLAB_WRITE_STORE_FIXTURE"])
        let store = try JSONFileStore.create(at: path, dataset: Self.initialDataset())
        let workspace = try await Workspace(store: store, plugins: .standard, clock: FormatPin.clock)
        try await StoreSteps.appendTwo(workspace)
        try await workspace.compact()
        try await StoreSteps.appendAndErase(workspace)
        try await StoreSteps.appendLast(workspace)
        store.close()
        try FileManager.default.removeItem(atPath: path + "/store.lock")
        #expect(JSONFileStore.verify(at: path).isSound)
    }
}
