import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// Money, dates and timestamps survive a round trip exactly in any time zone; snapshots are byte-stable;
/// old formats migrate.
@Suite(.serialized)
struct RoundTripTests {
    static let expectedSample = [
        "budget 1599869.80 EUR",
        "person after-compaction 2000-02-29 -",
        "person p-dst 1990-03-25 -",
        "person p-new-year 1999-12-31 2000-01-01",
        "hours pa-1 1.99",
        "timestamp 2019-03-31T01:30:00.123Z 1553995800123",
    ]

    @Test(arguments: ["UTC", "Europe/Ljubljana", "Pacific/Kiritimati"])
    func moneyAndDatesSurviveInEveryTimeZone(_ zone: String) async throws {
        let path = TemporaryDirectory().appending("store")
        let writer = try ChildProcess(["write-sample", path], environment: ["TZ": zone])
        #expect(writer.readAll() == ["written"])
        #expect(writer.wait() == 0)
        for readerZone in ["UTC", "Europe/Ljubljana", "Pacific/Kiritimati"] {
            let reader = try ChildProcess(["read-sample", path], environment: ["TZ": readerZone])
            let lines = reader.readAll().filter { !$0.hasPrefix("funding") && !$0.hasPrefix("period") }
            #expect(reader.wait() == 0)
            #expect(lines == Self.expectedSample, "written in \(zone), read in \(readerZone)")
        }
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.dataset.operation == .socioLabPodravje)
        #expect(state.dataset.persons[.init("p-dst")]?.birthDate == Day(year: 1990, month: 3, day: 25))
    }

    @Test func snapshotIsByteStableAndColumnsMatchTheCodablePath() async throws {
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        for record in ConformanceFixtures.everyKind
            + (0..<50).map({ i in
                Person(
                    id: .init("q-\(i)"), gender: i % 2 == 0 ? .female : nil, isced: i % 3 == 0 ? nil : i,
                    enrolledBy: i % 4 == 0 ? "citilab" : nil
                ).record
            })
        {
            dataset.upsert(record)
        }
        let root = TemporaryDirectory()
        let a = try JSONFileStore.create(at: root.appending("a"), dataset: dataset)
        let first = contents(root.appending("a/snapshot.json"))
        try await a.compact(dataset, revision: 0)
        #expect(contents(root.appending("a/snapshot.json")) == first)
        a.close()
        // The hand-coded columns write what the generic path writes, and read back the same.
        let reopened = try await JSONFileStore.open(at: root.appending("a"), mode: .readOnly).load()
        #expect(reopened.dataset == dataset)
        var fast = JSONWriter()
        var generic = JSONWriter()
        try SnapshotCodec.writeColumns(dataset.persons.sortedByID, SnapshotColumns.person, into: &fast)
        try SnapshotCodec.writeThroughCodable(dataset.persons.sortedByID, into: &generic)
        #expect(fast.bytes == generic.bytes)
        fast = JSONWriter()
        generic = JSONWriter()
        try SnapshotCodec.writeColumns(
            dataset.participations.sortedByID, SnapshotColumns.participation, into: &fast)
        try SnapshotCodec.writeThroughCodable(dataset.participations.sortedByID, into: &generic)
        #expect(fast.bytes == generic.bytes)
        fast = JSONWriter()
        generic = JSONWriter()
        try SnapshotCodec.writeColumns(
            dataset.personalDetails.sortedByID, SnapshotColumns.personalDetails, into: &fast)
        try SnapshotCodec.writeThroughCodable(dataset.personalDetails.sortedByID, into: &generic)
        #expect(fast.bytes == generic.bytes)
    }

    @Test func versionOneStoreMigratesKeepingACopy() async throws {
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let id = store.storeID
        store.close()
        // Rewrite the snapshot in the version-1 row layout, as an older writer (or another tool) would.
        let person = Person(id: "old-1", birthDate: Day(year: 1980, month: 2, day: 29))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let operation = String(decoding: try encoder.encode(ESFOperation.socioLabPodravje), as: UTF8.self)
        let record = String(decoding: try encoder.encode(EntityRecord.person(person)), as: UTF8.self)
        let v1 =
            "{\"format\":\"sociolab-store\",\"format_version\":1,\"operation\":\(operation),"
            + "\"records\":[\(record)],\"revision\":0,\"store\":\"\(id)\"}\n"
        try Data(v1.utf8).write(to: URL(fileURLWithPath: path + "/snapshot.json"))
        let reader = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(reader.dataset.persons[.init("old-1")] == person)
        let writer = try JSONFileStore.open(at: path, lockTimeout: 10)
        let state = try await writer.load()
        #expect(state.dataset.persons[.init("old-1")] == person)
        #expect(state.notices.contains { $0.contains("migrated") })
        #expect(String(decoding: contents(path + "/migrated-from-v1/snapshot.json"), as: UTF8.self) == v1)
        #expect(
            String(decoding: contents(path + "/snapshot.json"), as: UTF8.self).contains(
                "\"format_version\":2"))
        writer.close()
        #expect(JSONFileStore.verify(at: path).isSound)
    }

    @Test func erasureRemovesTheDetailsFromEveryFile() async throws {
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let workspace = try await Workspace(store: store)
        let person = Person(id: "p-x", gender: .female, birthDate: Day(year: 1980, month: 1, day: 1))
        let details = PersonalDetails(person: "p-x", givenName: "Brigita", familyName: "Neznanka")
        var dataset = await workspace.dataset
        try await store.append(
            try StoreConformance.commit(
                [.insert(person.record), .insert(details.record)], on: &dataset, revision: 1))
        store.close()
        let reopened = try JSONFileStore.open(at: path, lockTimeout: 10)
        let live = try await Workspace(store: reopened)
        try await live.erasePersonalDetails(of: "p-x", author: "dpo", reason: "request")
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            let text = String(decoding: contents(path + "/" + name), as: UTF8.self)
            #expect(!text.contains("Neznanka"), "\(name) still holds the erased name")
        }
        let after = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        var marked = try #require(after.dataset.persons[.init("p-x")])
        #expect(marked.detailsErasedOn != nil)
        marked.detailsErasedOn = nil
        #expect(marked == person)
        #expect(after.dataset.personalDetails.count == 0)
    }
}
