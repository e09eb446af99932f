import Foundation
import Testing

/// `history` and `erase-person`: the audit trail, with erased personal details redacted.
struct HistoryCommandTests {
    @Test("history shows author, time, reason and the record before and after each change")
    func history() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            "id,name,legal_form,social_enterprise,municipality\no1,Zadruga Sonce,zadruga,yes,Ptuj\n",
            to: "organisations.csv")
        let first = try directory.sociolab(
            "import", "--store", "s", "organisations.csv", "--author", "ana", "--reason", "first list")
        #expect(first.exitCode == 0, "\(first)")
        try directory.write(
            "id,name,legal_form,social_enterprise,municipality\no1,Zadruga Sonce z.o.o.,zadruga,yes,Ptuj\n",
            to: "organisations.csv")
        let second = try directory.sociolab(
            "import", "--store", "s", "organisations.csv", "--reason", "renamed")
        #expect(second.exitCode == 0, "\(second)")

        let result = try directory.sociolab("history", "organisation/o1", "--store", "s")
        #expect(result.exitCode == 0, "\(result)")
        let output = result.standardOutput
        #expect(
            output.contains("revision 1  \(SocioLabProcess.now)  by ana  reason: first list"), "\(output)")
        #expect(
            output.contains("revision 2  \(SocioLabProcess.now)  by tester  reason: renamed"), "\(output)")
        #expect(output.contains("insert organisation/o1"))
        #expect(output.contains("update organisation/o1"))
        #expect(output.contains("before: "))
        #expect(output.contains("Zadruga Sonce z.o.o."))

        let bare = try directory.sociolab("history", "o1", "--store", "s")
        #expect(bare.standardOutput == output)
        let unknown = try directory.sociolab("history", "o2", "--store", "s")
        #expect(unknown.exitCode == 1)
    }

    @Test("After erase-person, history shows the person's details as redacted and the name nowhere")
    func erasure() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            "id,given_name,family_name,gender,birth_date,employment_status,isced,consent_date,entry_date\n"
                + "p1,Ana,Novak,f,1990-01-01,employed,3,2019-01-01,2019-01-01\n",
            to: "persons.csv")
        #expect(try directory.sociolab("import", "--store", "s", "persons.csv").exitCode == 0)
        let before = try directory.sociolab("history", "p1", "--store", "s")
        #expect(before.standardOutput.contains("Novak"), "\(before)")

        let erase = try directory.sociolab(
            "erase-person", "p1", "--reason", "asked by the person", "--store", "s")
        #expect(erase.exitCode == 0, "\(erase)")
        let after = try directory.sociolab("history", "person/p1", "--store", "s")
        #expect(after.exitCode == 0, "\(after)")
        #expect(after.standardOutput.contains("[redacted"), "\(after)")
        #expect(after.standardOutput.contains("reason: asked by the person"))
        #expect(!after.standardOutput.contains("Novak"))
        #expect(!after.standardOutput.contains("\"Ana\""))
        let export = try directory.sociolab("export", "--store", "s")
        #expect(!export.standardOutput.contains("Novak"))
        #expect(export.standardOutput.contains("\"p1\""))
    }

    @Test("store verify and store compact keep the data")
    func storeMaintenance() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let before = try directory.sociolab("export", "--store", store)
        let verify = try directory.sociolab("store", "verify", "--store", store)
        #expect(verify.exitCode == 0, "\(verify)")
        #expect(verify.standardError.contains("sound"))
        let compact = try directory.sociolab("store", "compact", "--store", store)
        #expect(compact.exitCode == 0, "\(compact)")
        #expect(try directory.sociolab("store", "verify", "--store", store).exitCode == 0)
        #expect(try directory.sociolab("export", "--store", store).standardOutput == before.standardOutput)
    }
}
