import Foundation
import SocioLabKit
import Testing

@testable import SocioLabPostgreSQL

/// The server the tests use: the one libpq's `PG*` environment variables name (`.ci/postgres.sh` starts a
/// throwaway one). Without them every test here is skipped, with ``skipMessage`` saying why.
enum TestDatabase {
    /// The environment's configuration, or `nil`.
    static let base = PostgreSQLStore.Configuration.fromEnvironment()

    /// Whether a server is named.
    static var isAvailable: Bool { base != nil }

    /// Why the tests are skipped.
    static let skipMessage: Comment =
        "no PostgreSQL server: set PGHOST (and PGPORT, PGUSER, PGDATABASE), e.g. eval \"$(.ci/postgres.sh start /tmp/pg)\""

    /// A configuration for a new, empty schema of its own, whose calls end within a minute (a test whose
    /// connection the server drops then fails in a minute rather than in the default five).
    static func freshSchema() throws -> PostgreSQLStore.Configuration {
        guard var configuration = base else { throw SocioLabError(.storeMissing, "no PostgreSQL server") }
        configuration.operationTimeout = .seconds(60)
        configuration.schema =
            "sociolab_test_"
            + UUID().uuidString.prefix(13).lowercased().replacingOccurrences(
                of: "-", with: "")
        return configuration
    }

    /// Runs SQL on the store's connection and returns the first column of each row as text.
    static func query(_ sql: String, on store: PostgreSQLStore) async throws -> [String?] {
        var result: [String?] = []
        let rows = try await store.connection.query(.init(unsafeSQL: sql), logger: store.logger)
        for try await value in rows.decode(String?.self) { result.append(value) }
        return result
    }
}
