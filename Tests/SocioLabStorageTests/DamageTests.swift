import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import SocioLabTesting
import Testing

/// A store to damage: revisions 1…6, compacted at revision 3 (the history holds 1…3, the journal 4…6).
/// Every revision touches person `p-all`, who has personal details; `p-gone` had details until revision 2.
enum DamageFixture {
    static let everyone = EntityReference(.person, "p-all")

    /// Makes the store (closed) and, beside it, a copy of its journal from before the compaction.
    static func make() async throws -> String {
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        var dataset = Dataset(operation: .socioLabPodravje)
        var person = Person(id: "p-all", isced: 1)
        for revision: Int64 in 1...6 {
            var changes: [Change] = [.insert(Person(id: .init("p-\(revision)")).record)]
            switch revision {
            case 1:
                changes += [
                    .insert(person.record),
                    .insert(
                        PersonalDetails(person: "p-all", givenName: "Ana", familyName: "Vseprisotna").record),
                    .insert(Person(id: "p-gone").record),
                    .insert(PersonalDetails(person: "p-gone", givenName: "Bor", familyName: "Odšli").record),
                ]
            case 2:
                person.isced = 2
                changes += [.update(person.record), .delete(EntityReference(.personalDetails, "p-gone"))]
            default:
                person.isced = Int(revision)
                changes.append(.update(person.record))
            }
            try await store.append(try StoreConformance.commit(changes, on: &dataset, revision: revision))
            if revision == 3 {
                try FileManager.default.copyItem(
                    atPath: path + "/journal.jsonl", toPath: path + "-old-journal")
                try await store.compact(dataset, revision: 3)
            }
        }
        store.close()
        return path
    }
}

/// One way a store's files can be damaged (or torn by a crash, which is not damage).
struct StoreDamage: Sendable, CustomTestStringConvertible {
    enum Seen: Sendable {
        /// Opening the store refuses it.
        case byOpen
        /// Only reading every line finds it (`verify`, `history(of:)`, an erasure): the open reads the
        /// history's ends only.
        case byFullRead
        /// Not damage: a torn write, or a store made before the head record.
        case notDamage
    }

    let name: String
    let seen: Seen
    let apply: @Sendable (String) throws -> Void
    var testDescription: String { name }

    init(_ name: String, _ seen: Seen, _ apply: @escaping @Sendable (String) throws -> Void) {
        self.name = name
        self.seen = seen
        self.apply = apply
    }

    struct MissingFile: Error { var path: String }

