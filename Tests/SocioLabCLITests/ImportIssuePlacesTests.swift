import Foundation
import Testing

/// How `import` prints the validation issues of what it read: at `FILE:LINE:COLUMN` for a CSV row, else
/// at the entity (and the document's name for JSON) — the places come from the kit's import, which keeps
/// each record's file and line.
struct ImportIssuePlacesTests {
    static let personsHeader =
        "id,given_name,family_name,gender,birth_date,employment_status,isced,consent_date,entry_date,municipality\n"

    @Test(
        "Validation errors of CSV rows are printed at FILE:LINE:COLUMN, reference fields at their _id column")
    func csvErrors() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            "id,activity_id,person_id,organisation_id,role,status,hours\n\n"
                + "x1,no-such-activity,,,participant,attended,2\n",
            to: "participations.csv")
        let result = try directory.sociolab("import", "--store", "s", "participations.csv")
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.standardError
                == "participations.csv:3:person_id: error: names no person and no organisation "
                + "[core.participation-subject]\n    Fill in person_id or organisation_id.\n"
                + "participations.csv:3:activity_id: error: activity/no-such-activity does not exist "
                + "[core.reference]\n    Record activity/no-such-activity first, or correct the reference.\n"
                + "2 error(s); nothing was imported\n", "\(result)")
    }

    @Test("Warnings of an import that succeeds are printed at their row, whatever spaces surround the id")
    func csvWarnings() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            Self.personsHeader + "p0,Eva,Kos,f,1991-01-01,employed,3,2019-01-01,2019-01-01,Ptuj\n"
                + " p1 ,Ana,Novak,f,1990-01-01,employed,3,2019-01-01,2019-01-01,Ljubljana\n",
            to: "persons-2019.csv")
        let result = try directory.sociolab("import", "--store", "s", "persons-2019.csv")
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.standardError
                == "persons-2019.csv:3:municipality: warning: Ljubljana is outside Podravje "
                + "[core.municipality-outside]\n    Allowed, but check that this is right.\n"
                + "Imported 4 insert(s), 0 update(s) as revision 1\n", "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
    }

    @Test("Validation errors of a JSON document are printed at the document and the entity")
    func jsonErrors() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let export = try directory.sociolab("export", "--store", "s", "--out", "all.json")
        #expect(export.exitCode == 0, "\(export)")
        var document = try #require(
            try JSONSerialization.jsonObject(with: try directory.read("all.json")) as? [String: Any])
        document["participations"] = [
            ["id": "x1", "activity": "nope", "status": "attended", "role": "participant"]
        ]
        try directory.write(try JSONSerialization.data(withJSONObject: document), to: "doc.json")
        let result = try directory.sociolab("import", "--store", "s", "doc.json")
        #expect(result.exitCode == 1, "\(result)")
        #expect(
            result.standardError
                == "doc.json: participation/x1 person_id: error: names no person and no organisation "
                + "[core.participation-subject]\n    Fill in person_id or organisation_id.\n"
                + "doc.json: participation/x1 activity: error: activity/nope does not exist [core.reference]\n"
                + "    Record activity/nope first, or correct the reference.\n"
                + "2 error(s); nothing was imported\n", "\(result)")
    }
}
