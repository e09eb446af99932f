import Foundation
import SocioLabCommandLine
import SocioLabKit
import SocioLabPostgreSQL

/// A store in a PostgreSQL database, as `--store postgresql://…` names it: the location the commands of
/// `sociolab-postgresql` work on.
///
/// The location is `postgresql://[user@]host[:port]/database[?schema=name]` (or `postgres://…`); what it
/// leaves out comes from libpq's variables (``init(parsing:environment:)``), and the password always does:
/// from `PGPASSWORD`, else from the password file (`PGPASSFILE`, else `~/.pgpass`).
public struct PostgreSQLStoreLocation: StoreLocation {
    /// The server, database and schema the location names.
    public var configuration: PostgreSQLStore.Configuration

    /// Creates a location for a configuration.
    public init(configuration: PostgreSQLStore.Configuration) {
        self.configuration = configuration
    }

    /// `PostgreSQL`.
    public var backendName: String { "PostgreSQL" }

    /// The database, server, user and schema; never the password.
    /// It is written as a location that names the same store, a socket directory as `?host=`.
    public var description: String {
        let configuration = configuration
        if configuration.host.hasPrefix("/") {
            return
                "postgresql:///\(configuration.database)?host=\(configuration.host)&port=\(configuration.port)"
                + "&user=\(configuration.user)&schema=\(configuration.schema)"
        }
        return "postgresql://\(configuration.user)@\(configuration.host):\(configuration.port)/"
            + "\(configuration.database)?schema=\(configuration.schema)"
    }

    /// Whether the schema holds a store (opening brings the schema's tables up to date).
    public func exists() async throws -> Bool {
        do {
            let store = try await PostgreSQLStore.open(configuration)
            await store.close()
            return true
        } catch let error as SocioLabError where error.code == .storeMissing {
            return false
        }
    }

    /// Creates the store in the schema (made if need be).
    public func create(for operation: ESFOperation) async throws -> any Store {
        try await PostgreSQLStore.create(configuration, operation: operation)
    }

    /// Opens the store; a PostgreSQL store is opened the same way for reading and for writing.
    public func open(readOnly: Bool) async throws -> any Store {
        try await PostgreSQLStore.open(configuration)
    }
}

extension StoreOpener {
    /// `postgresql://…` and `postgres://…` locations are PostgreSQL stores (``PostgreSQLStoreLocation``);
    /// everything else is a JSON file store's directory, so `sociolab-postgresql` does all `sociolab` does.
    public static let postgreSQL = StoreOpener { location, environment in
        guard PostgreSQLStoreLocation.isPostgreSQL(location) else { return nil }
        return try PostgreSQLStoreLocation(parsing: location, environment: environment)
    }
}
