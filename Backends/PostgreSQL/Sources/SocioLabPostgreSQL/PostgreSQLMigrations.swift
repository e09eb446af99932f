import PostgresNIO
import SocioLabKit

/// The versions of the store's relational schema, each a list of statements applied once, in order, when a
/// store is opened or created; `schema_migrations` records which were applied.
///
/// The entity tables' columns come from the schemas (``PostgreSQLTable``): after the versioned steps, a
/// column that a newer SocioLabKit declares and the table lacks is added (`ALTER TABLE … ADD COLUMN`), so a
/// field added to a schema needs no migration written by hand. A change of shape (a column renamed, a
/// table split) is a new version at the end of ``all``; a version is never edited once released.
enum PostgreSQLMigrations {
    /// One version.
    struct Migration: Sendable {
        /// The version number (1, 2 …).
        var version: Int32
        /// What it does, recorded beside the version.
        var description: String
        /// Its statements for a schema (namespace) name.
        var statements: @Sendable (String) -> [String]
    }

    /// Every version, oldest first.
    static let all: [Migration] = [
        Migration(version: 1, description: "operation, entity tables, change sets and their records") {
            schema in
            let s = SQLText.identifier(schema)
            return [
                """
                CREATE TABLE \(s)."operation" (
                    "id" integer PRIMARY KEY CHECK ("id" = 1),
                    "operation_id" text NOT NULL,
                    "budget_cents" bigint NOT NULL,
                    "currency" text NOT NULL,
                    "document" json NOT NULL
                )
                """,
                """
                CREATE TABLE \(s)."change_sets" (
                    "revision" bigint PRIMARY KEY CHECK ("revision" > 0),
                    "author" text NOT NULL,
                    "reason" text NOT NULL,
                    "committed_at" timestamptz NOT NULL,
                    "timestamp_ms" bigint NOT NULL,
                    "acting_partner" text
                )
                """,
                """
                CREATE TABLE \(s)."change_records" (
                    "revision" bigint NOT NULL REFERENCES \(s)."change_sets" ("revision"),
                    "position" integer NOT NULL,
                    "kind" text NOT NULL CHECK ("kind" IN (\(EntityKind.allCases.map { SQLText.literal($0.rawValue) }.joined(separator: ", ")))),
                    "entity_id" text NOT NULL,
                    "before" json,
                    "after" json,
                    "redacted" boolean NOT NULL DEFAULT false,
                    PRIMARY KEY ("revision", "position")
                )
                """,
                "CREATE INDEX \"change_records_entity\" ON \(s).\"change_records\" (\"kind\", \"entity_id\")",
            ] + PostgreSQLTable.all.map { $0.createStatement(in: schema) }
        },
        Migration(version: 2, description: "row-level security per partner: partner_roles and policies") {
            PartnerSecurity.statements(in: $0)
        },
    ]

    /// The newest version this code knows.
    static var latest: Int32 { all.last?.version ?? 0 }

    /// Brings the schema to ``latest``: creates it if need be, applies the versions it lacks and adds the
    /// columns the entity tables lack, in one transaction that holds an advisory lock, so that two tools
    /// opening the same new store at once apply each version once. A store already up to date is opened
    /// without a statement that changes the schema, so a role without the right to create (a partner's,
    /// ``PartnerSecurity``) can open it.
    /// - Throws: `store.too-new` when the database was migrated by a newer version of this package.
    static func apply(on connection: PostgresConnection, schema: String, logger: Logger) async throws {
        let s = SQLText.identifier(schema)
        try await connection.query(PostgresQuery(unsafeSQL: "BEGIN"), logger: logger)
        do {
            try await connection.query(
                "SELECT pg_advisory_xact_lock(hashtext(\(schema)))", logger: logger)
            // A role that may not create (a partner's) opens a store that is up to date without any DDL.
            var names = PostgresBindings()
            names.append(s)
            names.append(s + ".\"schema_migrations\"")
            var hasSchema = false
            var hasVersions = false
            for try await (schemaFound, tableFound) in try await connection.query(
                PostgresQuery(
                    unsafeSQL: "SELECT to_regnamespace($1) IS NOT NULL, to_regclass($2) IS NOT NULL",
                    binds: names), logger: logger
            ).decode((Bool, Bool).self) {
                (hasSchema, hasVersions) = (schemaFound, tableFound)
            }
            if !hasSchema {
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(s)"), logger: logger)
            }
            if !hasVersions {
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE \(s)."schema_migrations" (
                                "version" integer PRIMARY KEY,
                                "description" text NOT NULL,
                                "applied_at" timestamptz NOT NULL DEFAULT now()
                            )
                            """), logger: logger)
            }
            var current: Int32 = 0
            let rows = try await connection.query(
                PostgresQuery(
                    unsafeSQL: "SELECT coalesce(max(\"version\"), 0) FROM \(s).\"schema_migrations\""),
                logger: logger)
            for try await version in rows.decode(Int32.self) { current = version }
            guard current <= latest else {
                throw SocioLabError(
                    .storeTooNew,
                    "the database schema \"\(schema)\" is at version \(current), newer than this code's "
                        + "\(latest); update SocioLabPostgreSQL (and the tool built with it) before opening it"
                )
            }
            for migration in all where migration.version > current {
                for statement in migration.statements(schema) {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL:
                            "INSERT INTO \(s).\"schema_migrations\" (\"version\", \"description\") VALUES ($1, $2)",
                        binds: try bindings(migration.version, migration.description)), logger: logger)
            }
            try await addMissingColumns(on: connection, schema: schema, logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "COMMIT"), logger: logger)
        } catch {
            _ = try? await connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger)
            throw error
        }
    }

    /// Adds the columns a newer schema declares that a table lacks.
    private static func addMissingColumns(on connection: PostgresConnection, schema: String, logger: Logger)
        async throws
    {
        let rows = try await connection.query(
            "SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = \(schema)",
            logger: logger)
        var existing: Set<String> = []
        for try await (table, column) in rows.decode((String, String).self) {
            existing.insert(table + "." + column)
        }
        for table in PostgreSQLTable.all {
            for column in table.columns where !existing.contains(table.name + "." + column.name) {
                var definition = column
                definition.isRequired = false  // rows already there have no value
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL:
                            "ALTER TABLE \(table.qualifiedName(in: schema)) ADD COLUMN \(definition.definition)"
                    ),
                    logger: logger)
            }
        }
    }

    /// Two bound values.
    static func bindings(_ version: Int32, _ text: String) throws -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(version)
        binds.append(text)
        return binds
    }
}
