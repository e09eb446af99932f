import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// Every snapshot carries its dataset's fingerprint, so a workspace opened on a compacted store reports
/// without hashing every record again; the fingerprint kept must always be the one computed.
struct StoredFingerprintTests {
    static func datasets() -> [Dataset] {
        var awkward = Dataset(operation: ConformanceFixtures.operation)
        for record in ConformanceFixtures.everyKind { awkward.upsert(record) }
        return [SampleData.demo(), SampleData.large(persons: 2_000, personalDetails: true), awkward]
    }

    @Test(arguments: 0..<3)
    func aReopenedSnapshotGivesTheFingerprintOfItsRecords(_ which: Int) async throws {
        let dataset = Self.datasets()[which]
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: dataset).close()
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        let kept = try #require(state.fingerprint)
        #expect(kept == DatasetFingerprint.sha256(of: dataset))
        #expect(kept == DatasetFingerprint.sha256(of: state.dataset))
        // The parallel and the sequential reader both read it.
        let sequential = try contents(path + "/snapshot.json").withUnsafeBytes { raw in
            #expect(SnapshotCodec.decodeInParallel(raw)?.fingerprint == kept)
            return try SnapshotCodec.decodeSequentially(raw).fingerprint
        }
        #expect(sequential == kept)
    }

    @Test func aWorkspaceUsesTheKeptFingerprintUntilTheNextChange() async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        let store = try JSONFileStore.open(at: path, mode: .readWrite)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        let before = await workspace.fingerprint()
        #expect(before == DatasetFingerprint.sha256(of: SampleData.demo()))
        let report = await workspace.report(ReportBuilder(plugins: .standard), asOf: SampleData.demoAsOf)
        #expect(report.fingerprint == before)

        var person = try #require(await workspace.dataset.persons.all.first)
        person.rural = !(person.rural ?? false)
        try await workspace.apply([.update(person.record)], author: "ana", reason: "correction")
        let after = await workspace.fingerprint()
        #expect(after != before)
        #expect(after == DatasetFingerprint.sha256(of: await workspace.dataset))
        store.close()
        // The journal now adds to the snapshot: its fingerprint is no longer the dataset's.
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.revision == 1)
        #expect(state.fingerprint == nil)
    }

    @Test func compactionWritesTheFingerprintOfTheNewRevision() async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        let store = try JSONFileStore.open(at: path, mode: .readWrite)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        var activity = try #require(await workspace.dataset.activities.all.first)
        activity.title = "Renamed"
        try await workspace.apply([.update(activity.record)], author: "ana", reason: "title")
        try await workspace.compact()
        store.close()
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.fingerprint == DatasetFingerprint.sha256(of: state.dataset))
        #expect(state.fingerprint == (await workspace.fingerprint()))
    }

    /// Rewrites the snapshot with another `fingerprint` member (or none), keeping its checksum valid.
    static func rewriteSnapshot(at path: String, fingerprint: String?) throws {
        let file = path + "/snapshot.json"
        var text = String(decoding: contents(file), as: UTF8.self)
        // Unframe: drop the checksum member, then the fingerprint member.
        text = "{" + text.dropFirst("{\"crc32c\":\"00000000\",".count)
        let member = try #require(
            text.range(of: #""fingerprint":"[0-9a-f]{64}","#, options: .regularExpression))
        text.replaceSubrange(member, with: fingerprint.map { "\"fingerprint\":\"\($0)\"," } ?? "")
        if text.hasSuffix("\n") { text.removeLast() }
        try Data(JournalCodec.frame(Array(text.utf8))).write(to: URL(filePath: file))
    }

    @Test func aWrongKeptFingerprintIsFoundByVerify() async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        #expect(JSONFileStore.verify(at: path).isSound)
        try Self.rewriteSnapshot(at: path, fingerprint: String(repeating: "0", count: 64))
        let verification = JSONFileStore.verify(at: path)
        let problem = try #require(verification.problems.first)
        #expect(verification.problems.count == 1)
        #expect(problem.code == .storeCorrupt)
        #expect(problem.location.field == "fingerprint")
        #expect(problem.message.contains("store compact"))
    }

    @Test(arguments: [nil, "not-a-fingerprint", String(repeating: "A", count: 64)])
    func aSnapshotWithoutAWellFormedFingerprintHasItComputed(_ member: String?) async throws {
        let path = TemporaryDirectory().appending("store")
        try JSONFileStore.create(at: path, dataset: SampleData.demo()).close()
        // A member that is not 64 lower-case hex digits is not trusted; no member, nothing to trust.
        try Self.rewriteSnapshot(at: path, fingerprint: member)
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        #expect(try await store.load().fingerprint == nil)
        let workspace = try await Workspace(store: store, plugins: .standard)
        #expect(await workspace.fingerprint() == DatasetFingerprint.sha256(of: SampleData.demo()))
        #expect(JSONFileStore.verify(at: path).isSound)
    }
}
