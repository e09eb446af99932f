import Foundation
import Testing

/// Issue 14: codes outside their vocabulary, column names that miss and near misses of municipalities,
/// partners and activity kinds, through `sociolab import`: the exit code, the message at
/// FILE:LINE:COLUMN with the suggestion, and nothing written to the store.
struct ImportNearMissTests {
    static let activities =
        "id;kind;title;start_date;status;partners;details\n"
        + "a1;training;Osnove;2019-10-03;held;prizma;\"{\"\"hours\"\":8}\"\n"
    static let persons =
        "id,gender,birth_date,employment_status,consent_date,entry_date,municipality\n"
        + "p1,f,1990-01-01,employed,2019-01-01,2019-10-03,070\n"
        + "p2,m,1980-01-01,employed,2019-01-01,2019-10-03,070\n"

    /// A directory with an empty store `s` and the files given.
    static func store(with files: [String: String]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let created = try directory.sociolab("init", "--store", "s")
        #expect(created.exitCode == 0, "\(created)")
        for (name, text) in files { _ = try directory.write(text, to: name) }
        return directory
    }

    /// Runs an import that must fail, and checks that it left the store as it was.
    static func failingImport(_ directory: TemporaryDirectory, _ files: String...) throws -> String {
        let before = try directory.digests("s")
        let result = try directory.sociolab(arguments: ["import", "--store", "s"] + files)
        #expect(result.exitCode == 1, "\(result)")
        #expect(try directory.digests("s") == before, "the store changed")
        #expect(result.standardError.hasSuffix("nothing was imported\n"), "\(result)")
        return result.standardError
    }