    static func bytes(_ path: String, _ edit: (inout [UInt8]) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw MissingFile(path: path) }
        var data = contents(path)
        try edit(&data)
        try Data(data).write(to: URL(fileURLWithPath: path))
    }

    /// The offsets where the lines of a file start.
    static func lineStarts(_ data: [UInt8]) -> [Int] {
        [0] + data.indices.filter { data[$0] == 0x0A && $0 + 1 < data.count }.map { $0 + 1 }
    }

    static func cutInside(line index: Int) -> @Sendable (inout [UInt8]) throws -> Void {
        { data in
            let starts = lineStarts(data)
            let end = index + 1 < starts.count ? starts[index + 1] - 1 : data.count - 1
            data.removeSubrange((starts[index] + (end - starts[index]) / 2)...)
        }
    }

    static func removing(line index: Int) -> @Sendable (String) throws -> Void {
        { path in _ = try removeLine(path, at: index) }
    }

    static func flip(line index: Int, at offset: Int) -> @Sendable (inout [UInt8]) throws -> Void {
        { data in data[lineStarts(data)[index] + offset] ^= 0x01 }
    }

    static let all: [StoreDamage] = [
        .init("journal: the last newline replaced by a letter", .byOpen) {
            try bytes($0 + "/journal.jsonl") { $0[$0.count - 1] = 0x78 }
        },
        .init("journal: the last newline replaced by a space", .byOpen) {
            try bytes($0 + "/journal.jsonl") { $0[$0.count - 1] = 0x20 }
        },
        .init("journal: the last newline replaced by a zero byte", .byOpen) {
            try bytes($0 + "/journal.jsonl") { $0[$0.count - 1] = 0 }
        },
        .init("journal: cut inside its last line", .byOpen) {
            try bytes($0 + "/journal.jsonl", cutInside(line: 3))
        },
        .init("journal: cut inside an earlier line", .byOpen) {
            try bytes($0 + "/journal.jsonl", cutInside(line: 2))
        },
        .init("journal: its last line removed", .byOpen) { try removing(line: -1)($0 + "/journal.jsonl") },
        .init("journal: its first change set removed", .byOpen) {
            try removing(line: 1)($0 + "/journal.jsonl")
        },
        .init("journal: a middle line removed", .byOpen) { try removing(line: 2)($0 + "/journal.jsonl") },
        .init("journal: bytes that begin no line appended", .byOpen) {
            try bytes($0 + "/journal.jsonl") { $0 += Array("hello".utf8) }
        },
        .init("journal: zero bytes and then a letter appended", .byOpen) {
            try bytes($0 + "/journal.jsonl") { $0 += [0, 0, 0x41] }
        },
        .init("journal: replaced by its copy from before the compaction", .byOpen) { path in
            try FileManager.default.removeItem(atPath: path + "/journal.jsonl")
            try FileManager.default.copyItem(atPath: path + "-old-journal", toPath: path + "/journal.jsonl")
        },
        .init("history: cut inside its last line", .byOpen) {
            try bytes($0 + "/history.jsonl", cutInside(line: 3))
        },
        .init("history: cut inside an earlier line", .byOpen) {
            try bytes($0 + "/history.jsonl", cutInside(line: 2))
        },
        .init("history: its last line removed", .byOpen) { try removing(line: -1)($0 + "/history.jsonl") },
        .init("history: a middle line removed", .byOpen) { try removing(line: 2)($0 + "/history.jsonl") },
        .init("history: its first change set removed", .byOpen) {
            try removing(line: 1)($0 + "/history.jsonl")
        },
        .init("history: the last newline replaced by a letter", .byOpen) {
            try bytes($0 + "/history.jsonl") { $0[$0.count - 1] = 0x78 }
        },
        .init("history: bytes that begin no line appended", .byOpen) {
            try bytes($0 + "/history.jsonl") { $0 += Array("{]".utf8) }
        },
        .init("head: a byte flipped", .byOpen) { try bytes($0 + "/head.json") { $0[40] ^= 0x01 } },
        .init("head: cut short", .byOpen) { try bytes($0 + "/head.json") { $0.removeSubrange(100...) } },
        .init("head: another store's", .byOpen) { path in
            let other = TemporaryDirectory().appending("other")
            JSONFileStoreTestSupport.closeAfterCreating(
                try JSONFileStore.create(at: other, operation: .socioLabPodravje))
            try FileManager.default.removeItem(atPath: path + "/head.json")
            try FileManager.default.copyItem(atPath: other + "/head.json", toPath: path + "/head.json")
        },
        .init("history: a byte flipped in an older line", .byFullRead) {
            try bytes($0 + "/history.jsonl", flip(line: 1, at: 60))
        },
        .init("history: a byte flipped early in its last line", .byFullRead) {
            try bytes($0 + "/history.jsonl", flip(line: 3, at: 60))
        },
        .init("journal: a torn unacknowledged line", .notDamage) { path in
            try bytes(path + "/journal.jsonl") { data in
                let starts = lineStarts(data)
                data += data[starts[1]..<(starts[1] + 100)]
            }
        },
        .init("history: a torn append of an interrupted compaction", .notDamage) { path in
            // Revision 4 (still in the journal) half appended to the history.
            let journal = contents(path + "/journal.jsonl")
            let starts = lineStarts(journal)
            try bytes(path + "/history.jsonl") {
                $0 += journal[starts[1]..<(starts[1] + (starts[2] - starts[1]) / 2)]
            }
        },
        .init("head: missing (a store made before it existed)", .notDamage) {
            try FileManager.default.removeItem(atPath: $0 + "/head.json")
        },
    ]
}

/// Damage is refused with `store.corrupt`, by the open when it reads the damaged part and by every full
/// read otherwise; a torn write is not damage; every refusal leaves every file as it was.
struct DamageTests {
    @Test(arguments: StoreDamage.all)
    func verifyReportsAProblemExactlyWhenTheOpenFails(_ damage: StoreDamage) async throws {
        let path = try await DamageFixture.make()
        try damage.apply(path)
        let before = hashes(path)
        let verification = JSONFileStore.verify(at: path)
        var openError: SocioLabError?
        do { _ = try await JSONFileStore.open(at: path, mode: .readOnly).load() } catch let error
            as SocioLabError
        {
            openError = error
        }
        #expect(verification.isSound == (damage.seen == .notDamage), "\(verification.problems)")
        #expect((openError != nil) == (damage.seen == .byOpen), "\(String(describing: openError))")
        if damage.seen != .byFullRead {
            // Everything the open reads, verify reads: a problem for one is a problem for the other.
            #expect(verification.isSound == (openError == nil))
        }
        if let openError {
            #expect(openError.code == .storeCorrupt)
            #expect(verification.problems.contains { $0.location.file == openError.location.file })
        }
        #expect(hashes(path) == before)
    }

