import Foundation
import Testing

/// Long numbers, bad UTF-8 and control characters given to `import`, with and without `--dry-run`: a
/// located error and exit 1, never a crash, nothing written (issue 12, items 6, 8 and 11).
struct LongNumberImportTests {
    static let numbers = [
        String(repeating: "9", count: 19), "12345678901234567890", String(repeating: "9", count: 40),
        String(repeating: "8", count: 400), "-" + String(repeating: "9", count: 20), "1e400",
    ]

    @Test(arguments: numbers)
    func aLongNumberIsALocatedErrorAndNoCrash(_ number: String) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let journal = try directory.read("s/journal.jsonl")
        try directory.write(
            "id,activity_id,person_id,status,hours\nx1,a1,p1,attended,\(number)\n", to: "participations.csv")
        try directory.write(
            "id,organisation_id,kind,start_date,fte\nj1,o1,created,2019-01-01,\(number)\n", to: "jobs.csv")
        for dryRun in [true, false] {
            let result = try directory.sociolab(
                arguments: ["import", "--store", "s"] + (dryRun ? ["--dry-run"] : [])
                    + ["participations.csv", "jobs.csv"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.standardError.contains("participations.csv:2:hours: "), "\(result)")
            #expect(result.standardError.contains("jobs.csv:2:fte: "), "\(result)")
            #expect(!result.standardError.contains("Fatal error"))
        }
        #expect(try directory.read("s/journal.jsonl") == journal)
    }

    @Test func aUTF8FileWithOneBadByteIsRefusedNamingLineAndColumn() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let bytes =
            Array("id,name,legal_form\no1,Čebelarsko društvo,zavod\no2,Kova".utf8) + [0xE8]
            + Array("ič,zavod\n".utf8)
        try directory.write(Data(bytes), to: "organisations.csv")
        let result = try directory.sociolab("import", "--dry-run", "--store", "s", "organisations.csv")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("organisations.csv:3"), "\(result)")
        #expect(result.standardError.contains("column 8"), "\(result)")
    }

    @Test func aControlCharacterInACellIsRefusedWithItsColumn() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write("id,name,legal_form\no1,\u{0}Sonce,zavod\n", to: "organisations.csv")
        let result = try directory.sociolab("import", "--store", "s", "organisations.csv")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("organisations.csv:2:name: "), "\(result)")
        #expect(result.standardError.contains("U+0000"), "\(result)")
    }
}