    @Test("A role in Slovenian is its role: trener is a trainer, not a participant of OUT-05")
    func slovenianRole() throws {
        let directory = try Self.store(with: [
            "activities.csv": Self.activities, "persons.csv": Self.persons,
            "participations.csv": "id,activity_id,person_id,role,status,hours\n"
                + "x1,a1,p1,participant,attended,8\nx2,a1,p2,trener,izvedeno,8\n",
        ])
        // `izvedeno` is an activity status, not a participation status: refused with the values listed.
        let refused = try Self.failingImport(directory, "activities.csv", "persons.csv", "participations.csv")
        #expect(
            refused.contains("participations.csv:3:status: error: 'izvedeno' is not a valid status. [import"),
            "\(refused)")
        _ = try directory.write(
            "id,activity_id,person_id,role,status,hours\n"
                + "x1,a1,p1,Udeleženec,attended,8\nx2,a1,p2,trener,udeležen,8\n",
            to: "participations.csv")
        let result = try directory.sociolab(
            "import", "--store", "s", "activities.csv", "persons.csv", "participations.csv")
        #expect(result.exitCode == 0, "\(result)")
        let export = try directory.sociolab("export", "--store", "s", "--format", "csv", "--out", "out")
        #expect(export.exitCode == 0, "\(export)")
        let participations = String(decoding: try directory.read("out/participations.csv"), as: UTF8.self)
        #expect(participations.contains("x1,a1,p1,,participant,attended,8"), "\(participations)")
        #expect(participations.contains("x2,a1,p2,,trainer,attended,8"), "\(participations)")
        let report = try directory.sociolab("report", "--store", "s")
        let line = report.standardOutput.split(separator: "\n").first { $0.hasPrefix("OUT-05") }
        #expect(
            line?.split(separator: " ", omittingEmptySubsequences: true).contains("1") == true, "\(report)")
    }

    @Test("A misspelt role is an error at its cell that suggests the role, and nothing is written")
    func misspeltRole() throws {
        let directory = try Self.store(with: [
            "activities.csv": Self.activities, "persons.csv": Self.persons,
            "participations.csv": "id,activity_id,person_id,role,status\nx1,a1,p1,particpant,attended\n",
        ])
        let errors = try Self.failingImport(directory, "activities.csv", "persons.csv", "participations.csv")
        #expect(
            errors.hasPrefix(
                "participations.csv:2:role: error: 'particpant' is not a valid role. [import.unknown-code]\n"
                    + "    Did you mean participant? Write participant, mentee, mentor, trainer, speaker, exhibitor, "
                    + "host or organiser"),
            "\(errors)")
    }

    @Test(
        "A header near a column is an error that suggests it; a far one is a warning; Slovenian names match")
    func columnNames() throws {
        let directory = try Self.store(with: [
            "persons.csv": "id,gender,birthdate,municipallity\np1,f,1990-01-01,070\n",
            "persons-sl.csv": "Šifra,Spol,Datum rojstva,OBČINA,opomba\np2,ž,1.2.1991,Maribor,nova\n",
        ])
        let errors = try Self.failingImport(directory, "persons.csv")
        #expect(
            errors
                == "persons.csv:1:birthdate: error: 'birthdate' is not a column of persons.csv. "
                + "[import.unknown-column]\n    Did you mean birth_date (datum_rojstva)? Correct the header.\n"
                + "persons.csv:1:municipallity: error: 'municipallity' is not a column of persons.csv. "
                + "[import.unknown-column]\n    Did you mean municipality (občina)? Correct the header.\n"
                + "2 error(s); nothing was imported\n")
        let result = try directory.sociolab("import", "--store", "s", "persons-sl.csv")
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.standardError.hasPrefix(
                "persons-sl.csv:1:opomba: warning: The column 'opomba' is not in persons.csv and is ignored."),
            "\(result)")
        let export = try directory.sociolab("export", "--store", "s", "--format", "csv", "--out", "out")
        #expect(export.exitCode == 0, "\(export)")
        let persons = String(decoding: try directory.read("out/persons.csv"), as: UTF8.self)
        #expect(persons.contains("p2,,,,,f,1991-02-01,070,"), "\(persons)")
    }

    @Test("Municipalities: near misses suggest, official names are accepted")
    func municipalities() throws {
        let directory = try Self.store(with: [
            "organisations.csv":
                "id,name,legal_form,municipality\no1,A,doo,Maribr\no2,B,doo,Slov. Bistrica\n",
            "organisations-ok.csv":
                "id,name,legal_form,municipality\no3,C,d.o.o.,Lenart v Slovenskih goricah\n",
        ])
        let errors = try Self.failingImport(directory, "organisations.csv")
        #expect(
            errors.contains(
                "organisations.csv:2:municipality: error: 'Maribr' is not a Slovenian municipality. "
                    + "[import.unknown-code]\n    Did you mean Maribor (070)?"), "\(errors)")
        #expect(
            errors.contains(
                "organisations.csv:3:municipality: error: 'Slov. Bistrica' is not a Slovenian municipality. "
                    + "[import.unknown-code]\n    Did you mean Slovenska Bistrica (113)?"), "\(errors)")
        let result = try directory.sociolab("import", "--store", "s", "organisations-ok.csv")
        #expect(result.exitCode == 0, "\(result)")
    }

    @Test("Partners: Prizma is prizma; 'prizma, citilab' says to separate list items with ;")
    func partners() throws {
        let directory = try Self.store(with: [
            "activities.csv": "id;kind;title;start_date;status;partners;details\n"
                + "a1;training;Osnove;2019-10-03;held;prizma, citilab;\"{\"\"hours\"\":8}\"\n",
            "activities-ok.csv": "id;kind;title;start_date;status;partners;details\n"
                + "a2;training;Osnove;2019-10-03;izvedeno;Prizma;\"{\"\"hours\"\":8}\"\n",
        ])
        let errors = try Self.failingImport(directory, "activities.csv")
        #expect(
            errors.hasPrefix(
                "activities.csv:2:partners: error: 'prizma, citilab' holds several items separated by ','; "
                    + "separate list items with ; (prizma;citilab). [import.unknown-code]"), "\(errors)")
        let result = try directory.sociolab("import", "--store", "s", "activities-ok.csv")
        #expect(result.exitCode == 0, "\(result)")
        let export = try directory.sociolab("export", "--store", "s", "--format", "csv", "--out", "out")
        #expect(export.exitCode == 0, "\(export)")
        let activities = String(decoding: try directory.read("out/activities.csv"), as: UTF8.self)
        #expect(activities.contains(",prizma,"), "\(activities)")
        #expect(activities.contains(",held,"), "\(activities)")
    }

    @Test("An activity kind in Slovenian names the registered kind instead of asking for a plugin")
    func slovenianKind() throws {
        let directory = try Self.store(with: [
            "activities.csv": "id;kind;title;start_date;status;partners;details\n"
                + "a1;usposabljanje;Osnove;2019-10-03;held;prizma;\"{\"\"hours\"\":8}\"\n"
        ])
        let errors = try Self.failingImport(directory, "activities.csv")
        #expect(
            errors.hasPrefix(
                "activities.csv:2:kind: error: no plugin is registered for kind 'usposabljanje'; it looks like "
                    + "'training' (Training) [core.misspelled-kind]\n    Write the kind training."),
            "\(errors)")
        #expect(!errors.contains("Register a plugin"), "\(errors)")
    }
}