    @Test(arguments: StoreDamage.all.filter { $0.seen == .byOpen })
    func aWriterRefusesDamageTheOpenSeesAndChangesNothing(_ damage: StoreDamage) async throws {
        let path = try await DamageFixture.make()
        try damage.apply(path)
        let before = hashes(path)
        do {
            let store = try JSONFileStore.open(at: path, lockTimeout: 10)
            // Had it opened, the next change set would take a revision already given.
            Issue.record("opened for writing at revision \(store.revision)")
        } catch {
            #expect(error.code == .storeCorrupt, "\(error)")
        }
        #expect(hashes(path) == before)
    }

    @Test(arguments: StoreDamage.all.filter { $0.seen == .byFullRead })
    func damageInTheHistoryStopsHistoryAndErasureAndChangesNothing(_ damage: StoreDamage) async throws {
        let path = try await DamageFixture.make()
        try damage.apply(path)
        let before = hashes(path)
        let store = try JSONFileStore.open(at: path, lockTimeout: 10)
        await #expect(throws: SocioLabError.self) { _ = try await store.history(of: DamageFixture.everyone) }
        let workspace = try await Workspace(store: store, plugins: .standard, clock: Fixtures.clock)
        for person: Person.ID in ["p-all", "p-gone"] {
            do {
                try await workspace.erasePersonalDetails(of: person, author: "dpo", reason: "request")
                Issue.record("erased \(person) from a damaged store")
            } catch let error as SocioLabError {
                #expect(error.code == .storeCorrupt, "\(error)")
            }
        }
        // Called directly, without the workspace's change set first.
        let state = try await store.load()
        await #expect(throws: SocioLabError.self) {
            try await store.erasePersonalDetails(
                of: ["p-all"], dataset: state.dataset, revision: state.revision)
        }
        store.close()
        #expect(hashes(path) == before)
        // Still usable for what does not need the damaged lines.
        #expect(try await JSONFileStore.open(at: path, mode: .readOnly).load().revision == 6)
    }

    /// The head record is written after the journal's fsync without one of its own: a crash in between
    /// leaves it one line behind, which is sound.
    @Test func aHeadRecordBehindTheJournalIsSound() async throws {
        let path = try await DamageFixture.make()
        let head = contents(path + "/head.json")
        let store = try JSONFileStore.open(at: path, lockTimeout: 10)
        var dataset = try await store.load().dataset
        try await store.append(
            try StoreConformance.commit([.insert(Person(id: "p-7").record)], on: &dataset, revision: 7))
        store.close()
        try Data(head).write(to: URL(fileURLWithPath: path + "/head.json"))
        #expect(JSONFileStore.verify(at: path).isSound)
        #expect(try await JSONFileStore.open(at: path, lockTimeout: 10).load().revision == 7)
    }

    /// A store made before the head record existed opens as before; its writer writes the record, and from
    /// then on a cut journal is refused.
    @Test func aStoreWithoutTheHeadRecordGetsOneFromItsWriter() async throws {
        let path = try await DamageFixture.make()
        try FileManager.default.removeItem(atPath: path + "/head.json")
        let verification = JSONFileStore.verify(at: path)
        #expect(verification.isSound && verification.notices.contains { $0.contains("head.json") })
        #expect(try await JSONFileStore.open(at: path, mode: .readOnly).load().revision == 6)
        #expect(!FileManager.default.fileExists(atPath: path + "/head.json"))
        let writer = try JSONFileStore.open(at: path, lockTimeout: 10)
        #expect(try await writer.load().notices.contains { $0.contains("head.json") })
        writer.close()
        #expect(contents(path + "/head.json").count == 512)
        #expect(JSONFileStore.verify(at: path).isSound)
        try StoreDamage.bytes(path + "/journal.jsonl", StoreDamage.cutInside(line: 3))
        #expect(throws: SocioLabError.self) { _ = try JSONFileStore.open(at: path, mode: .readOnly) }
    }
}
