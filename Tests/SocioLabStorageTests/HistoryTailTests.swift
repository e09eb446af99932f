import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// Opening a store reads only the header and the last line of the history (which keeps every change set
/// ever compacted); its older lines are checked by `history(of:)` and `verify`.
struct HistoryTailTests {
    /// A store whose history holds three change sets (revisions 1–3) and whose journal is empty.
    static func storeWithHistory() async throws -> (path: String, person: Person) {
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        var person = Person(id: "p-1", gender: .female)
        try await workspace.apply([.insert(person.record)], author: "ana", reason: "first")
        person.rural = true
        try await workspace.apply([.update(person.record)], author: "ana", reason: "second")
        person.rural = false
        try await workspace.apply([.update(person.record)], author: "ana", reason: "third")
        try await workspace.compact()
        store.close()
        return (path, person)
    }

    static func lines(_ path: String) -> [[UInt8]] {
        contents(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    static func write(_ lines: [[UInt8]], to path: String) throws {
        try Data(lines.joined(separator: [0x0A])).write(to: URL(filePath: path))
    }

    @Test func theLastRevisionIsReadFromTheTail() async throws {
        let (path, _) = try await Self.storeWithHistory()
        let tail = try contents(path + "/history.jsonl").withUnsafeBytes { raw in
            try JournalCodec.readTail(
                raw, file: "history.jsonl", format: JournalCodec.historyFormat, verifyingLastLine: true)
        }
        #expect(tail.lastRevision == 3)
        #expect(tail.tornOffset == nil)
        let quick = try contents(path + "/history.jsonl").withUnsafeBytes { raw in
            try JournalCodec.readTail(
                raw, file: "history.jsonl", format: JournalCodec.historyFormat, verifyingLastLine: false)
        }
        #expect(quick.lastRevision == 3)
        #expect(quick.validLength == tail.validLength)
        #expect(tail.validLength == contents(path + "/history.jsonl").count)
        // A store reopened for writing folds the next change sets after revision 3, without repeats.
        let store = try JSONFileStore.open(at: path, mode: .readWrite)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        var person = try #require(await workspace.dataset.persons["p-1"])
        person.homeless = true
        try await workspace.apply([.update(person.record)], author: "ana", reason: "fourth")
        try await workspace.compact()
        #expect(try await store.history(of: person.reference).map(\.revision) == [1, 2, 3, 4])
    }

    /// A compaction interrupted while it appended to the history leaves a prefix of lines that are still in
    /// the journal (the snapshot was not written yet): dropped with a notice.
    @Test func aTornLastHistoryLineIsDroppedWithANotice() async throws {
        let (path, person) = try await Self.storeWithHistory()
        let store = try JSONFileStore.open(at: path, mode: .readWrite)
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        var changed = person
        changed.homeless = true
        try await workspace.apply([.update(changed.record)], author: "ana", reason: "fourth")
        store.close()
        // Revision 4 is in the journal; half of it is appended to the history.
        let fourth = Self.lines(path + "/journal.jsonl").dropLast().last!
        let history = path + "/history.jsonl"
        try Data(contents(history) + fourth.prefix(fourth.count / 2)).write(to: URL(filePath: history))
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.notices.contains { $0.contains("history") && $0.contains("byte") })
        #expect(state.revision == 4)
        #expect(JSONFileStore.verify(at: path).isSound)
        // The next compaction cuts it off and appends revision 4 whole.
        let writer = try JSONFileStore.open(at: path, mode: .readWrite)
        let again = try await Workspace(store: writer, plugins: .standard, clock: Fixtures.clock)
        try await again.compact()
        writer.close()
        #expect(JSONFileStore.verify(at: path).isSound)
        #expect(Self.lines(history).dropLast().last == fourth)
    }

    @Test func aLastHistoryLineWhoseRevisionIsOutOfPlaceIsCheckedAndStopsTheOpen() async throws {
        let (path, _) = try await Self.storeWithHistory()
        let history = path + "/history.jsonl"
        var lines = Self.lines(history)
        let last = lines.count - 2  // the final element is empty: the file ends with a newline
        // Revision 3 becomes 8: past the journal, so the open reads the whole line and finds the damage.
        var text = String(decoding: lines[last], as: UTF8.self)
        text = text.replacingOccurrences(of: #","revision":3,"#, with: #","revision":8,"#)
        lines[last] = Array(text.utf8)
        try Self.write(lines, to: history)
        let before = hashes(path)
        let error = try #require(
            #expect(throws: SocioLabError.self) {
                _ = try JSONFileStore.open(at: path, mode: .readOnly)
            })
        #expect(error.code == .storeCorrupt)
        #expect(error.location.file?.hasSuffix("history.jsonl") == true)
        #expect(error.location.byteOffset == lines[..<last].reduce(0) { $0 + $1.count + 1 })
        #expect(hashes(path) == before)
    }

    @Test func damageInsideTheLastHistoryLineIsFoundByHistoryAndVerify() async throws {
        let (path, person) = try await Self.storeWithHistory()
        let history = path + "/history.jsonl"
        var lines = Self.lines(history)
        let last = lines.count - 2
        lines[last][40] ^= 0x01  // inside the line, far from the revision at its end
        try Self.write(lines, to: history)
        // Opening needs only the last revision, which is intact; the damage is reported where the line
        // is read.
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        #expect(try await store.load().revision == 3)
        await #expect(throws: SocioLabError.self) { _ = try await store.history(of: person.reference) }
        #expect(JSONFileStore.verify(at: path).problems.contains { $0.location.line == last + 1 })
    }

    @Test func aDamagedOlderHistoryLineIsFoundByHistoryAndVerifyNotByOpen() async throws {
        let (path, person) = try await Self.storeWithHistory()
        let history = path + "/history.jsonl"
        var lines = Self.lines(history)
        lines[1][lines[1].count - 3] ^= 0x01  // the first change set (revision 1)
        try Self.write(lines, to: history)
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        #expect(try await store.load().dataset.persons["p-1"] == person)
        await #expect(throws: SocioLabError.self) { _ = try await store.history(of: person.reference) }
        let verification = JSONFileStore.verify(at: path)
        #expect(verification.problems.contains { $0.location.line == 2 })
    }
}
