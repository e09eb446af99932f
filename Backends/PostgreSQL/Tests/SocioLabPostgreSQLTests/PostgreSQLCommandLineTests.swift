import Foundation
import Testing

/// The commands of `sociolab`, run in-process with the PostgreSQL opener as `sociolab-postgresql` runs them,
/// on a real server: the same results as on a JSON file store.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLCommandLineTests {
    /// The CSV tables `export` writes of a store holding every kind.
    static let tables = [
        "activities.csv", "budget_lines.csv", "cost_items.csv", "development_plans.csv", "info_points.csv",
        "jobs.csv", "milestones.csv", "organisations.csv", "participations.csv", "payment_claim_items.csv",
        "payment_claims.csv", "persons.csv", "products.csv", "support_programmes.csv",
    ]

    @Test("init, import of a CSV export, then report, log and history agree with the JSON file store")
    func importedStoreReportsAsTheFileStore() async throws {
        let run = try CommandLineRun()
        let postgres = try CommandLineRun.freshLocation()
        // The same tool on a store directory: the demo data, exported as CSV.
        let demo = try await run.run("demo", "--store", "files")
        try #require(demo.exitCode == 0, "\(demo)")
        let export = try await run.run("export", "--store", "files", "--format", "csv", "--out", "tables")
        try #require(export.exitCode == 0, "\(export)")

        let initialised = try await run.run("init", "--store", postgres)
        #expect(initialised.exitCode == 0, "\(initialised)")
        #expect(initialised.standardError.contains("Created an empty store"))
        let imported = try await run.run(
            arguments: ["import", "--store", postgres, "--reason", "CSV from the file store"]
                + Self.tables.map { "tables/" + $0 })
        #expect(imported.exitCode == 0, "\(imported)")

        let onFiles = try await run.run(
            "report", "--store", "files", "--format", "json", "--as-of", "2020-12-31")
        let onPostgres = try await run.run(
            "report", "--store", postgres, "--format", "json", "--as-of", "2020-12-31")
        #expect(onPostgres.exitCode == 0, "\(onPostgres)")
        #expect(!onPostgres.standardOutput.isEmpty)
        #expect(onPostgres.standardOutput == onFiles.standardOutput)

        let log = try await run.run("log", "--store", postgres)
        #expect(log.exitCode == 0, "\(log)")
        #expect(log.standardOutput.hasPrefix("revision 1  2021-01-15T09:00:00.000Z  tester"))
        #expect(log.standardOutput.contains("    CSV from the file store"))
        #expect(log.standardOutput.contains("person"))
        let json = try await run.run("log", "--store", postgres, "--format", "json")
        let entries =
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(entries?.count == 1)
        #expect(entries?.first?["author"] as? String == "tester")

        // The first person of the export: the first field of the second line.
        let persons = try String(
            contentsOf: run.directory.appendingPathComponent("tables/persons.csv"), encoding: .utf8)
        let person = try #require(
            persons.split(separator: "\n").dropFirst().first?.split(separator: ",").first)
        let history = try await run.run("history", "--store", postgres, "person/\(person)")
        #expect(history.exitCode == 0, "\(history)")
        #expect(history.standardOutput.hasPrefix("revision 1  2021-01-15T09:00:00.000Z  by tester"))
        #expect(history.standardOutput.contains("  insert person/\(person)"))
    }

    @Test("demo builds a store in the database, and a second run reuses it")
    func demoOnPostgreSQL() async throws {
        let run = try CommandLineRun()
        let postgres = try CommandLineRun.freshLocation()
        let built = try await run.run("demo", "--store", postgres)
        #expect(built.exitCode == 0, "\(built)")
        #expect(built.standardError.contains("Built the demo store at \(postgres)"))
        let reused = try await run.run("demo", "--store", postgres)
        #expect(reused.exitCode == 0, "\(reused)")
        #expect(reused.standardError.contains("Using the demo store at \(postgres)"))
        #expect(reused.standardOutput == built.standardOutput)
        let validated = try await run.run("validate", "--store", postgres)
        #expect(validated.exitCode == 0, "\(validated)")
    }

    @Test("a store location with a password is refused, and the password is never repeated")
    func passwordInLocationIsRefused() async throws {
        let run = try CommandLineRun()
        for location in [
            "postgresql://ana:hunter2secret@localhost/sociolab",
            "postgres://ana:hunter2secret@db.example:5433/x",
            "postgresql://localhost/sociolab?password=hunter2secret",
        ] {
            let result = try await run.run("report", "--store", location)
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.standardError.contains("PGPASSWORD"))
            #expect(result.standardError.contains("[usage.store-password]"))
            #expect(!result.standardError.contains("hunter2secret"))
            #expect(!result.standardOutput.contains("hunter2secret"))
            let fromVariable = try await run.run("log", environment: ["SOCIOLAB_STORE": location])
            #expect(fromVariable.exitCode == 2, "\(fromVariable)")
            #expect(!fromVariable.standardError.contains("hunter2secret"))
        }
    }

    @Test("a command that works on a store directory's files says it is not available, in both languages")
    func fileStoreOnlyCommands() async throws {
        let run = try CommandLineRun()
        let postgres = try CommandLineRun.freshLocation()
        #expect(try await run.run("init", "--store", postgres).exitCode == 0)
        for arguments in [["store", "verify"], ["status"], ["demo", "--force"]] {
            let english = try await run.run(arguments: arguments + ["--store", postgres])
            #expect(english.exitCode == 2, "\(english)")
            #expect(english.standardError.contains("is not available on a PostgreSQL store"), "\(english)")
            #expect(english.standardError.contains("[usage.file-store-only]"))
            let slovenian = try await run.run(arguments: arguments + ["--store", postgres, "--lang", "sl"])
            #expect(slovenian.exitCode == 2, "\(slovenian)")
            #expect(slovenian.standardError.contains("ni na voljo za shrambo PostgreSQL"), "\(slovenian)")
        }
        // What works on any store works here: compaction is the backend's own (nothing to fold).
        let compacted = try await run.run("store", "compact", "--store", postgres)
        #expect(compacted.exitCode == 0, "\(compacted)")
    }

    @Test("a schema without a store is missing (exit 3), saying how to make one")
    func missingStore() async throws {
        let run = try CommandLineRun()
        let result = try await run.run("report", "--store", try CommandLineRun.freshLocation())
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.standardError.contains("[store.missing]"))
    }
}
