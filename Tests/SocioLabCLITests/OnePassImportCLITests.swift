import Foundation
import Testing

/// Issue 14 through the CLI: every mistake of every file in one run, with its place and its fix; exit 1
/// and nothing written while any error remains; the dry run prints the same; the counts agree.
struct OnePassImportCLITests {
    static let organisations = "id,name,legal_form,municipality\n"
    static let persons = "id,gender,birth_date,municipality,organisation_id,emso\n"

    /// A store and its files before the import, to check that nothing was written.
    struct Store {
        let directory: TemporaryDirectory
        let journal: Data
        let snapshot: Data

        init() throws {
            directory = try TemporaryDirectory()
            #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
            journal = try directory.read("s/journal.jsonl")
            snapshot = try directory.read("s/snapshot.json")
        }

        /// Runs `import` and `import --dry-run` on the files: both exit 1, print the same, write nothing.
        func failingImport(_ files: [String]) throws -> CLIResult {
            let result = try directory.sociolab(arguments: ["import", "--store", "s"] + files)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.standardError.contains("nothing was imported"), "\(result)")
            let dryRun = try directory.sociolab(arguments: ["import", "--dry-run", "--store", "s"] + files)
            #expect(dryRun.exitCode == 1)
            #expect(dryRun.standardError == result.standardError)
            #expect(try directory.read("s/journal.jsonl") == journal)
            #expect(try directory.read("s/snapshot.json") == snapshot)
            return result
        }
    }

    @Test("A row of the wrong length hides nothing: later rows, other files and the data checks are reported")
    func everyMistakeInOnePass() throws {
        let store = try Store()
        try store.directory.write(
            Self.organisations + "o1,Sonce,zadruga,Ptuj,extra\n" + "o2,Luna,zadruga,Ptuj\n",
            to: "organisations.csv")
        try store.directory.write(
            Self.persons + "p1,f,1990-13-01,Ptuj,,\n" + "p2,f,1990-01-01,Ptuj,o1,\n"
                + "p3,f,1990-01-01,Ptuj,o9,\n"
                + "p4,m,1985-02-03,Ptuj\n",
            to: "persons.csv")
        let result = try store.failingImport(["organisations.csv", "persons.csv"])
        let lines = result.standardError.split(separator: "\n").map(String.init)
        // The format error of organisations.csv, with its fix.
        #expect(
            lines.contains {
                $0.hasPrefix("organisations.csv:2: error: This row has 5 fields")
            })
        #expect(lines.contains { $0.hasPrefix("    ") && $0.contains("double quotes") }, "\(result)")
        // A cell error in persons.csv after it.
        #expect(lines.contains { $0.hasPrefix("persons.csv:2:birth_date: ") }, "\(result)")
        // A data check of a row that read: the organisation o9 does not exist.
        #expect(
            lines.contains { $0.hasPrefix("persons.csv:4:organisation_id: error: ") && $0.contains("o9") },
            "\(result)")
        // p2 refers to the skipped o1: a note, not an unknown-reference error.
        #expect(
            lines.contains {
                $0.hasPrefix("persons.csv:3:organisation_id: note: ") && $0.contains("organisations.csv:2")
                    && $0.contains("skipped")
            }, "\(result)")
        #expect(!lines.contains { $0.contains("organisation/o1 does not exist") }, "\(result)")
        // A warning is shown beside the errors: p4 lacks the optional trailing cells.
        #expect(lines.contains { $0.hasPrefix("persons.csv:5:organisation_id: warning: ") }, "\(result)")
        #expect(lines.last == "3 error(s), 1 warning(s); nothing was imported", "\(result)")
    }

    @Test("A row short of a required cell is an error that names the cell and the fix")
    func shortOfARequiredCell() throws {
        let store = try Store()
        try store.directory.write(Self.organisations + "o1,Sonce\n", to: "organisations.csv")
        let result = try store.failingImport(["organisations.csv"])
        #expect(
            result.standardError.hasPrefix("organisations.csv:2:legal_form: error: This row has 2 fields")
                && result.standardError.contains("complete the row"), "\(result)")
    }

    @Test("A row short of optional cells imports with a warning")
    func shortOfOptionalCells() throws {
        let store = try Store()
        try store.directory.write(Self.organisations + "o1,Sonce,zadruga\n", to: "organisations.csv")
        let result = try store.directory.sociolab("import", "--store", "s", "organisations.csv")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.contains("organisations.csv:2:municipality: warning: "), "\(result)")
        #expect(result.standardError.contains("[csv.short-row]"), "\(result)")
        #expect(result.standardError.contains("Imported 1 insert(s)"), "\(result)")
    }

    @Test(
        "What Excel did to a cell is said, with the fix",
        arguments: [
            ("p1,f,1990-01-01,Ptuj,,1.23457E+12", "emso", "scientific notation"),
            ("p1,f,1990-01-01,Ptuj,,101095505008", "emso", "leading zero"),
            ("p1,f,32874,Ptuj,,", "birth_date", "1990-01-01"),
            ("p1,f,1.3.85,Ptuj,,", "birth_date", "1.3.1985"),
        ])
    func excelDamage(row: String, column: String, says: String) throws {
        let store = try Store()
        try store.directory.write(Self.persons + row + "\n", to: "persons.csv")
        let result = try store.failingImport(["persons.csv"])
        #expect(result.standardError.hasPrefix("persons.csv:2:\(column): "), "\(result)")
        #expect(result.standardError.contains(says), "\(result)")
        #expect(result.standardError.contains("Text"), "\(result)")
    }

    @Test("The printed list is capped per file and kind, with a count of the rest")
    func longListsAreCapped() throws {
        let store = try Store()
        let rows = (1...60).map { "p\($0),q,1990-01-01,Ptuj,,\n" }.joined()
        try store.directory.write(Self.persons + rows, to: "persons.csv")
        let result = try store.failingImport(["persons.csv"])
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.filter { $0.contains(":gender: ") }.count == 50, "\(result)")
        #expect(
            lines.contains { $0.contains("… and 10 more of the same kind [import.unknown-code]") },
            "\(result)")
        #expect(lines.last == "60 error(s); nothing was imported")
    }

    @Test("Dry run, import and re-import report the same number of records")
    func countsAgree() throws {
        let store = try Store()
        try store.directory.write(
            "id,given_name,family_name,gender\np1,,,f\np2,Ana,Novak,f\np3,,,m\n", to: "persons.csv")
        let dryRun = try store.directory.sociolab("import", "--dry-run", "--store", "s", "persons.csv")
        #expect(dryRun.standardError.contains("Dry run: 4 insert(s), 0 update(s)"), "\(dryRun)")
        let first = try store.directory.sociolab("import", "--store", "s", "persons.csv")
        #expect(first.standardError.contains("Imported 4 insert(s), 0 update(s)"), "\(first)")
        let again = try store.directory.sociolab("import", "--store", "s", "persons.csv")
        #expect(again.standardError.contains("already holds all 4 records"), "\(again)")
        _ = try store.directory.sociolab("export", "--store", "s", "--format", "csv", "--out", "out")
        let export = try store.directory.sociolab(
            "export", "--store", "s", "--format", "csv", "--out", "out2")
        #expect(export.standardError.contains("Exported 4 records"), "\(export)")
    }
}
