import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// A first import written straight as the snapshot (format version 3): what is on disk, what history,
/// catch-up, the log, erasure, compaction and `verify` make of it, and that an in-memory store given the
/// same changes answers the same.
struct SnapshotImportTests {
    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_000_000_000))

    /// Twenty persons with details and two participations each, as one import.
    static var changes: [Change] {
        (1...20).flatMap { i -> [Change] in
            let id = Person.ID("p-\(i)")
            return [
                .insert(Person(id: id, gender: .female, birthDate: Day(year: 1980, month: 1, day: i)).record),
                .insert(PersonalDetails(person: id, givenName: "Ime \(i)", familyName: "Novak").record),
            ]
        }
    }

    static func importInto(_ store: any Store) async throws -> Workspace {
        let workspace = try await Workspace(store: store, clock: clock)
        await workspace.setSnapshotImportMinimum(40)
        let files = [
            ImportMarker.File(name: "persons.csv", sha256: String(repeating: "0f", count: 32), rows: 20)
        ]
        let result = try await workspace.apply(changes, author: "ana", reason: "first import", files: files)
        #expect(result.revision == 1)
        return workspace
    }

    static func text(_ path: String, _ name: String) -> String {
        String(decoding: contents(path + "/" + name), as: UTF8.self)
    }

    @Test func theImportIsTheSnapshotAndOneMarkerLine() async throws {
        let path = TemporaryDirectory().appending("store")
        let workspace = try await Self.importInto(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let history = Self.text(path, "history.jsonl").split(separator: "\n")
        #expect(history.count == 2)
        #expect(history[1].contains("\"import\":{\"files\":[{\"name\":\"persons.csv\",\"rows\":20,"))
        #expect(history[1].contains("\"records\":40,\"tables\":{\"person\":20,\"personal_details\":20}}"))
        #expect(!history[1].contains("Novak"), "the marker holds no record")
        let journal = Self.text(path, "journal.jsonl")
        #expect(journal.split(separator: "\n").count == 1 && journal.contains("\"base_revision\":1,"))
        // Every file the store wrote since is version 3, so that a version-2 reader stops at store.too-new.
        #expect(journal.contains("\"format_version\":3"))
        #expect(Self.text(path, "snapshot.json").contains("\"format_version\":3,\"import\":{"))
        #expect(Self.text(path, "head.json").contains("\"format_version\":3"))
        #expect(JSONFileStore.verify(at: path).isSound)
        let published = await workspace.dataset
        let reopened = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(reopened.revision == 1)
        #expect(reopened.dataset == published)
        #expect(reopened.fingerprint == DatasetFingerprint.sha256(of: published))
    }

    @Test func historyAndCatchUpAnswerAsAnInMemoryStoreDoes() async throws {
        let path = TemporaryDirectory().appending("store")
        let file = try await Self.importInto(try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let memory = try await Self.importInto(InMemoryStore(operation: .socioLabPodravje))
        for workspace in [file, memory] {
            var changed = try #require(await workspace.dataset.persons["p-2"])
            changed.gender = .male
            try await workspace.apply([.update(changed.record)], author: "bor", reason: "fix")
            try await workspace.apply(
                [
                    .delete(EntityReference(.person, "p-3")),
                    .delete(EntityReference(.personalDetails, "p-3")),
                ], author: "bor", reason: "gone")
            try await workspace.erasePersonalDetails(of: "p-4", author: "dpo", reason: "asked")
        }
        try await file.compact()
        for id in ["p-1", "p-2", "p-3", "p-4", "p-99"] {
            let references = [EntityReference(.person, id)]
            let fromFile = try await file.redactedHistory(of: references)
            let fromMemory = try await memory.redactedHistory(of: references)
            #expect(Self.shown(fromFile, references) == Self.shown(fromMemory, references), "\(id)")
        }
        let imported = try await file.redactedHistory(of: [EntityReference(.person, "p-1")])
        #expect(imported.map(\.revision) == [1])
        #expect(imported.first?.author == "ana" && imported.first?.timestamp == Self.clock.now())
        let fileStore = try JSONFileStore.open(at: path, mode: .readOnly)
        let catchUp = try await fileStore.changeSets(after: 0)
        try #require(catchUp.map(\.revision) == [1, 2, 3, 4])
        // The import as inserts of the state at its revision: the erased details are left out for good.
        #expect(catchUp[0].records.count == 39 && catchUp[0].author == "ana")
        #expect(catchUp[0].records.allSatisfy { $0.before == nil && $0.after != nil })
        var replayed = Dataset(operation: .socioLabPodravje)
        for changeSet in catchUp { replayed.replay(changeSet) }
        #expect(replayed == (try await fileStore.load().dataset))
        // The log lists the import with its counts.
        let log = try JSONFileStore.changeSetSummaries(atPath: path)
        #expect(log.map(\.revision) == [4, 3, 2, 1])
        #expect(log.last?.counts[.person]?.inserts == 20 && log.last?.reason == "first import")
    }

    /// What `sociolab history` prints of change sets: each one's header and the records of the subjects.
    static func shown(_ history: [CommittedChangeSet], _ references: [EntityReference]) -> [String] {
        let wanted = Set(references.flatMap(\.historySubjects))
        return history.map { changeSet in
            let records = changeSet.records.filter { wanted.contains($0.reference) }
                .sorted { $0.reference.description < $1.reference.description }
            return "\(changeSet.revision) \(changeSet.author) \(changeSet.timestamp) \(changeSet.reason) "
                + "\(String(describing: changeSet.actingPartner)) \(records)"
        }
    }

    @Test func erasureOfAnImportedPersonLeavesNoTraceAndNoOtherChange() async throws {
        let path = TemporaryDirectory().appending("store")
        let workspace = try await Self.importInto(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        let before = Self.text(path, "history.jsonl").split(separator: "\n")[1]
        try await workspace.erasePersonalDetails(of: "p-5", author: "dpo", reason: "asked")
        for name in ["snapshot.json", "journal.jsonl", "history.jsonl"] {
            #expect(!Self.text(path, name).contains("Ime 5\""), "\(name)")
        }
        #expect(
            Self.text(path, "history.jsonl").split(separator: "\n")[1] == before,
            "the marker is kept as it was")
        let history = try await workspace.redactedHistory(of: [EntityReference(.person, "p-5")])
        #expect(history.map(\.revision) == [1, 2])
        let importRecords = history[0].records
        #expect(importRecords.contains { $0.reference.kind == .personalDetails && $0.redacted })
        #expect(importRecords.contains { $0.reference.kind == .person && $0.after != nil })
        #expect(JSONFileStore.verify(at: path).isSound)
    }

    @Test func aStoreWithEntitiesTakesTheOrdinaryAppend() async throws {
        let path = TemporaryDirectory().appending("store")
        let workspace = try await Workspace(
            store: try JSONFileStore.create(at: path, operation: .socioLabPodravje), clock: Self.clock)
        await workspace.setSnapshotImportMinimum(2)
        // A first change set below the minimum, then one into a dataset that has entities.
        try await workspace.apply([.insert(Person(id: "p-0").record)], author: "a", reason: "one")
        try await workspace.apply(Self.changes, author: "a", reason: "many")
        #expect(!Self.text(path, "history.jsonl").contains("\"import\""))
        #expect(!Self.text(path, "snapshot.json").contains("\"format_version\":3"))
        #expect(!Self.text(path, "journal.jsonl").contains("\"format_version\":3"))
        #expect(Self.text(path, "journal.jsonl").contains("Ime 20"))
    }

    @Test func aMarkerLineInTheJournalIsDamage() async throws {
        let path = TemporaryDirectory().appending("store")
        let workspace = try await Self.importInto(
            try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        _ = workspace
        let marker = Self.text(path, "history.jsonl").split(separator: "\n")[1]
        let journal = path + "/journal.jsonl"
        try
            (Self.text(path, "journal.jsonl")
            + marker.replacingOccurrences(of: "\"revision\":1,", with: "\"revision\":2,") + "\n").write(
                toFile: journal, atomically: false, encoding: .utf8)
        #expect(!JSONFileStore.verify(at: path).isSound)
        #expect(throws: SocioLabError.self) { try JSONFileStore.open(at: path, mode: .readOnly) }
    }

    @Test func aVersionFourStoreIsTooNew() async throws {
        let path = TemporaryDirectory().appending("store")
        _ = try await Self.importInto(try JSONFileStore.create(at: path, operation: .socioLabPodravje))
        // A snapshot of version 4, checked: refused as too new, as a version-2 reader refuses version 3.
        var line = contents(path + "/snapshot.json")
        if line.last == 0x0A { line.removeLast() }
        let object = String(decoding: [UInt8(ascii: "{")] + line[21...], as: UTF8.self)
            .replacingOccurrences(of: "\"format_version\":3", with: "\"format_version\":4")
        try Data(JournalCodec.frame(Array(object.utf8))).write(to: URL(filePath: path + "/snapshot.json"))
        let error = #expect(throws: SocioLabError.self) { try JSONFileStore.open(at: path, mode: .readOnly) }
        #expect(error?.code == .storeTooNew)
        #expect(SnapshotCodec.newestVersion == 3 && SnapshotCodec.currentVersion == 2)
    }
}
