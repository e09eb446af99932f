import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// Several writers on one database, and a connection lost in the middle of an append.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLWritersTests {
    /// Appends one change set inserting an organisation, reloading and retrying after each conflict.
    /// - Returns: How many conflicts it met.
    static func appendOne(_ id: String, to store: PostgreSQLStore) async throws -> Int {
        var conflicts = 0
        while true {
            var state = try await store.load()
            let committed = try StoreConformance.commit(
                [.insert(.organisation(Organisation(id: .init(id), name: id, legalForm: .zadruga)))],
                on: &state.dataset, revision: state.revision + 1)
            do {
                try await store.append(committed)
                return conflicts
            } catch let error as SocioLabError where error.code == .changeConflict {
                conflicts += 1
            }
        }
    }

    @Test func twoWritersLoseAndDuplicateNoRevision() async throws {
        let configuration = try TestDatabase.freshSchema()
        let first = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        let second = try await PostgreSQLStore.open(configuration)
        let rounds = 40
        let conflicts = try await withThrowingTaskGroup(of: Int.self) { group in
            for (name, store) in [("a", first), ("b", second)] {
                group.addTask {
                    var conflicts = 0
                    for round in 0..<rounds {
                        conflicts += try await Self.appendOne("org-\(name)-\(round)", to: store)
                    }
                    return conflicts
                }
            }
            return try await group.reduce(0, +)
        }
        let state = try await first.load()
        #expect(state.revision == Int64(2 * rounds))
        #expect(state.dataset.organisations.count == 2 * rounds)
        let revisions = try await TestDatabase.query(
            "SELECT revision::text AS r FROM \"\(configuration.schema)\".change_sets ORDER BY revision",
            on: first)
        #expect(revisions == (1...(2 * rounds)).map { String($0) })
        // Every revision holds exactly one organisation, and no organisation is stored twice.
        let perRevision = try await TestDatabase.query(
            "SELECT count(*)::text FROM \"\(configuration.schema)\".change_records GROUP BY revision",
            on: first)
        #expect(perRevision.allSatisfy { $0 == "1" } && perRevision.count == 2 * rounds)
        print("two writers: \(conflicts) conflicts met and retried over \(2 * rounds) appends")
        await first.close()
        await second.close()
    }

    @Test func aStaleWriterGetsAConflict() async throws {
        let configuration = try TestDatabase.freshSchema()
        let first = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        let second = try await PostgreSQLStore.open(configuration)
        var stale = try await second.load()
        _ = try await Self.appendOne("org-first", to: first)
        let committed = try StoreConformance.commit(
            [.insert(.organisation(Organisation(id: "org-second", name: "second", legalForm: .zadruga)))],
            on: &stale.dataset, revision: stale.revision + 1)
        let error = await #expect(throws: SocioLabError.self) { try await second.append(committed) }
        #expect(error?.code == .changeConflict)
        let state = try await second.load()
        #expect(state.revision == 1)
        #expect(state.dataset.organisations.sortedByID.map(\.id.rawValue) == ["org-first"])
        await first.close()
        await second.close()
    }

    /// An append blocked inside its transaction loses its connection: nothing of it is stored, the next open
    /// says so (the revision before it), and the revision is free for the next append.
    @Test func aConnectionDroppedMidAppendStoresNothing() async throws {
        let configuration = try TestDatabase.freshSchema()
        // The client does not always notice that the server ended the session; the writer's deadline ends
        // its append then (long enough for the second session below to find it waiting on the lock).
        var writerConfiguration = configuration
        writerConfiguration.operationTimeout = .seconds(15)
        let writer = try await PostgreSQLStore.create(
            writerConfiguration, operation: ConformanceFixtures.operation)
        _ = try await Self.appendOne("org-before", to: writer)
        var state = try await writer.load()
        let committed = try StoreConformance.commit(
            [
                .insert(.organisation(Organisation(id: "org-lost", name: "lost", legalForm: .zadruga))),
                .insert(.person(Person(id: "p-lost"))),
            ], on: &state.dataset, revision: 2)

        // A second session holds a lock the append's insert into `change_sets` waits for.
        let admin = try await PostgreSQLStore.open(configuration)
        try await admin.execute("BEGIN")
        try await admin.execute("LOCK TABLE \"\(configuration.schema)\".change_sets IN ACCESS EXCLUSIVE MODE")
        let append = Task { try await writer.append(committed) }
        var waiting: [String?] = []
        for _ in 0..<100_000 where waiting.isEmpty {
            waiting = try await TestDatabase.query(
                """
                SELECT pid::text FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))
                """, on: admin)
            await Task.yield()
        }
        let pid = try #require(waiting.first ?? nil)
        _ = try await TestDatabase.query("SELECT pg_terminate_backend(\(pid))::text", on: admin)
        try await admin.execute("ROLLBACK")

        let reopened = try await PostgreSQLStore.open(configuration)
        let after = try await reopened.load()
        #expect(after.revision == 1)
        #expect(after.dataset.organisations.sortedByID.map(\.id.rawValue) == ["org-before"])
        #expect(after.dataset.persons.count == 0)
        try await reopened.append(committed)
        #expect(try await reopened.load().revision == 2)
        await reopened.close()
        await admin.close()
        // The writer's connection is gone: closing its end fails the append it was waiting on.
        await writer.close()
        let result = await append.result
        #expect(throws: SocioLabError.self) { try result.get() }
    }
}
