import Foundation
import SocioLabKit
import SocioLabStorage
import SocioLabTesting
import Testing

/// Damaged, torn, swapped and hostile files: typed errors, files unchanged, never a crash.
struct FaultTests {
    /// A store with `count` change sets of the crash writer's content, closed.
    func makeStore(_ count: Int64, compact: Bool = false) async throws -> String {
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        var dataset = Dataset(operation: .socioLabPodravje)
        for revision in 1...count {
            let changeSet = try StoreConformance.commit(
                [.insert(Person(id: .init("p-\(revision)"), isced: Int(revision % 9)).record)], on: &dataset,
                revision: revision)
            try await store.append(changeSet)
            if compact && revision == count / 2 { try await store.compact(dataset, revision: revision) }
        }
        store.close()
        return path
    }

    /// The lines of a file, without their newlines.
    func fileLines(_ path: String) -> [[UInt8]] {
        contents(path).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }

    func expectError(_ code: SocioLabError.Code, _ path: String, _ body: () throws -> Void) -> SocioLabError?
    {
        do {
            try body()
            Issue.record("expected \(code)")
        } catch let error as SocioLabError {
            #expect(error.code == code, "\(error)")
            return error
        } catch { Issue.record("unexpected \(error)") }
        return nil
    }

    /// A write interrupted before it was acknowledged leaves a prefix of its line (perhaps all of it but
    /// the newline, perhaps followed by zero bytes): at every byte offset, the open drops it with a notice,
    /// `verify` calls the store sound, and the next append cuts it off and takes its revision.
    @Test(arguments: [0, 3])
    func tornTailAtEveryByteOffsetOfAnUnacknowledgedLine(zeros: Int) async throws {
        let template = try await makeStore(5)
        // The line a sixth append writes: the same content in any store (it names no store).
        let sixth = try #require(fileLines(try await makeStore(6) + "/journal.jsonl").last)
        let acknowledged = contents(template + "/journal.jsonl")
        let root = TemporaryDirectory()
        for cut in 0..<sixth.count {  // up to and including the whole line without its newline
            let path = root.appending("cut-\(cut)")
            try FileManager.default.copyItem(atPath: template, toPath: path)
            let torn = acknowledged + sixth[..<cut] + [UInt8](repeating: 0, count: zeros)
            try Data(torn).write(to: URL(fileURLWithPath: path + "/journal.jsonl"))
            let isTorn = torn.count > acknowledged.count
            let verification = JSONFileStore.verify(at: path)
            #expect(verification.isSound, "cut at \(cut): \(verification.problems)")
            #expect(verification.notices.contains { $0.contains("incomplete last line") } == isTorn)
            let store = try JSONFileStore.open(at: path, lockTimeout: 10)
            let state = try await store.load()
            #expect(state.revision == 5, "cut at \(cut)")
            #expect(state.dataset.persons.count == 5)
            #expect(state.notices.contains { $0.contains("incomplete last line") } == isTorn)
            // The next append cuts the torn line off first.
            var dataset = state.dataset
            try await store.append(
                try StoreConformance.commit([.insert(Person(id: "after").record)], on: &dataset, revision: 6))
            store.close()
            let reopened = try await JSONFileStore.open(at: path, mode: .readOnly).load()
            #expect(reopened.revision == 6 && reopened.dataset.persons[.init("after")] != nil)
            #expect(JSONFileStore.verify(at: path).isSound)
        }
    }

    @Test func flippedByteInAMiddleLineIsCorruptionAndChangesNothing() async throws {
        let path = try await makeStore(5)
        let journal = path + "/journal.jsonl"
        var bytes = contents(journal)
        let lines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        let target = lines[2] + 30  // inside line 4 (revision 3)
        bytes[target] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        let before = hashes(path)
        let error = expectError(.storeCorrupt, path) { _ = try JSONFileStore.open(at: path, lockTimeout: 10) }
        #expect(error?.location.line == 4)
        #expect(error?.location.byteOffset == lines[2] + 1)
        #expect(error?.location.file?.hasSuffix("journal.jsonl") == true)
        #expect(hashes(path) == before)
        #expect(JSONFileStore.verify(at: path).problems.first?.location.line == 4)
        #expect(hashes(path) == before)
    }

