import Foundation
import Testing

/// Issue 14: activity details as ordinary columns of `activities.csv`, and roles only from the core or a
/// registered plugin, through `sociolab`.
struct DetailColumnsCLITests {
    @Test("plugins lists each kind's detail columns with type and meaning, in English and Slovenian")
    func pluginsListsTheDetailColumns() throws {
        let directory = try TemporaryDirectory()
        let english = try directory.sociolab("plugins")
        #expect(english.exitCode == 0, "\(english)")
        #expect(
            english.standardOutput.contains(
                "  mentee_organisation (record id, required): the organisation mentored; must exist"))
        #expect(english.standardOutput.contains("  open_day_hosts (ids separated by ;): "))
        let slovenian = try directory.sociolab("plugins", "--lang", "sl")
        #expect(slovenian.exitCode == 0, "\(slovenian)")
        #expect(
            slovenian.standardOutput.contains("  hours (število (dve decimalki), obvezno): načrtovane ure"))
        #expect(slovenian.standardOutput.contains("stolpci podrobnosti v activities.csv:"))
    }

    @Test("Detail columns import into the details; export writes them back as columns")
    func detailColumnsImportAndExport() throws {
        let directory = try ImportNearMissTests.store(with: [
            "organisations.csv": "id,name,legal_form\no1,Zadruga,zadruga\n",
            "activities.csv": "id;kind;title;start_date;status;partners;details;mentee_organisation;hours\n"
                + "m1;mentoring;Mentorstvo;2019-10-03;held;prizma;;o1;2,5\n",
        ])
        let imported = try directory.sociolab("import", "--store", "s", "organisations.csv", "activities.csv")
        #expect(imported.exitCode == 0, "\(imported)")
        #expect(!imported.standardError.contains("ignored"), "\(imported)")
        let exported = try directory.sociolab("export", "--store", "s", "--format", "csv", "--out", "out")
        #expect(exported.exitCode == 0, "\(exported)")
        let lines = String(decoding: try directory.read("out/activities.csv"), as: UTF8.self)
            .split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(row[header.firstIndex(of: "mentee_organisation")!] == "o1")
        #expect(row[header.firstIndex(of: "hours")!] == "2.5")
        #expect(row[header.firstIndex(of: "details")!] == "")
    }

    @Test("A column and the details cell that disagree, and a column of another kind, are errors")
    func conflictingAndMisplacedDetailColumns() throws {
        let directory = try ImportNearMissTests.store(with: [
            "activities.csv": "id,kind,title,start_date,status,partners,details,hours,visitors\n"
                + "t1,training,T,2019-10-03,held,prizma,\"{\"\"hours\"\":3}\",4,\n"
                + "t2,training,T,2019-10-03,held,prizma,,8,100\n"
        ])
        let errors = try ImportNearMissTests.failingImport(directory, "activities.csv")
        #expect(errors.contains("activities.csv:2:hours: "), "\(errors)")
        #expect(
            errors.contains("[import.detail-conflict]") || errors.contains("details cell says 3"), "\(errors)"
        )
        #expect(errors.contains("activities.csv:3:visitors: "), "\(errors)")
        #expect(errors.contains("fair"), "\(errors)")
    }

    @Test("A lower-case role no one declares is refused, not counted as a participant")
    func undeclaredRoleIsRefused() throws {
        let directory = try ImportNearMissTests.store(with: [
            "activities.csv": ImportNearMissTests.activities, "persons.csv": ImportNearMissTests.persons,
            "participations.csv": "id,activity_id,person_id,role,status\nx1,a1,p1,volunteer,attended\n",
        ])
        let errors = try ImportNearMissTests.failingImport(
            directory, "activities.csv", "persons.csv", "participations.csv")
        #expect(errors.contains("participations.csv:2:role: "), "\(errors)")
        #expect(errors.contains("volunteer"), "\(errors)")
    }
}
