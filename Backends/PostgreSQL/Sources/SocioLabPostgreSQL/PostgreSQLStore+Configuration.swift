import Foundation
import PostgresNIO

extension PostgreSQLStore {
    /// Where the store's database is and which schema (namespace) in it holds the store.
    ///
    /// Read it from libpq's environment variables with ``fromEnvironment(_:schema:)``, so a password never
    /// appears on a command line.
    public struct Configuration: Sendable {
        /// A host name or address, or the directory of the server's Unix socket (a path starting with `/`).
        public var host: String
        /// The port (5432 by default); for a Unix socket, the number in the socket's name.
        public var port: Int
        /// The database user.
        public var user: String
        /// The password, if the server asks for one.
        public var password: String?
        /// The database.
        public var database: String
        /// The schema (namespace) in the database that holds the store's tables; several stores can share a
        /// database in schemas of their own.
        public var schema: String
        /// How long one call of the store (a load, an append, a history …) may go without progress before the
        /// store gives up, closes its connection and throws `store.io`: five minutes by default. It bounds the
        /// wait for a server or a connection that dropped in the middle of a statement without the client
        /// noticing. A call that moves data in steps — an import's `COPY` chunks, a load's batches of rows —
        /// counts it from its last step, so a long import that keeps sending is not cut off. A store that
        /// passed it must be reopened; the revision then says whether an append was stored.
        public var operationTimeout: Duration = .seconds(300)

        /// Creates a configuration.
        /// - Parameters:
        ///   - host: A host name, or the directory of the server's Unix socket.
        ///   - port: The port.
        ///   - user: The database user.
        ///   - password: The password, if the server asks for one.
        ///   - database: The database.
        ///   - schema: The schema holding the store, `sociolab` by default.
        public init(
            host: String, port: Int = 5432, user: String, password: String? = nil, database: String,
            schema: String = "sociolab"
        ) {
            self.host = host
            self.port = port
            self.user = user
            self.password = password
            self.database = database
            self.schema = schema
        }

        /// The configuration libpq's environment variables give — `PGHOST` (a host or a socket directory,
        /// `/var/run/postgresql` when unset), `PGPORT`, `PGUSER` (the login name when unset), `PGPASSWORD`,
        /// `PGDATABASE` (the user's name when unset) — or `nil` when neither `PGHOST` nor `PGDATABASE` is set.
        /// - Parameters:
        ///   - environment: The variables, the process's by default.
        ///   - schema: The schema holding the store.
        /// - Returns: The configuration, or `nil` when the environment names no server.
        public static func fromEnvironment(
            _ environment: [String: String] = ProcessInfo.processInfo.environment, schema: String = "sociolab"
        ) -> Configuration? {
            guard environment["PGHOST"] != nil || environment["PGDATABASE"] != nil else { return nil }
            let user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
            return Configuration(
                host: environment["PGHOST"] ?? "/var/run/postgresql",
                port: environment["PGPORT"].flatMap(Int.init) ?? 5432, user: user,
                password: environment["PGPASSWORD"], database: environment["PGDATABASE"] ?? user,
                schema: schema)
        }

        /// The server as errors name it: `host:port`, or the Unix socket's path.
        var serverDescription: String {
            host.hasPrefix("/") ? "\(host)/.s.PGSQL.\(port)" : "\(host):\(port)"
        }

        /// The client's configuration: a Unix socket for a host that is a path, else TCP without TLS on a
        /// loopback address and with TLS preferred elsewhere.
        var connection: PostgresConnection.Configuration {
            if host.hasPrefix("/") {
                return .init(
                    unixSocketPath: host + "/.s.PGSQL.\(port)", username: user, password: password,
                    database: database)
            }
            let loopback = host == "localhost" || host.hasPrefix("127.") || host == "::1"
            let tls: PostgresConnection.Configuration.TLS =
                loopback
                ? .disable : ((try? .prefer(.init(configuration: .makeClientConfiguration()))) ?? .disable)
            return .init(
                host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
    }
}
