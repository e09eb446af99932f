import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// The import path (`COPY … FROM STDIN` for a large change set) and the binary load: they store and read
/// exactly what the small appends and `row_to_json` did.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLBulkTests {
    /// A sample with personal details, as inserts.
    static func sample() -> Dataset { SampleData.large(persons: 60, personalDetails: true) }

    static func changeSet(_ revision: Int64, _ records: [ChangeRecord]) -> CommittedChangeSet {
        CommittedChangeSet(
            revision: revision, author: "tests",
            timestamp: Timestamp(milliseconds: 1_600_000_000_000 + revision),
            reason: "bulk", records: records)
    }

    static func inserts(_ records: [EntityRecord]) -> [ChangeRecord] {
        records.map { ChangeRecord(reference: $0.reference, before: nil, after: $0) }
    }

    /// Every entity table's rows as text, ordered by identifier.
    static func tableText(_ store: PostgreSQLStore) async throws -> [String: [String?]] {
        var tables: [String: [String?]] = [:]
        for table in PostgreSQLTable.all {
            let columns = table.columns.map { SQLText.identifier($0.name) }.joined(separator: ", ")
            tables[table.name] = try await TestDatabase.query(
                "SELECT ROW(\(columns))::text FROM \(table.qualifiedName(in: store.configuration.schema)) "
                    + "ORDER BY \"id\"", on: store)
        }
        return tables
    }

    @Test func aLargeChangeSetStoresTheRowsSmallOnesStore() async throws {
        let dataset = Self.sample()
        let records = dataset.allRecords
        #expect(records.count >= PostgreSQLStore.copyThreshold)
        let bulk = try await PostgreSQLStore.create(
            try TestDatabase.freshSchema(), operation: dataset.operation)
        let small = try await PostgreSQLStore.create(
            try TestDatabase.freshSchema(), operation: dataset.operation)
        try await bulk.append(Self.changeSet(1, Self.inserts(records)))
        var revision: Int64 = 0
        for start in stride(from: 0, to: records.count, by: 100) {
            revision += 1
            let chunk = Array(records[start..<min(records.count, start + 100)])
            try await small.append(Self.changeSet(revision, Self.inserts(chunk)))
        }
        #expect(try await Self.tableText(bulk) == Self.tableText(small))
        let before = try await TestDatabase.query(
            "SELECT count(*)::text FROM \(bulk.schema).\"change_records\" WHERE \"after\" IS NOT NULL",
            on: bulk)
        #expect(before == [String(records.count)])

        let loaded = try await bulk.load()
        #expect(loaded.revision == 1)
        #expect(Set(loaded.dataset.allRecords) == Set(records))
        await bulk.close()
        await small.close()
    }

    @Test func aLargeChangeSetKeepsEveryCharacterAndReplacesRows() async throws {
        let dataset = Self.sample()
        let store = try await PostgreSQLStore.create(
            try TestDatabase.freshSchema(), operation: dataset.operation)
        try await store.append(Self.changeSet(1, Self.inserts(dataset.allRecords)))

        // Every activity changed in one large change set, with the bytes COPY's text format escapes.
        let awkward = "tab\tnewline\nreturn\rbackslash\\ \\N \"quoted\" {braces, comma} NULL čšž 😀"
        let changes = dataset.activities.all.map { activity -> ChangeRecord in
            var changed = activity
            changed.title = awkward
            changed.partners = [.init(awkward), .init("NULL"), .init("")]
            changed.details = .object(["note": .string(awkward), "list": .array([.string("\\"), .null])])
            return ChangeRecord(reference: activity.reference, before: activity.record, after: changed.record)
        }
        let padding = dataset.persons.all.prefix(PostgreSQLStore.copyThreshold).map {
            ChangeRecord(reference: $0.reference, before: $0.record, after: $0.record)
        }
        try await store.append(Self.changeSet(2, changes + padding))

        let loaded = try await store.load().dataset
        for change in changes {
            guard case .activity(let expected)? = change.after else { continue }
            #expect(loaded.activities[expected.id] == expected)
        }
        #expect(loaded.persons.count == dataset.persons.count)
        let titles = try await TestDatabase.query(
            "SELECT DISTINCT \"title\" FROM \(store.schema).\"activities\"", on: store)
        #expect(titles == [awkward])
        await store.close()
    }

    @Test func aJSONCellTheStrictReaderRefusesIsReadThroughTheLenientOne() async throws {
        let dataset = Self.sample()
        let store = try await PostgreSQLStore.create(
            try TestDatabase.freshSchema(), operation: dataset.operation)
        try await store.append(Self.changeSet(1, Self.inserts(dataset.allRecords)))
        let activity = try #require(dataset.activities.all.first)
        _ = try await TestDatabase.query(
            "UPDATE \(store.schema).\"activities\" SET \"details\" = '{\"note\":\"a\\u0001b\"}' "
                + "WHERE \"id\" = '\(activity.id)'", on: store)

        let loaded = try await store.load().dataset
        #expect(loaded.activities[activity.id]?.details == .object(["note": .string("a\u{1}b")]))
        #expect(loaded.activities.count == dataset.activities.count)
        await store.close()
    }

    @Test func aRowThatDoesNotReadIsALocatedStoreCorruptError() async throws {
        let dataset = Self.sample()
        let store = try await PostgreSQLStore.create(
            try TestDatabase.freshSchema(), operation: dataset.operation)
        try await store.append(Self.changeSet(1, Self.inserts(dataset.allRecords)))
        let person = try #require(dataset.persons.all.first)
        _ = try await TestDatabase.query(
            "UPDATE \(store.schema).\"persons\" SET \"consent\" = '42' WHERE \"id\" = '\(person.id)'",
            on: store)

        let error = await #expect(throws: SocioLabError.self) { try await store.load() }
        #expect(error?.code == .storeCorrupt)
        #expect(error?.message.contains(".persons") == true)
        #expect(error?.message.contains(person.id.description) == true)
        #expect(error?.message.contains("consent") == true)
        await store.close()
    }

    @Test(arguments: [
        (Int32(0), "2000-01-01"), (-1, "1999-12-31"), (59, "2000-02-29"), (366, "2001-01-01"),
        (-730_119, "0001-01-01"), (2_921_939, "9999-12-31"), (7_944, "2021-10-01"), (-36_524, "1900-01-01"),
    ])
    func binaryDatesReadAsDays(days: Int32, text: String) throws {
        #expect(try PostgreSQLCellReader.dayText(daysSince2000: days) == text)
    }

    @Test func everyDayOfTwoCenturiesFollowsTheOneBefore() throws {
        var previous = try Day(parsing: try PostgreSQLCellReader.dayText(daysSince2000: -36_524))
        for days in Int32(-36_523)...36_600 {
            let day = try Day(parsing: try PostgreSQLCellReader.dayText(daysSince2000: days))
            #expect(previous.adding(days: 1) == day)
            previous = day
        }
        #expect(throws: PostgreSQLCellReader.Unreadable.self) {
            try PostgreSQLCellReader.dayText(daysSince2000: .max)
        }
    }
}
