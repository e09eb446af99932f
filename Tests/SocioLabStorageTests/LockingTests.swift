import Foundation
import SocioLabKit
import SocioLabStorage
import SocioLabTesting
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One writer at a time, across processes; readers beside it; owner-only permissions.
@Suite(.serialized)
struct LockingTests {
    @Test func secondWriterInAnotherProcessGetsLockedWithThePid() async throws {
        let path = TemporaryDirectory().appending("store")
        JSONFileStoreTestSupport.closeAfterCreating(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let holder = try ChildProcess(["hold", path])
        let line = try #require(holder.readLine())
        #expect(line == "locked \(holder.pid)")
        do {
            _ = try JSONFileStore.open(at: path, lockTimeout: 0.05)
            Issue.record("a second writer got the lock")
        } catch {
            #expect(error.code == .storeLocked)
            #expect(error.message.contains("process \(holder.pid)"), "\(error.message)")
        }
        // A reader works beside the writer.
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.revision == 0)
        holder.closeInput()
        #expect(holder.wait() == 0)
        let writer = try JSONFileStore.open(at: path, lockTimeout: 5)
        writer.close()
    }

    @Test func secondWriterInTheSameProcessIsRefusedAndReadOnlyRefusesWrites() async throws {
        let path = TemporaryDirectory().appending("store")
        let writer = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        do {
            _ = try JSONFileStore.open(at: path)
            Issue.record("a second writer in the same process got the lock")
        } catch { #expect(error.code == .storeLocked) }
        let reader = try JSONFileStore.open(at: path, mode: .readOnly)
        var dataset = Dataset(operation: .socioLabPodravje)
        let changeSet = try StoreConformance.commit(
            [.insert(Person(id: "p").record)], on: &dataset, revision: 1)
        await #expect(throws: SocioLabError.self) { try await reader.append(changeSet) }
        try await writer.append(changeSet)
        writer.close()
        await #expect(throws: SocioLabError.self) { try await writer.append(changeSet) }
    }

    /// Two processes append to the same store, each waiting for the lock: every change set of both is
    /// there, none lost, revisions gap-free.
    @Test func twoProcessesWritingLoseNoUpdate() async throws {
        let path = TemporaryDirectory().appending("store")
        JSONFileStoreTestSupport.closeAfterCreating(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let first = try ChildProcess(["append", path, "25", "4096"])
        let second = try ChildProcess(["append", path, "25", "4096"])
        let a = first.readAll()
        let b = second.readAll()
        #expect(first.wait() == 0, "\(a)")
        #expect(second.wait() == 0, "\(b)")
        let acks = (a + b).filter { $0.hasPrefix("ack ") }.map { Int64($0.dropFirst(4))! }
        #expect(acks.sorted() == Array(1...50))
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.revision == 50)
        try JSONFileStoreTestSupport.expectCrashWriterContent(state, iteration: 0, seed: 0)
    }

    /// Readers take no lock: opened and verified after every change set of another process that appends,
    /// compacts and erases meanwhile, they never take the files for damaged and always see whole revisions.
    @Test func readersBesideAWriterNeverSeeDamage() async throws {
        let path = TemporaryDirectory().appending("store")
        JSONFileStoreTestSupport.closeAfterCreating(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let writer = try ChildProcess(["erasing", path, "120", "1024"])
        var reads = 0
        while let line = writer.readLine(), line != "done" {
            #expect(!line.hasPrefix("error"), "\(line)")
            do {
                let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
                try JSONFileStoreTestSupport.expectCrashWriterContent(
                    state, iteration: reads, seed: 0, erasing: true)
            } catch { Issue.record("read \(reads): \(error)") }
            let verification = JSONFileStore.verify(at: path)
            #expect(verification.isSound, "read \(reads): \(verification.problems)")
            reads += 1
        }
        #expect(writer.wait() == 0)
        #expect(reads > 100)
    }

    @Test(arguments: [0o000, 0o022, 0o077, 0o277] as [mode_t])
    func filesAreOwnerOnlyWhateverTheUmask(_ mask: mode_t) async throws {
        let old = umask(mask)
        defer { umask(old) }
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        var dataset = Dataset(operation: .socioLabPodravje)
        try await store.append(
            try StoreConformance.commit([.insert(Person(id: "p").record)], on: &dataset, revision: 1))
        try await store.compact(dataset, revision: 1)
        store.close()
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o700)
        for name in ["snapshot.json", "journal.jsonl", "history.jsonl", "head.json", "store.lock"] {
            #expect(stat(path + "/" + name, &info) == 0 && info.st_mode & 0o777 == 0o600, "\(name)")
        }
    }
}
