import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// `JSONFileStore.changeSetSummaries`: the log read line by line, checked against every line decoded in
/// full.
struct ChangeSetSummaryTests {
    /// A store with inserts, updates, a deletion, a compaction (so change sets are in the history too) and
    /// an erasure; reasons with quotes, backslashes, a line break and Slovenian letters.
    static func makeStore() async throws -> String {
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let person = Person(id: "p-1", gender: .female, birthDate: Day(year: 1980, month: 1, day: 1))
        let details = PersonalDetails(person: person.id, givenName: "Brigita", familyName: "Neznanka")
        let other = Person(id: "p-2", gender: .male, birthDate: Day(year: 1990, month: 5, day: 5))
        var dataset = try await store.load().dataset
        var changed = person
        changed.birthDate = Day(year: 1981, month: 2, day: 2)
        let batches: [[Change]] = [
            [.insert(person.record), .insert(details.record), .insert(other.record)],
            [.update(changed.record)],
            [.delete(other.reference)],
        ]
        for (index, changes) in batches.enumerated() {
            try await store.append(
                try StoreConformance.commit(changes, on: &dataset, revision: Int64(index + 1)))
            if index == 1 { try await store.compact(dataset, revision: 2) }
        }
        store.close()
        let workspace = try await Workspace(store: try JSONFileStore.open(at: path, lockTimeout: 10))
        try await workspace.erasePersonalDetails(of: person.id, author: "dpo \\ \"ana\"", reason: "request")
        return path
    }

    /// Every change set of the store, decoded in full from both files, newest first.
    static func decodedChangeSets(_ path: String) throws -> [CommittedChangeSet] {
        var found: [Int64: CommittedChangeSet] = [:]
        for name in ["history.jsonl", "journal.jsonl"] {
            guard let data = FileManager.default.contents(atPath: path + "/" + name) else { continue }
            try [UInt8](data).withBytes { (raw) throws(SocioLabError) in
                _ = try JournalCodec.read(
                    raw, file: name, format: name == "history.jsonl" ? "sociolab-history" : "sociolab-journal"
                ) { (line) throws(SocioLabError) in
                    let changeSet = try JournalCodec.changeSet(line, file: name)
                    found[changeSet.revision] = changeSet
                }
            }
        }
        return found.keys.sorted(by: >).map { found[$0]! }
    }

    /// The summary a decoded change set should have.
    static func expected(_ changeSet: CommittedChangeSet) -> ChangeSetSummary {
        var counts: [EntityKind: ChangeSetSummary.Counts] = [:]
        for record in changeSet.records {
            var kind = counts[record.reference.kind] ?? .init()
            switch record.action {
            case .insert: kind.inserts += 1
            case .update: kind.updates += 1
            case .delete: kind.deletions += 1
            case .redacted: kind.erasures += 1
            }
            counts[record.reference.kind] = kind
        }
        return ChangeSetSummary(
            revision: changeSet.revision, timestamp: changeSet.timestamp, author: changeSet.author,
            reason: changeSet.reason, counts: counts)
    }

    @Test("the summaries are what decoding every line in full gives, newest first")
    func summariesMatchDecoding() async throws {
        let path = try await Self.makeStore()
        let decoded = try Self.decodedChangeSets(path)
        #expect(decoded.map(\.revision) == [4, 3, 2, 1])
        let summaries = try JSONFileStore.changeSetSummaries(atPath: path)
        #expect(summaries == decoded.map(Self.expected))
        #expect(summaries.first?.author == "dpo \\ \"ana\"")
        #expect(summaries.last?.reason == "check 1: čšž \"quoted\"\nnew line")
        #expect(summaries[1].counts[.person]?.deletions == 1)
        #expect(summaries[2].counts[.person]?.updates == 1)
        #expect(summaries.first?.counts[.personalDetails]?.erasures == 1)
    }

    @Test("a limit stops at the newest, and a filter passes over the others")
    func limitAndFilter() async throws {
        let path = try await Self.makeStore()
        #expect(try JSONFileStore.changeSetSummaries(atPath: path, limit: 1).map(\.revision) == [4])
        let filtered = try JSONFileStore.changeSetSummaries(atPath: path, limit: 2) {
            $0.author == "conformance"
        }
        #expect(filtered.map(\.revision) == [3, 2])
        #expect(try JSONFileStore.changeSetSummaries(atPath: path, limit: 0).isEmpty)
    }

    @Test(
        "the scanner gives the same summary whatever the size of the pieces it is fed",
        arguments: [1, 2, 7, 64])
    func pieces(size: Int) async throws {
        let path = try await Self.makeStore()
        for name in ["history.jsonl", "journal.jsonl"] {
            let data = try #require(FileManager.default.contents(atPath: path + "/" + name))
            for line in data.split(separator: 0x0A).dropFirst() {
                let bytes = [UInt8](line)
                var whole = ChangeSetLineScanner()
                bytes.withUnsafeBytes { whole.feed($0) }
                var pieces = ChangeSetLineScanner()
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + size)
                    bytes[start..<end].withUnsafeBytes { pieces.feed($0) }
                    start = end
                }
                let expected = try whole.summary().get()
                #expect(try pieces.summary().get() == expected)
            }
        }
    }

    @Test("a torn last line is left out, and a damaged line is store.corrupt with its file and offset")
    func tornAndDamaged() async throws {
        let path = try await Self.makeStore()
        let journal = path + "/journal.jsonl"
        let before = try JSONFileStore.changeSetSummaries(atPath: path)
        let handle = try #require(FileHandle(forWritingAtPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data("{\"crc32c\":\"00000000\",\"author\":\"x".utf8))
        try handle.close()
        #expect(try JSONFileStore.changeSetSummaries(atPath: path) == before)

        let history = path + "/history.jsonl"
        var text = try String(contentsOfFile: history, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"records\":[", with: "\"records\":[[")
        try text.write(toFile: history, atomically: false, encoding: .utf8)
        do {
            _ = try JSONFileStore.changeSetSummaries(atPath: path)
            Issue.record("a damaged line was read")
        } catch {
            #expect(error.code == .storeCorrupt)
            #expect(error.location.file?.hasSuffix("history.jsonl") == true)
            #expect(error.location.byteOffset != nil)
        }
    }

    @Test("facts: sizes, format version, no lock holder once the writer is gone, compaction not due")
    func facts() async throws {
        let path = try await Self.makeStore()
        let facts = try JSONFileStore.facts(atPath: path)
        #expect(facts.formatVersion == JSONFileStore.writtenFormatVersion)
        #expect(facts.fileSizes["snapshot.json"] ?? 0 > 0)
        #expect(facts.totalSize == facts.fileSizes.values.reduce(0, +))
        #expect(facts.lockHolder == nil)
        #expect(!facts.compactionDue)
        let writer = try JSONFileStore.open(at: path, lockTimeout: 10)
        #expect(try JSONFileStore.facts(atPath: path).lockHolder == getpid())
        writer.close()
    }
}
