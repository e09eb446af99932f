import Foundation
import SocioLabKit
import Testing

@testable import SocioLabPostgreSQLCLI

/// How `sociolab-postgresql` reads `--store postgresql://…` and libpq's variables (no server needed).
struct PostgreSQLStoreLocationTests {
    @Test("the location's parts win over the variables; the schema is sociolab unless ?schema= says")
    func locationParts() throws {
        let environment = ["PGHOST": "/run/pg", "PGPORT": "6000", "PGUSER": "env", "PGDATABASE": "envdb"]
        let given = try PostgreSQLStoreLocation(
            parsing: "postgres://ana@db.example:5433/operation?schema=podravje", environment: environment
        ).configuration
        #expect(given.host == "db.example")
        #expect(given.port == 5433)
        #expect(given.user == "ana")
        #expect(given.database == "operation")
        #expect(given.schema == "podravje")
        let fromVariables = try PostgreSQLStoreLocation(parsing: "postgresql:///", environment: environment)
            .configuration
        #expect(fromVariables.host == "/run/pg")
        #expect(fromVariables.port == 6000)
        #expect(fromVariables.user == "env")
        #expect(fromVariables.database == "envdb")
        #expect(fromVariables.schema == "sociolab")
        let socket = try PostgreSQLStoreLocation(
            parsing: "postgresql:///store?host=/tmp/pg&port=5444", environment: ["USER": "login"]
        ).configuration
        #expect(socket.host == "/tmp/pg")
        #expect(socket.port == 5444)
        #expect(socket.user == "login")
        #expect(socket.database == "store")
    }

    @Test("only postgresql:// and postgres:// are PostgreSQL locations; anything else is a store directory")
    func schemes() {
        #expect(PostgreSQLStoreLocation.isPostgreSQL("postgresql://localhost/x"))
        #expect(PostgreSQLStoreLocation.isPostgreSQL("POSTGRES://localhost/x"))
        #expect(!PostgreSQLStoreLocation.isPostgreSQL("./sociolab-store"))
        #expect(!PostgreSQLStoreLocation.isPostgreSQL("postgresql-store"))
    }

    @Test("the password comes from PGPASSWORD, else from a password file only its owner may read")
    func passwords() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sociolab-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("pgpass")
        try Data(
            "# comment\nother:*:*:*:nope\ndb.example:5432:operation:ana:pa\\:ss\n*:*:*:ana:fallback\n".utf8
        ).write(to: file)
        let location = "postgresql://ana@db.example/operation"
        #expect(chmod(file.path, 0o600) == 0)
        let fromFile = try PostgreSQLStoreLocation(parsing: location, environment: ["PGPASSFILE": file.path])
        #expect(fromFile.configuration.password == "pa:ss")
        #expect(!fromFile.description.contains("pa:ss"))
        let wildcard = try PostgreSQLStoreLocation(
            parsing: "postgresql://ana@elsewhere/x", environment: ["PGPASSFILE": file.path])
        #expect(wildcard.configuration.password == "fallback")
        let variable = try PostgreSQLStoreLocation(
            parsing: location, environment: ["PGPASSFILE": file.path, "PGPASSWORD": "given"])
        #expect(variable.configuration.password == "given")
        #expect(chmod(file.path, 0o644) == 0)
        let readable = try PostgreSQLStoreLocation(parsing: location, environment: ["PGPASSFILE": file.path])
        #expect(readable.configuration.password == nil)
        let home = try PostgreSQLStoreLocation(parsing: location, environment: ["HOME": directory.path])
        #expect(home.configuration.password == nil)
    }

    @Test(
        "a password in the location is refused without repeating it",
        arguments: ["postgresql://ana:s3cr3t@localhost/x", "postgresql://localhost/x?password=s3cr3t"])
    func passwordRefused(_ location: String) throws {
        let error = try #require(throws: SocioLabError.self) {
            try PostgreSQLStoreLocation(parsing: location, environment: [:])
        }
        #expect(error.code.rawValue == "usage.store-password")
        #expect(error.message(in: .english).contains("PGPASSWORD"))
        #expect(error.message(in: .slovenian).contains("PGPASSWORD"))
        #expect(!error.message(in: .english).contains("s3cr3t"))
        #expect(!error.description.contains("s3cr3t"))
    }

    @Test(
        "a location written wrong is a usage error saying how to write it",
        arguments: [
            "postgresql://localhost/x?sslmode=require", "postgresql://localhost:0/x", "postgresql://[/x",
        ])
    func invalid(_ location: String) throws {
        let error = try #require(throws: SocioLabError.self) {
            try PostgreSQLStoreLocation(parsing: location, environment: [:])
        }
        #expect(error.code.rawValue == "usage.invalid-value")
        #expect(error.message(in: .english).contains("postgresql://user@host:port/database?schema=name"))
    }
}
