import PostgresNIO
import SocioLabPostgreSQL

/// The benchmark's own statements on the server: dropping its schema and measuring it.
struct BenchDatabase {
    let configuration: PostgreSQLStore.Configuration

    /// Drops the benchmark's schema and everything in it, if it exists.
    func dropSchema() async throws {
        try await run { connection, logger in
            try await connection.query(
                PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \"\(configuration.schema)\" CASCADE"),
                logger: logger)
        }
    }

    /// The bytes of the schema's tables with their indexes and TOAST, or `nil` when the server does not say.
    func schemaBytes() async throws -> Int64? {
        var bytes: Int64?
        try await run { connection, logger in
            var binds = PostgresBindings()
            binds.append(configuration.schema)
            let rows = try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'
                        """, binds: binds), logger: logger)
            for try await value in rows.decode(Int64?.self) { bytes = value }
        }
        return bytes
    }

    private func run(_ body: (PostgresConnection, Logger) async throws -> Void) async throws {
        var logger = Logger(label: "sociolab-postgresql-bench")
        logger.logLevel = .critical
        let host = configuration.host
        let client: PostgresConnection.Configuration =
            host.hasPrefix("/")
            ? .init(
                unixSocketPath: host + "/.s.PGSQL.\(configuration.port)", username: configuration.user,
                password: configuration.password, database: configuration.database)
            : .init(
                host: host, port: configuration.port, username: configuration.user,
                password: configuration.password, database: configuration.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: client, id: 1, logger: logger)
        do {
            try await body(connection, logger)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
