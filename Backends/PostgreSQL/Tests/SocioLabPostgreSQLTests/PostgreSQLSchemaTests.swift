import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// The relational schema: typed columns a person can query, versioned migrations, a newer database refused.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLSchemaTests {
    @Test func columnsAreTypedFromTheSchemas() async throws {
        let store = try await PostgreSQLStore.create(
            try TestDatabase.freshSchema(), operation: ConformanceFixtures.operation)
        defer { Task { await store.close() } }
        let types = try await TestDatabase.query(
            """
            SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
            WHERE table_schema = '\(store.configuration.schema)' ORDER BY 1
            """, on: store)
        for expected in [
            "persons.birth_date:date", "persons.gender:text", "persons.homeless:boolean",
            "persons.target_groups:ARRAY", "personal_details.id:text", "operation.budget_cents:bigint",
            "change_sets.revision:bigint", "change_records.after:json", "activities.details:json",
        ] {
            #expect(types.contains(expected), "\(expected) not among \(types)")
        }
        // An enumeration's CHECK refuses a value the model has no case for.
        await #expect(throws: (any Error).self) {
            try await store.connection.query(
                .init(
                    unsafeSQL: """
                        INSERT INTO "\(store.configuration.schema)"."persons" ("id", "gender") VALUES ('p', 'x')
                        """), logger: store.logger)
        }
    }

    @Test func migrationsAreRecordedAndAppliedOnce() async throws {
        let configuration = try TestDatabase.freshSchema()
        let store = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        await store.close()
        let reopened = try await PostgreSQLStore.open(configuration)
        defer { Task { await reopened.close() } }
        let versions = try await TestDatabase.query(
            "SELECT version::text FROM \"\(configuration.schema)\".schema_migrations", on: reopened)
        #expect(versions == PostgreSQLMigrations.all.map { String($0.version) })
    }

    @Test func aDatabaseNewerThanTheCodeIsRefused() async throws {
        let configuration = try TestDatabase.freshSchema()
        let store = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        _ = try await TestDatabase.query(
            """
            INSERT INTO "\(configuration.schema)".schema_migrations (version, description)
            VALUES (\(PostgreSQLMigrations.latest + 1), 'from the future') RETURNING 'x'
            """, on: store)
        await store.close()
        let error = await #expect(throws: SocioLabError.self) {
            _ = try await PostgreSQLStore.open(configuration)
        }
        #expect(error?.code == .storeTooNew)
        #expect(error?.message.contains("newer than this code") == true)
    }

    @Test func openingASchemaWithoutAStoreSaysSo() async throws {
        let error = await #expect(throws: SocioLabError.self) {
            _ = try await PostgreSQLStore.open(try TestDatabase.freshSchema())
        }
        #expect(error?.code == .storeMissing)
    }
}
