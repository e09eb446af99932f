import Foundation
import SocioLabKit
import SocioLabStorage
import Testing

/// A snapshot import killed at every step of its writing (`SOCIOLAB_TEST_IMPORT_CRASH_STEP`, see
/// `JSONFileStore+SnapshotImport.swift`): the store opens either as before the import or with all of it,
/// never between, its earlier change sets intact, and the next writer finishes the import's history.
@Suite(.serialized)
struct ImportCrashTests {
    static let persons = 300

    /// Step 0 runs without a kill; 1 leaves the snapshot's temporary file half written (before the
    /// commit point); 2–6 come after the snapshot.
    @Test(arguments: 0...6)
    func killedAtEveryStepOpensBeforeOrAfterTheImport(step: Int) async throws {
        try #require(ChildProcess.crashWriter != nil, "StoreCrashWriter must be built with the tests")
        let root = TemporaryDirectory()
        let path = root.appending("store")
        JSONFileStoreTestSupport.closeAfterCreating(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let child = try ChildProcess(
            ["import", path, "\(Self.persons)"],
            environment: step == 0 ? [:] : ["SOCIOLAB_TEST_IMPORT_CRASH_STEP": "\(step)"])
        let lines = child.readAll()
        let status = child.wait()
        #expect(lines.contains("ack 2"), "\(lines)")
        #expect(lines.contains("ack 3") == (step == 0), "step \(step): \(lines)")
        #expect((status == 0) == (step == 0), "step \(step): exit \(status)")

        // A reader, which changes nothing: before (revision 2) or after (revision 3), never between.
        let expected: Int64 = step == 1 ? 2 : 3
        try await expectSound(path, revision: expected, imported: expected == 3, step: step)
        // A writer's open finishes what the kill left, then the store takes appends.
        let writer = try JSONFileStore.open(at: path, lockTimeout: 10)
        var state = try await writer.load()
        #expect(state.revision == expected)
        let record = try state.dataset.apply(
            .insert(Person(id: "after", birthDate: Day(year: 1990, month: 1, day: 1)).record))
        try await writer.append(
            CommittedChangeSet(
                revision: expected + 1, author: "next", timestamp: Timestamp(milliseconds: 1),
                reason: "after",
                records: [record]))
        writer.close()
        try await expectSound(path, revision: expected + 1, imported: expected == 3, step: step)
        let history = String(decoding: contents(path + "/history.jsonl"), as: UTF8.self)
        #expect(history.contains("\"import\":{") == (expected == 3), "step \(step)")
        #expect(!FileManager.default.fileExists(atPath: path + "/snapshot.json.tmp-\(getpid())"))
    }

    /// Opens the store read-only and checks it holds revisions 1 … `revision` with their content.
    func expectSound(_ path: String, revision: Int64, imported: Bool, step: Int) async throws {
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        let state = try await store.load()
        #expect(state.revision == revision, "step \(step)")
        #expect(state.dataset.persons.contains("imp-1") == imported, "step \(step)")
        #expect(state.dataset.persons.count >= (imported ? Self.persons : 0), "step \(step)")
        #expect(state.dataset.persons["p-1"] == nil, "step \(step)")
        let verification = JSONFileStore.verify(at: path)
        #expect(verification.isSound, "step \(step): \(verification.problems)")
        // The change sets before the import are all there.
        let early = try await store.history(of: EntityReference(.person, "p-1"))
        #expect(early.map(\.revision) == [1, 2], "step \(step)")
        let catchUp = try await store.changeSets(after: 0)
        #expect(catchUp.map(\.revision) == Array(1...revision), "step \(step)")
        guard imported else { return }
        let history = try await store.history(of: EntityReference(.personalDetails, "imp-7"))
        #expect(history.map(\.revision) == [3], "step \(step)")
        #expect(history.first?.author == "importer" && history.first?.reason == "first import")
        guard case .personalDetails(let details) = history.first?.records.first?.after else {
            Issue.record("step \(step): no details in \(history)")
            return
        }
        #expect(details.givenName == "Uvoz 7", "step \(step)")
        #expect(catchUp[2].records.count == 2 * Self.persons, "step \(step)")
        #expect(catchUp[2].author == "importer", "step \(step)")
    }
}
