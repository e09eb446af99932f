import Foundation
import Testing

/// `--as PARTNER` (issue 17, part 1): a command acting as a partner prints no other partner's participant's
/// personal details, writes only the partner's records, and records the partner in the change set.
struct PartnerScopeCLITests {
    /// tkalka's own participant: citilab must never read her name, e-mail or EMŠO.
    static let hidden = ["Bernarda", "Zupančič", "bernarda.zupancic@example.si", "1506998501231"]

    /// A store with two activities (citilab's and tkalka's), three persons and their participations,
    /// imported by the administrator.
    static func store() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            """
            id,kind,title,pillar,partners,start_date,status,details
            a-cit,training,Citilab training,2,citilab,2019-10-03,held,"{""hours"":8}"
            a-tka,training,Tkalka training,2,tkalka,2019-10-03,held,"{""hours"":8}"

            """, to: "activities.csv")
        try directory.write(
            """
            id,given_name,family_name,emso,email,gender,birth_date,consent_date,enrolled_by
            p-cit,Cvetka,Citilabnik,,cvetka@example.si,f,1990-01-01,2019-09-01,citilab
            p-tka,Bernarda,Zupančič,1506998501231,bernarda.zupancic@example.si,f,1998-06-15,2019-09-01,tkalka
            p-both,Boris,Obeh,,boris@example.si,m,1985-02-02,2019-09-01,tkalka

            """, to: "persons.csv")
        try directory.write(
            """
            id,activity_id,person_id,status
            r1,a-cit,p-cit,attended
            r2,a-tka,p-tka,attended
            r3,a-cit,p-both,attended

            """, to: "participations.csv")
        let imported = try directory.sociolab(
            "import", "--store", "s", "activities.csv", "persons.csv", "participations.csv")
        #expect(imported.exitCode == 0, "\(imported)")
        return directory
    }

    static func leaks(_ text: String) -> [String] { hidden.filter { text.contains($0) } }

    @Test(
        "No read command run as citilab prints tkalka's participant's name, e-mail or EMŠO",
        arguments: [
            ["export", "--format", "json"], ["history", "person/p-tka"], ["history", "p-tka"],
            ["validate", "--format", "json"], ["validate"], ["report", "--format", "json"],
            ["report", "--format", "markdown", "--partner", "citilab"],
        ])
    func readsHideOtherPartnersDetails(command: [String]) throws {
        let directory = try Self.store()
        let scoped = try directory.sociolab(arguments: command + ["--store", "s", "--as", "citilab"])
        #expect([0, 1].contains(scoped.exitCode), "\(scoped)")
        let output = scoped.standardOutput + scoped.standardError
        #expect(Self.leaks(output).isEmpty, "\(Self.leaks(output)) in \(scoped)")
        if command.first == "export" {
            #expect(output.contains("Cvetka") && output.contains("Boris"))
            // The administrator's export holds them: the check above can fail.
            let whole = try directory.sociolab(arguments: command + ["--store", "s"])
            #expect(Self.leaks(whole.standardOutput).count == Self.hidden.count)
        }
    }

    @Test("A CSV export as citilab holds no byte of tkalka's participant's details")
    func csvExportHidesDetails() throws {
        let directory = try Self.store()
        let result = try directory.sociolab(
            "export", "--store", "s", "--as", "citilab", "--format", "csv", "--out", "out")
        #expect(result.exitCode == 0, "\(result)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("out").path)
        #expect(files.contains("persons.csv"))
        for file in files {
            let text = String(decoding: try directory.read("out/" + file), as: UTF8.self)
            #expect(Self.leaks(text).isEmpty, "\(file): \(Self.leaks(text))")
        }
        let persons = String(decoding: try directory.read("out/persons.csv"), as: UTF8.self)
        #expect(persons.contains("p-tka,,,,,f,1998-06-15,"))
    }

    @Test("An import as citilab enrols new persons for citilab, and log and history name the partner")
    func importRecordsThePartner() throws {
        let directory = try Self.store()
        try directory.write("id,given_name,gender\np-new,Nika,f\n", to: "new.csv")
        let imported = try directory.sociolab(
            "import", "--store", "s", "--as", "citilab", "--entity", "persons", "new.csv")
        #expect(imported.exitCode == 0, "\(imported)")
        let export = try directory.sociolab("export", "--store", "s", "--format", "json")
        #expect(export.standardOutput.contains("\"enrolled_by\" : \"citilab\""), "\(export)")
        let log = try directory.sociolab("log", "--store", "s", "-n", "1")
        #expect(log.standardOutput.contains("as partner citilab"), "\(log)")
        let history = try directory.sociolab("history", "--store", "s", "person/p-new")
        #expect(history.standardOutput.contains("  as partner citilab  reason: "), "\(history)")
    }

    @Test("An import as citilab that changes tkalka's person is rejected whole with scope.partner-write")
    func importOutsideScopeIsRejected() throws {
        let directory = try Self.store()
        let before = try directory.digests("s")
        try directory.write(
            "id,title,kind,start_date,status,partners,details\na-mine,Mine,training,2019-11-01,held,citilab,"
                + "\"{\"\"hours\"\":8}\"\n", to: "activities.csv")
        try directory.write("id,gender\np-tka,x\n", to: "persons.csv")
        let result = try directory.sociolab(
            "import", "--store", "s", "--as", "citilab", "activities.csv", "persons.csv")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("[scope.partner-write]"), "\(result)")
        #expect(result.standardError.contains("p-tka"), "\(result)")
        #expect(try directory.digests("s") == before)
    }

    @Test("erase-person as citilab of tkalka's person is refused; as tkalka it erases")
    func erasureIsTheEnrollingPartners() throws {
        let directory = try Self.store()
        let refused = try directory.sociolab(
            "erase-person", "p-tka", "--store", "s", "--as", "citilab", "--reason", "asked")
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.standardError.contains("[scope.denied]"), "\(refused)")
        let erased = try directory.sociolab(
            "erase-person", "p-tka", "--store", "s", "--as", "tkalka", "--reason", "asked")
        #expect(erased.exitCode == 0, "\(erased)")
    }

    @Test(
        "An unknown --as partner is a usage error listing the partners",
        arguments: ["export", "validate", "report"])
    func unknownPartner(command: String) throws {
        let directory = try Self.store()
        let result = try directory.sociolab(command, "--store", "s", "--as", "nobody")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == "sociolab: error: option '--as' does not accept 'nobody'; use one of prizma, citilab, "
                + "prj-halo, ra-slovenske-gorice, ric-slovenska-bistrica, stajerska-gz, tkalka, zavod-pip, "
                + "caap, zses, bistra-ptuj [usage.invalid-value]\n",
            "\(result)")
    }
}
