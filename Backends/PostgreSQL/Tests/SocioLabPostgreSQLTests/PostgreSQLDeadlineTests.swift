import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// Every call of the store ends by its deadline: a connection that drops or a server that stops answering
/// in the middle of an append ends in `store.io` naming the server, never in a wait without end, and the next
/// open says whether the change set was stored, whole, or not at all.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLDeadlineTests {
    /// A configuration for a fresh schema whose calls have a short deadline.
    static func configuration(deadline: Duration = .seconds(5)) throws -> PostgreSQLStore.Configuration {
        var configuration = try TestDatabase.freshSchema()
        configuration.operationTimeout = deadline
        return configuration
    }

    /// Creates the store with the default deadline (creating the tables of a schema can take seconds on a
    /// busy machine), then opens it with the configuration's.
    static func create(_ configuration: PostgreSQLStore.Configuration) async throws -> PostgreSQLStore {
        var patient = configuration
        patient.operationTimeout = .seconds(300)
        try await PostgreSQLStore.create(patient, operation: ConformanceFixtures.operation).close()
        return try await PostgreSQLStore.open(configuration)
    }

    /// A change set of `count` organisations after the state's revision.
    static func organisations(_ prefix: String, count: Int, on state: inout StoreState) throws
        -> CommittedChangeSet
    {
        try StoreConformance.commit(
            (0..<count).map {
                .insert(
                    .organisation(
                        Organisation(id: .init("\(prefix)-\($0)"), name: prefix, legalForm: .zadruga)))
            }, on: &state.dataset, revision: state.revision + 1)
    }

    /// The pid of a session that waits for a lock `admin`'s session holds.
    static func blockedSession(on admin: PostgreSQLStore) async throws -> String {
        var waiting: [String?] = []
        for _ in 0..<100_000 where waiting.isEmpty {
            waiting = try await TestDatabase.query(
                "SELECT pid::text FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))",
                on: admin)
            await Task.yield()
        }
        return try #require(waiting.first ?? nil)
    }

    /// The server stops answering (the append waits for a lock another session holds): the deadline ends the
    /// append with `store.io`, closes the connection (so the server rolls the transaction back), and the
    /// store's later calls fail at once.
    @Test func anAppendThatGetsNoAnswerEndsByItsDeadline() async throws {
        let configuration = try Self.configuration(deadline: .seconds(3))
        let writer = try await Self.create(configuration)
        var state = try await writer.load()
        let committed = try Self.organisations("late", count: 3, on: &state)
        let admin = try await PostgreSQLStore.open(configuration)
        try await admin.execute("BEGIN")
        try await admin.execute("LOCK TABLE \"\(configuration.schema)\".change_sets IN ACCESS EXCLUSIVE MODE")

        let error = await #expect(throws: SocioLabError.self) { try await writer.append(committed) }
        #expect(error?.code == .storeIO)
        #expect(error?.message.contains("did not answer within 3.0 seconds") == true)
        #expect(error?.message.contains(configuration.serverDescription) == true)
        try await admin.execute("ROLLBACK")

        let next = await #expect(throws: SocioLabError.self) { _ = try await writer.load() }
        #expect(next?.code == .storeIO)
        let reopened = try await PostgreSQLStore.open(configuration)
        #expect(try await reopened.load().revision == 0)
        try await reopened.append(committed)
        #expect(try await reopened.load().dataset.organisations.count == 3)
        await reopened.close()
        await admin.close()
        await writer.close()
    }

    /// The server ends the writer's session while its append waits inside the transaction: the append ends
    /// (by the deadline at the latest) with `store.io` naming the server, without the store being closed.
    @Test func anAppendWhoseSessionIsTerminatedEnds() async throws {
        let configuration = try Self.configuration()
        let writer = try await Self.create(configuration)
        var state = try await writer.load()
        let committed = try Self.organisations("lost", count: 3, on: &state)
        let admin = try await PostgreSQLStore.open(configuration)
        try await admin.execute("BEGIN")
        try await admin.execute("LOCK TABLE \"\(configuration.schema)\".change_sets IN ACCESS EXCLUSIVE MODE")
        let append = Task { try await writer.append(committed) }
        let pid = try await Self.blockedSession(on: admin)
        _ = try await TestDatabase.query("SELECT pg_terminate_backend(\(pid))::text", on: admin)
        try await admin.execute("ROLLBACK")

        let error = await #expect(throws: SocioLabError.self) { try await append.value }
        #expect(error?.code == .storeIO)
        #expect(error?.message.contains(configuration.serverDescription) == true)
        let reopened = try await PostgreSQLStore.open(configuration)
        #expect(try await reopened.load().revision == 0)
        await reopened.close()
        await admin.close()
        await writer.close()
    }

    /// The session ends after the server committed the append but before the client heard so: the append
    /// throws `store.io`, yet the next open holds the change set, whole. The server is made to hold the
    /// commit's answer back by asking for a synchronous standby that does not exist, for the writer's session
    /// alone (the cluster's other sessions commit locally meanwhile); needs a superuser, as under `.ci/run`.
    @Test func aSessionEndedAfterTheCommitLeavesTheChangeSetStored() async throws {
        let configuration = try Self.configuration()
        let writer = try await Self.create(configuration)
        let admin = try await PostgreSQLStore.open(configuration)
        guard
            try await TestDatabase.query(
                "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user", on: admin) == ["true"]
        else {
            await admin.close()
            await writer.close()
            return
        }
        let pid = try #require(
            try await TestDatabase.query("SELECT pg_backend_pid()::text", on: writer).first ?? nil)
        try await writer.execute("SET synchronous_commit = 'on'")
        try await admin.execute("ALTER SYSTEM SET synchronous_commit = 'local'")
        try await admin.execute("ALTER SYSTEM SET synchronous_standby_names = 'sociolab_no_such_standby'")
        _ = try await TestDatabase.query("SELECT pg_reload_conf()::text", on: admin)
        // The server takes the new setting in a moment: an append that was not held back is tried again.
        var append: Task<Void, any Error>?
        var expected = 0
        for attempt in 0..<20 where append == nil {
            var state = try await writer.load()
            let committed = try Self.organisations("held\(attempt)", count: 5, on: &state)
            expected = Int(state.revision) + 1
            let finished = Flag()
            let trying = Task {
                defer { finished.raise() }
                try await writer.append(committed)
            }
            var held: [String?] = []
            for _ in 0..<100_000 where held.isEmpty {
                held = try await TestDatabase.query(
                    "SELECT pid::text FROM pg_stat_activity WHERE wait_event = 'SyncRep' AND pid = \(pid)",
                    on: admin)
                if held.isEmpty, finished.isRaised { break }
            }
            if held.isEmpty {
                try await trying.value
            } else {
                append = trying
            }
        }
        _ = try await TestDatabase.query("SELECT pg_terminate_backend(\(pid))::text", on: admin)
        try await admin.execute("ALTER SYSTEM RESET synchronous_standby_names")
        try await admin.execute("ALTER SYSTEM RESET synchronous_commit")
        _ = try await TestDatabase.query("SELECT pg_reload_conf()::text", on: admin)
        let held = try #require(append)

        let error = await #expect(throws: SocioLabError.self) { try await held.value }
        #expect(error?.code == .storeIO)
        #expect(error?.message.contains("reopen the store") == true)
        let reopened = try await PostgreSQLStore.open(configuration)
        let after = try await reopened.load()
        #expect(after.revision == Int64(expected))
        #expect(after.dataset.organisations.count == 5 * expected)
        await reopened.close()
        await admin.close()
        await writer.close()
    }

    /// Sessions terminated at varying moments of appends of 200 organisations: each append either returns
    /// or throws `store.io`, and the next open holds every change set whole or not at all — one that
    /// returned is always there; one that threw may be (the server committed before the session ended).
    @Test func aSessionTerminatedAtAnyMomentLeavesEachChangeSetWholeOrAbsent() async throws {
        let configuration = try Self.configuration()
        try await Self.create(configuration).close()
        let admin = try await PostgreSQLStore.open(configuration)
        let size = 200
        var outcomes: [String: Int] = [:]
        for round in 0..<12 {
            let writer = try await PostgreSQLStore.open(configuration)
            var state = try await writer.load()
            let before = state.revision
            let committed = try Self.organisations("r\(round)", count: size, on: &state)
            let pid = try #require(
                try await TestDatabase.query("SELECT pg_backend_pid()::text", on: writer).first ?? nil)
            let append = Task { try await writer.append(committed) }
            // A growing number of round trips on another session before the end: early rounds end the session
            // before or inside the transaction, later ones may end it after the commit.
            for _ in 0..<(round * round * 2) {
                _ = try await TestDatabase.query("SELECT 'wait'", on: admin)
            }
            _ = try await TestDatabase.query("SELECT pg_terminate_backend(\(pid))::text", on: admin)
            let returned: Bool
            do {
                try await append.value
                returned = true
            } catch let error as SocioLabError {
                #expect(error.code == .storeIO, "\(error)")
                returned = false
            }
            await writer.close()

            let reopened = try await PostgreSQLStore.open(configuration)
            let after = try await reopened.load()
            await reopened.close()
            #expect(after.revision == before || after.revision == before + 1)
            if returned { #expect(after.revision == before + 1) }
            #expect(after.dataset.organisations.count == size * Int(after.revision))
            let records = try await TestDatabase.query(
                "SELECT count(*)::text FROM \"\(configuration.schema)\".change_records", on: admin)
            #expect(records == [String(size * Int(after.revision))])
            let outcome =
                returned
                ? "returned" : after.revision == before + 1 ? "threw, stored whole" : "threw, not stored"
            outcomes[outcome, default: 0] += 1
        }
        print("sessions terminated mid-append: \(outcomes.sorted { $0.key < $1.key })")
        await admin.close()
    }
}

/// A flag raised once, read from any task.
///
/// `@unchecked Sendable`: a final class whose one mutable property is only touched under its lock.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false

    /// Raises the flag.
    func raise() { lock.withLock { raised = true } }

    /// Whether the flag was raised.
    var isRaised: Bool { lock.withLock { raised } }
}
