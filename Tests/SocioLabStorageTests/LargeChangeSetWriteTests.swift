import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Issue 18: a large change set (a first import) is appended without copying its line whole, and the
/// compaction after it moves its line to the history from the journal's bytes as read. The files must
/// come out byte for byte as before.
struct LargeChangeSetWriteTests {
    static let objects: [[UInt8]] = [
        Array(#"{"a":1}"#.utf8),
        Array(#"{"author":"ana","records":[{"k":"čšž"}],"revision":7,"timestamp":"x"}"#.utf8),
        Array(("{\"records\":[" + String(repeating: "\"abcdefgh\",", count: 120_000) + "1]}").utf8),
    ]

    /// The first two lines are written with one `pwrite`, the third (over 1 MiB) in its three parts.
    @Test(arguments: [0, 1, 2])
    func aFramedLineWrittenInPartsIsTheFramedLine(_ which: Int) throws {
        let object = Self.objects[which]
        let root = TemporaryDirectory()
        let path = root.appending("line")
        let fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        defer { _ = close(fd) }
        let parts = JournalCodec.FramedLine(object: object)
        let offset = 17
        #expect(parts.write(to: fd, at: offset) == nil)
        let written = contents(path)
        let expected = JournalCodec.frame(object)
        #expect(parts.count == expected.count)
        #expect(written.count == offset + expected.count)
        #expect(Array(written[offset...]) == expected)
    }

    /// Writing the parts in order cut short anywhere (the process killed between or inside the writes)
    /// leaves a torn write, which the open drops.
    @Test func everyCutOfALineWrittenInPartsIsATornWrite() {
        var line = JournalCodec.frame(Self.objects[1])
        line.removeLast()
        for cut in 1...line.count {
            let damage = Array(line[..<cut]).withUnsafeBytes { TornTail.damage(in: $0) }
            #expect(damage == nil, "cut at \(cut)")
        }
    }

    /// The history after a compaction holds the journal's change-set lines exactly as they were, and
    /// a torn last line of the journal stays out of it.
    @Test(arguments: [false, true])
    func compactionMovesTheJournalLinesToTheHistoryByteForByte(tornTail: Bool) async throws {
        let root = TemporaryDirectory()
        let path = root.appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let records = SampleData.demo().allRecords
        var dataset = Dataset(operation: .socioLabPodravje)
        var revision: Int64 = 0
        // A large change set, then two small ones.
        for chunk in [Array(records.dropLast(2)), [records[records.count - 2]], [records[records.count - 1]]]
        {
            revision += 1
            let applied = try chunk.map { try dataset.apply(.insert($0)) }
            try await store.append(
                CommittedChangeSet(
                    revision: revision, author: "ana", timestamp: Timestamp(milliseconds: revision),
                    reason: "import", records: applied))
        }
        let journal = contents(path + "/journal.jsonl")
        let lines = Array(
            journal.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst().dropLast())
        #expect(lines.count == 3)
        store.close()
        if tornTail {
            // Part of a fourth line: what a kill during its append leaves.
            let handle = try FileHandle(forWritingTo: URL(filePath: path + "/journal.jsonl"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(JournalCodec.frame(Self.objects[2]).prefix(4_000)))
            try handle.close()
        }
        let writer = try JSONFileStore.open(at: path)
        let state = try await writer.load()
        #expect(state.revision == 3)
        try await writer.compact(state.dataset, revision: 3)
        writer.close()

        let history = contents(path + "/history.jsonl")
        let historyLines = history.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(historyLines.count == 5, "a header, three change sets and the end")
        #expect(Array(historyLines[1...3]).map(Array.init) == lines.map(Array.init))
        #expect(historyLines.last?.isEmpty == true)
        #expect(JSONFileStore.verify(at: path).isSound)
        let reopened = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(reopened.dataset == dataset)
        let first = try #require(records.first)
        let history1 = try await JSONFileStore.open(at: path, mode: .readOnly).history(of: first.reference)
        #expect(history1.map(\.revision) == [1])
    }
}
