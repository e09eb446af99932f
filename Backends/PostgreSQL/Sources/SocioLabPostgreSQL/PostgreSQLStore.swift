import Foundation
import PostgresNIO
import SocioLabKit

/// A store in a PostgreSQL database: the store every partner's tool shares.
///
/// The store lives in one schema (namespace) of the database, in tables a person can query: one table per
/// entity kind with a typed column per stored field (days as `date`, enumerations as `text` with a `CHECK`,
/// lists as `text[]`, plugin details as `json`), personal details in `personal_details`, the operation in
/// `operation` (its budget as `bigint` cents), and the audit trail in `change_sets` (one row per revision:
/// author, reason, time, acting partner) and `change_records` (each entity's value before and after, as
/// JSON). `Documentation/Storage.md` shows the schema and how an operator sets a server up.
///
/// - An append is one transaction; the revision is the primary key of `change_sets`, so of two writers with
///   the same revision one gets `change.conflict`, never a gap or a duplicate.
/// - Several processes may open the same store at once; each call runs on the store's own connection, one
///   at a time.
/// - The relational schema is versioned (`schema_migrations`) and brought up to date on open; a database
///   migrated by a newer version of this package is refused with `store.too-new`.
public final class PostgreSQLStore: Store {
    /// Where the store is.
    public let configuration: Configuration
    let connection: PostgresConnection
    /// One call at a time on the connection, each within the configuration's deadline.
    let gate: SerialGate
    let logger: Logger
    /// The schema's quoted name, for statements.
    let schema: String

    private init(configuration: Configuration, connection: PostgresConnection, logger: Logger) {
        self.configuration = configuration
        self.connection = connection
        self.logger = logger
        schema = SQLText.identifier(configuration.schema)
        gate = SerialGate(
            deadline: configuration.operationTimeout, server: configuration.serverDescription,
            expire: { [connection] in try? await connection.close() })
    }

    /// Creates a store for an operation in an empty schema (made if need be).
    /// - Parameters:
    ///   - configuration: The database and schema.
    ///   - operation: The operation the store is for.
    /// - Returns: The open store, at revision 0.
    /// - Throws: `store.exists` when the schema already holds a store; `store.io` when the server cannot be
    ///   reached; `store.too-new` when the schema was migrated by a newer version of this package.
    public static func create(_ configuration: Configuration, operation: ESFOperation) async throws
        -> PostgreSQLStore
    {
        let store = try await connect(configuration)
        do {
            try await store.gate.run {
                try await store.insertOperation(operation)
            }
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Opens the store in a schema.
    /// - Parameter configuration: The database and schema.
    /// - Returns: The open store.
    /// - Throws: `store.missing` when the schema holds no store; `store.io` when the server cannot be
    ///   reached; `store.too-new` when the schema was migrated by a newer version of this package.
    public static func open(_ configuration: Configuration) async throws -> PostgreSQLStore {
        let store = try await connect(configuration)
        do {
            let present = try await store.gate.run { try await store.hasOperation() }
            guard present else {
                throw SocioLabError(
                    .storeMissing,
                    "the schema \"\(configuration.schema)\" of database \"\(configuration.database)\" holds no "
                        + "store; create one first (PostgreSQLStore.create) or check PGDATABASE and the schema"
                )
            }
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// A store dropped without ``close()`` closes its connection (kept alive until it is closed).
    deinit {
        let connection = connection
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in _ = connection }
    }

    /// Closes the connection. The store must not be used afterwards.
    public func close() async {
        try? await connection.close()
    }

    /// Connects and brings the schema up to date.
    private static func connect(_ configuration: Configuration) async throws -> PostgreSQLStore {
        let logger = {
            var logger = Logger(label: "sociolab.postgresql")
            logger.logLevel = .critical
            return logger
        }()
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: configuration.connection, id: 1, logger: logger)
        } catch {
            throw SocioLabError(
                .storeIO,
                "cannot connect to PostgreSQL at \(configuration.host):\(configuration.port) as "
                    + "\"\(configuration.user)\" (database \"\(configuration.database)\"): \(String(reflecting: error)); "
                    + "check that the server runs and PGHOST, PGPORT, PGUSER and PGDATABASE reach it")
        }
        let store = PostgreSQLStore(configuration: configuration, connection: connection, logger: logger)
        do {
            try await store.gate.run {
                try await PostgreSQLMigrations.apply(
                    on: connection, schema: configuration.schema, logger: logger)
            }
        } catch {
            await store.close()
            throw PostgreSQLStore.translate(error, doing: "bringing the schema up to date")
        }
        return store
    }

    /// Whether the schema holds an operation.
    private func hasOperation() async throws -> Bool {
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(schema).\"operation\""), logger: logger)
        var count: Int64 = 0
        for try await value in rows.decode(Int64.self) { count = value }
        return count > 0
    }

    /// Records the operation of a new store.
    private func insertOperation(_ operation: ESFOperation) async throws {
        guard try await !hasOperation() else {
            throw SocioLabError(
                SocioLabError.Code(rawValue: "store.exists"),
                "the schema \"\(configuration.schema)\" already holds a store; open it, or choose another schema"
            )
        }
        let document = try JSONValue(encoding: operation).jsonText
        var binds = PostgresBindings()
        binds.append(operation.id)
        binds.append(operation.budget.cents)
        binds.append(operation.budget.currency)
        binds.append(document)
        try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    INSERT INTO \(schema)."operation" ("id", "operation_id", "budget_cents", "currency", "document")
                    VALUES (1, $1, $2, $3, $4::json)
                    """, binds: binds), logger: logger)
    }

    /// A typed error for a failure of the server or the connection, naming the server.
    static func translate(_ error: any Error, doing what: String) -> any Error {
        var server = "the server"
        var error = error
        if let failure = error as? SerialGate.ServerFailure {
            server = "the server at " + failure.server
            error = failure.underlying
        }
        if error is SocioLabError { return error }
        if let passed = error as? SerialGate.DeadlinePassed {
            return SocioLabError(
                .storeIO,
                "PostgreSQL (\(server)) did not answer within \(passed.deadline) while \(what), so the "
                    + "connection was closed; check the server and the network, then reopen the store: its "
                    + "revision says whether the last change set was stored (whole) or not (at all)")
        }
        if let error = error as? PSQLError {
            if error.serverInfo?[.sqlState] == "23505" {
                return SocioLabError(
                    .changeConflict,
                    "another writer stored that revision first while \(what); reopen the workspace and try again"
                )
            }
            let detail = error.serverInfo?[.message] ?? String(describing: error.code)
            if error.serverInfo?[.sqlState] == "42501" {
                return SocioLabError(
                    .storeIO,
                    "PostgreSQL (\(server)) refused while \(what): \(detail); this database role may not do it "
                        + "(a partner's role reads and writes only what Documentation/Partners.md allows it); ask "
                        + "the store's owner, who grants access with PostgreSQLStore.grantPartnerAccess")
            }
            return SocioLabError(
                .storeIO,
                "PostgreSQL (\(server)) failed while \(what): \(detail); check the server, then reopen the "
                    + "store: its revision says whether the last change set was stored")
        }
        return SocioLabError(
            .storeIO,
            "PostgreSQL (\(server)) failed while \(what): \(error); check the server and reopen the store")
    }
}