    @Test func damagedSnapshotIsCorruptionAndChangesNothing() async throws {
        let path = try await makeStore(4, compact: true)
        let snapshot = path + "/snapshot.json"
        let good = contents(snapshot)
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            var bytes = good
            bytes[offset] = bytes[offset] == UInt8(ascii: "{") ? UInt8(ascii: "[") : UInt8(ascii: "{")
            try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
            let before = hashes(path)
            do {
                _ = try JSONFileStore.open(at: path, lockTimeout: 10)
                Issue.record("a damaged byte at \(offset) was accepted")
            } catch {
                #expect([.storeCorrupt, .storeTooNew].contains(error.code), "\(error)")
            }
            #expect(hashes(path) == before)
        }
    }

    @Test func anotherStoresJournalIsRefused() async throws {
        let first = try await makeStore(3)
        let second = try await makeStore(3)
        try FileManager.default.removeItem(atPath: first + "/journal.jsonl")
        try FileManager.default.copyItem(atPath: second + "/journal.jsonl", toPath: first + "/journal.jsonl")
        let before = hashes(first)
        let error = expectError(.storeCorrupt, first) {
            _ = try JSONFileStore.open(at: first, lockTimeout: 10)
        }
        #expect(error?.message.contains("another store") == true)
        #expect(hashes(first) == before)
    }

    @Test func leftoverTemporarySnapshotIsIgnoredAndCleaned() async throws {
        let path = try await makeStore(3)
        let leftover = path + "/snapshot.json.tmp-99999"
        try Data("{\"half\":".utf8).write(to: URL(fileURLWithPath: leftover))
        let reader = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(reader.revision == 3)
        #expect(FileManager.default.fileExists(atPath: leftover))
        let writer = try JSONFileStore.open(at: path, lockTimeout: 10)
        let state = try await writer.load()
        #expect(state.revision == 3)
        #expect(state.notices.contains { $0.contains("temporary") })
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func newerFormatIsTooNewAndChangesNothing() async throws {
        let path = try await makeStore(2, compact: true)
        let snapshot = path + "/snapshot.json"
        let text = String(decoding: contents(snapshot), as: UTF8.self)
            .replacingOccurrences(of: "\"format_version\":2", with: "\"format_version\":4")
        try Data(text.utf8).write(to: URL(fileURLWithPath: snapshot))
        let before = hashes(path)
        _ = expectError(.storeTooNew, path) { _ = try JSONFileStore.open(at: path, lockTimeout: 10) }
        #expect(hashes(path) == before)
    }

    /// Hostile snapshots: each gives a typed error, never a crash.
    @Test(arguments: [
        (
            "deep nesting",
            "{\"format\":\"sociolab-store\",\"format_version\":2,\"x\":"
                + String(repeating: "[", count: 100_000) + "}"
        ),
        ("invalid UTF-8", "{\"format\":\"sociolab-\u{FFFF}store\"}"),
        ("huge number", "{\"format\":\"sociolab-store\",\"format_version\":99999999999999999999999}"),
        (
            "long number",
            "{\"format\":\"sociolab-store\",\"format_version\":1" + String(repeating: "0", count: 500) + "}"
        ),
        ("out-of-range revision", "{\"format\":\"sociolab-store\",\"format_version\":2,\"revision\":1e400}"),
        ("lone surrogate", "{\"format\":\"\\ud800\"}"),
        ("control character", "{\"format\":\"a\u{1}b\"}"),
        ("duplicate key", "{\"format\":\"sociolab-store\",\"operation\":{\"id\":1,\"id\":2}}"),
        ("truncated", "{\"format\":\"sociolab-store\",\"format_"),
        ("empty", ""),
        ("not an object", "[1,2,3]"),
    ])
    func hostileSnapshotIsATypedError(_ name: String, _ text: String) async throws {
        let path = try await makeStore(1, compact: true)
        var bytes = Array(text.utf8)
        if name == "invalid UTF-8" { bytes = bytes.map { $0 == 0xEF ? 0xC0 : $0 } }
        try Data(bytes).write(to: URL(fileURLWithPath: path + "/snapshot.json"))
        let before = hashes(path)
        do {
            _ = try JSONFileStore.open(at: path, lockTimeout: 10)
            Issue.record("\(name) was accepted")
        } catch {
            #expect([.storeCorrupt, .storeTooNew].contains(error.code), "\(name): \(error)")
        }
        #expect(hashes(path) == before)
    }

    @Test func symbolicLinkInTheStoreIsRefused() async throws {
        let path = try await makeStore(1)
        let outside = TemporaryDirectory().appending("elsewhere.json")
        try FileManager.default.moveItem(atPath: path + "/snapshot.json", toPath: outside)
        try FileManager.default.createSymbolicLink(
            atPath: path + "/snapshot.json", withDestinationPath: outside)
        let error = expectError(.storeCorrupt, path) { _ = try JSONFileStore.open(at: path, lockTimeout: 10) }
        #expect(error?.message.contains("symbolic link") == true)
    }

    @Test func missingStoreAndExistingDirectory() throws {
        let root = TemporaryDirectory()
        _ = expectError(.storeMissing, root.path) {
            _ = try JSONFileStore.open(at: root.appending("nothing"))
        }
        try Data("x".utf8).write(to: URL(fileURLWithPath: root.appending("file")))
        _ = expectError(.storeExists, root.path) {
            _ = try JSONFileStore.create(at: root.path, operation: .socioLabPodravje)
        }
    }
}
