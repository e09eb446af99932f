import Foundation
import SocioLabKit
import SocioLabStorage
import Testing

/// A child process appends change sets and is killed with SIGKILL at random moments; every reopen must
/// succeed and hold every acknowledged change set, unaltered, and at most the one unacknowledged one, whole.
@Suite(.serialized)
struct CrashTests {
    @Test func sigkillAtRandomMomentsLosesNothingAcknowledged() async throws {
        try await killRepeatedly(mode: "append", iterations: longTests ? 2000 : 200)
    }

    /// The same with an erasure every fifth revision: an erasure weakens the head record, rewrites the
    /// history, the snapshot and the journal, and a kill at any step still leaves a sound store (the next
    /// writer finishes the erasure).
    @Test func sigkillDuringErasuresLosesNothingAcknowledged() async throws {
        try await killRepeatedly(mode: "erasing", iterations: longTests ? 1000 : 100)
    }

    func killRepeatedly(mode: String, iterations: Int) async throws {
        try #require(ChildProcess.crashWriter != nil, "StoreCrashWriter must be built with the tests")
        let erasing = mode == "erasing"
        let seed = UInt64(ProcessInfo.processInfo.environment["SOCIOLAB_CRASH_SEED"] ?? "") ?? 20_191_003
        var random = SplitMix64(seed: seed)
        let root = TemporaryDirectory()
        let path = root.appending("store")
        JSONFileStoreTestSupport.closeAfterCreating(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))

        var acknowledged: Int64 = 0
        var killedMidCompactionCandidates = 0
        for iteration in 0..<iterations {
            let child = try ChildProcess([mode, path, "40", "2048"])
            // Kill after a random number of acknowledgements: 0 kills it while it starts or opens (recovery).
            let killAfter = Int.random(in: 0...12, using: &random)
            var seen = 0
            var finished = false
            if killAfter > 0 {
                while let line = child.readLine() {
                    if line.hasPrefix("ack ") {
                        let revision = Int64(line.dropFirst(4))!
                        #expect(revision == acknowledged + 1, "iteration \(iteration), seed \(seed): \(line)")
                        acknowledged = revision
                        seen += 1
                        if seen == killAfter { break }
                    } else if line.hasPrefix("error") {
                        Issue.record("iteration \(iteration), seed \(seed): the child failed: \(line)")
                        break
                    } else if line == "done" {
                        finished = true
                        break
                    }
                }
            }
            child.kill()
            if !finished { killedMidCompactionCandidates += 1 }
            // The child kept appending until the signal landed: what it reported before dying is acknowledged.
            for line in child.readAll() where line.hasPrefix("ack ") {
                let revision = Int64(line.dropFirst(4))!
                #expect(revision == acknowledged + 1, "iteration \(iteration), seed \(seed): \(line)")
                acknowledged = revision
            }

            let store = try JSONFileStore.open(at: path, mode: .readOnly)
            let state = try await store.load()
            #expect(
                state.revision == acknowledged || state.revision == acknowledged + 1,
                "iteration \(iteration), seed \(seed): revision \(state.revision) after \(acknowledged) acknowledged"
            )
            try JSONFileStoreTestSupport.expectCrashWriterContent(
                state, iteration: iteration, seed: seed, erasing: erasing)
            let verification = JSONFileStore.verify(at: path)
            #expect(verification.isSound, "iteration \(iteration), seed \(seed): \(verification.problems)")
            acknowledged = state.revision
        }
        // The store still takes writes after all that.
        let last = try ChildProcess([mode, path, "3", "2048"])
        let lines = last.readAll()
        #expect(last.wait() == 0)
        #expect(lines.last == "done", "\(lines)")
        let final = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(final.revision == acknowledged + 3)
        #expect(JSONFileStore.verify(at: path).problems.isEmpty)
        #expect(killedMidCompactionCandidates > 0)
        if erasing {
            // Every erasure was finished, by its writer or the next one: the names are in no file.
            let files = ["snapshot.json", "journal.jsonl", "history.jsonl"].map {
                String(decoding: contents(path + "/" + $0), as: UTF8.self)
            }
            for revision in stride(from: 5, through: final.revision, by: 5) {
                let name = "\"Ime \(revision - 1)\""
                #expect(!files.contains { $0.contains(name) }, "\(name) is still stored")
            }
        }
    }
}

/// Helpers shared by the fault tests.
enum JSONFileStoreTestSupport {
    static func closeAfterCreating(_ store: JSONFileStore) { store.close() }

    /// Checks that a store holds exactly revisions 1 … state.revision of the crash writer, each whole.
    static func expectCrashWriterContent(
        _ state: StoreState, iteration: Int, seed: UInt64, erasing: Bool = false
    ) throws {
        let n = Int(state.revision)
        let erasures = erasing ? n / 5 : 0
        #expect(state.dataset.persons.count == n - erasures, "iteration \(iteration), seed \(seed)")
        #expect(
            state.dataset.personalDetails.count == n - 2 * erasures, "iteration \(iteration), seed \(seed)")
        guard n > 0 else { return }
        for revision in 1...Int64(n) {
            let id = "p-\(revision)"
            if erasing && revision % 5 == 0 {
                // An erasure: no person of its own.
                #expect(state.dataset.persons[.init(id)] == nil, "iteration \(iteration): \(id)")
                continue
            }
            let person = try #require(
                state.dataset.persons[.init(id)], "iteration \(iteration): \(id) missing")
            if erasing && (revision + 1) % 5 == 0 && revision < n {
                // The next revision erased the details.
                #expect(state.dataset.personalDetails[.init(id)] == nil, "iteration \(iteration): \(id)")
                continue
            }
            #expect(person.birthDate == Day(daysSinceEpoch: Int32(revision % 20_000)))
            #expect(person.isced == Int(revision % 9))
            #expect(person.targetGroups == [.init("g\(revision % 5)")])
            let details = try #require(state.dataset.personalDetails[.init(id)])
            #expect(details.givenName == "Ime \(revision)" && details.familyName == "Čuk")
        }
    }
}
