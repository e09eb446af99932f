import Foundation
import Testing

/// `export` then `import` into a new store gives the same dataset, in both formats.
struct ImportExportTests {
    @Test("JSON: export, import into a new store, export again: the same bytes")
    func jsonRoundTrip() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let original = try directory.sociolab("export", "--store", "store", "--out", "original.json")
        #expect(original.exitCode == 0, "\(original)")
        #expect(try directory.sociolab("init", "--store", "copy").exitCode == 0)
        let imported = try directory.sociolab("import", "--store", "copy", "original.json", "--author", "ana")
        #expect(imported.exitCode == 0, "\(imported)")
        #expect(imported.standardError.contains("as revision 1"))
        let again = try directory.sociolab("export", "--store", "copy")
        #expect(again.exitCode == 0)
        #expect(Data(again.standardOutput.utf8) == (try directory.read("original.json")))

        let twice = try directory.sociolab("import", "--store", "copy", "original.json")
        #expect(twice.exitCode == 0)
        #expect(twice.standardError.contains("Nothing to import"))
    }

    @Test(
        "CSV (plain and --excel): one file per table; re-imported, the dataset is identical",
        arguments: [false, true])
    func csvRoundTrip(excel: Bool) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        var arguments = ["export", "--store", "store", "--format", "csv", "--out", "tables"]
        if excel { arguments.append("--excel") }
        let export = try directory.sociolab(arguments: arguments)
        #expect(export.exitCode == 0, "\(export)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("tables").path)
            .sorted()
        #expect(
            files == [
                "activities.csv", "budget_lines.csv", "cost_items.csv", "development_plans.csv",
                "info_points.csv",
                "jobs.csv", "milestones.csv", "organisations.csv", "participations.csv",
                "payment_claim_items.csv",
                "payment_claims.csv", "persons.csv", "products.csv",
                "support_programmes.csv",
            ])
        let persons = try directory.read("tables/persons.csv")
        if excel {
            #expect(persons.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(String(decoding: persons, as: UTF8.self).contains(";"))
            #expect(String(decoding: persons, as: UTF8.self).contains("\r\n"))
        } else {
            #expect(!persons.starts(with: [0xEF, 0xBB, 0xBF]))
        }

        #expect(try directory.sociolab("init", "--store", "copy").exitCode == 0)
        // Reversed order on the command line: the import does not depend on it.
        let imported = try directory.sociolab(
            arguments: ["import", "--store", "copy"] + files.reversed().map { "tables/\($0)" })
        #expect(imported.exitCode == 0, "\(imported)")
        let before = try directory.sociolab("export", "--store", "store")
        let after = try directory.sociolab("export", "--store", "copy")
        #expect(!before.standardOutput.isEmpty)
        #expect(before.standardOutput == after.standardOutput)
    }

    @Test("--dry-run validates and writes nothing")
    func dryRun() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        #expect(try directory.sociolab("export", "--store", "store", "--out", "all.json").exitCode == 0)
        #expect(try directory.sociolab("init", "--store", "empty").exitCode == 0)
        let journal = try directory.read("empty/journal.jsonl")
        let result = try directory.sociolab("import", "--dry-run", "--store", "empty", "all.json")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.contains("Dry run"))
        #expect(try directory.read("empty/journal.jsonl") == journal)
        let export = try directory.sociolab("export", "--store", "empty")
        #expect(!export.standardOutput.contains("\"p001\""))
    }

    @Test("Files of one call are one change set: an error in any file keeps every file out")
    func allOrNothing() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            "id,name,legal_form,social_enterprise,municipality\no1,Zadruga Sonce,zadruga,yes,Ptuj\n",
            to: "organisations.csv")
        try directory.write(
            "id,organisation_id,kind,start_date,fte\nj1,o1,created,2019-02-30,1\n", to: "jobs.csv")
        let bad = try directory.sociolab("import", "--store", "s", "jobs.csv", "organisations.csv")
        #expect(bad.exitCode == 1, "\(bad)")
        #expect(bad.standardError.contains("jobs.csv:2:start_date:"), "\(bad)")
        #expect(!(try directory.sociolab("export", "--store", "s").standardOutput.contains("Zadruga Sonce")))

        try directory.write(
            "id,organisation_id,kind,start_date,fte\nj1,o1,created,28.02.2019,1\n", to: "jobs.csv")
        let good = try directory.sociolab("import", "--store", "s", "jobs.csv", "organisations.csv")
        #expect(good.exitCode == 0, "\(good)")
        let export = try directory.sociolab("export", "--store", "s")
        #expect(export.standardOutput.contains("Zadruga Sonce"))
        #expect(export.standardOutput.contains("2019-02-28"))
    }

    /// The same organisations file in each encoding Slovenian spreadsheets write.
    static let encodedFiles: [(name: String, bytes: [UInt8])] = {
        let text =
            "id;name;legal_form;social_enterprise;municipality\r\no1;Zadruga Žarek Čebelica;zadruga;yes;Šentilj\r\n"
        let windows1250: [Character: UInt8] = ["Ž": 0x8E, "Č": 0xC8, "Š": 0x8A]
        let cp1250 = text.map { character in windows1250[character] ?? UInt8(character.asciiValue!) }
        return [
            ("UTF-8", Array(text.utf8)),
            ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
            (
                "UTF-16 LE with BOM",
                [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            ),
            ("Windows-1250", cp1250),
        ]
    }()

    @Test("CSV in each encoding Slovenian spreadsheets write is detected and read", arguments: encodedFiles)
    func encodings(name: String, bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(Data(bytes), to: "organisations.csv")
        let result = try directory.sociolab("import", "--store", "s", "organisations.csv")
        #expect(result.exitCode == 0, "\(name): \(result)")
        let export = try directory.sociolab("export", "--store", "s")
        #expect(export.standardOutput.contains("Zadruga Žarek Čebelica"), "\(name)")
    }
}
