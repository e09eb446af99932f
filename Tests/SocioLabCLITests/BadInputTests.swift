import Foundation
import Testing

/// Bad files given to `import`: a clear error naming the file (and line and column where there is one),
/// exit 1, nothing written, never a crash — with and without `--dry-run`.
struct BadInputTests {
    /// One bad file and what its error must say.
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var file: String
        var bytes: [UInt8]
        var mentions: [String]

        var description: String { name }

        init(_ name: String, file: String, bytes: [UInt8], mentions: [String]) {
            self.name = name
            self.file = file
            self.bytes = bytes
            self.mentions = mentions
        }

        init(_ name: String, file: String, text: String, mentions: [String]) {
            self.init(name, file: file, bytes: Array(text.utf8), mentions: mentions)
        }
    }

    static let personsHeader =
        "id,given_name,family_name,emso,gender,birth_date,municipality,employment_status,isced,consent_date,entry_date\n"

    static let cases: [Case] = [
        Case(
            "not CSV (a binary file)", file: "activities.csv",
            bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x00, 0x01],
            mentions: ["activities.csv:1:", "not CSV"]),
        Case(
            "unknown header", file: "organisations.csv", text: "id,nmae,legal_form\no1,Sonce,zadruga\n",
            mentions: ["organisations.csv:", "name"]),
        Case(
            "a byte order mark in the middle", file: "support_programmes.csv",
            text: "id,title,approved_on\ns1,\u{FEFF}Programme,2019-01-01\n",
            mentions: ["support_programmes.csv:2", "byte order mark"]),
        Case(
            "wrong encoding (U+FFFD)", file: "support_programmes.csv",
            text: "id,title,approved_on\ns1,Vzgoja za podjetni\u{FFFD}tvo,2019-01-01\n",
            mentions: ["support_programmes.csv:2", "U+FFFD"]),
        Case(
            "an unterminated quote", file: "jobs.csv",
            text: "id,organisation_id,kind,start_date,fte\nj1,\"o1,created,2019-01-01,1\n",
            mentions: ["jobs.csv:2", "closing quote"]),
        Case(
            "a line over 1 MB", file: "milestones.csv",
            text: "id,output,title,achieved_on\nm1,OUT-01," + String(repeating: "x", count: 1_100_000)
                + ",2019-01-01\n",
            mentions: ["milestones.csv:2", "1048576"]),
        Case(
            "a bad date", file: "persons.csv",
            text: personsHeader + "p1,Ana,Novak,,f,1990-13-01,Ptuj,employed,3,2019-01-01,2019-01-01\n",
            mentions: ["persons.csv:2:birth_date: "]),
        Case(
            "a bad EMŠO", file: "persons.csv",
            text: personsHeader
                + "p1,Ana,Novak,0101990505001,f,1990-01-01,Ptuj,employed,3,2019-01-01,2019-01-01\n",
            mentions: ["persons.csv:2:emso: "]),
        Case(
            "a bad date in Slovenian form, on the third line", file: "persons.csv",
            text: personsHeader + "p1,Ana,Novak,,f,01.01.1990,Ptuj,employed,3,2019-01-01,2019-01-01\n"
                + "p2,Bor,Kos,,m,31.02.1985,Ptuj,employed,3,2019-01-01,2019-01-01\n",
            mentions: ["persons.csv:3:birth_date: "]),
        Case(
            "a file name that names no table", file: "notes.csv", text: "id,text\n1,hello\n",
            mentions: ["notes.csv: ", "organisations.csv"]),
        Case("an empty file", file: "products.csv", text: "", mentions: ["products.csv"]),
        Case(
            "a JSON file that is not a dataset document", file: "data.json", text: "[1, 2, 3]\n",
            mentions: ["data.json: "]),
    ]

    @Test("A bad file: exit 1, every error as FILE:LINE:COLUMN: message, nothing written", arguments: cases)
    func badFile(_ input: Case) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let journal = try directory.read("s/journal.jsonl")
        let snapshot = try directory.read("s/snapshot.json")
        try directory.write(Data(input.bytes), to: input.file)

        let result = try directory.sociolab("import", "--store", "s", input.file)
        #expect(result.exitCode == 1, "\(result)")
        for text in input.mentions { #expect(result.standardError.contains(text), "\(text): \(result)") }
        #expect(result.standardError.contains("nothing was imported"))
        #expect(!result.standardError.contains("Fatal error"))

        let dryRun = try directory.sociolab("import", "--dry-run", "--store", "s", input.file)
        #expect(dryRun.exitCode == 1)
        #expect(dryRun.standardError == result.standardError)

        #expect(try directory.read("s/journal.jsonl") == journal)
        #expect(try directory.read("s/snapshot.json") == snapshot)
    }

    @Test("Every error of every file is printed, one a line, before the exit")
    func everyErrorIsPrinted() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            Self.personsHeader + "p1,Ana,Novak,,q,1990-13-01,Ptuj,employed,3,2019-01-01,2019-01-01\n"
                + "p2,Bor,Kos,,m,1985-02-03,Atlantis,employed,3,2019-01-01,2019-01-01\n",
            to: "persons.csv")
        try directory.write(
            "id,organisation_id,kind,start_date,fte\nj1,o1,made,2019-01-01,1\n", to: "jobs.csv")
        let result = try directory.sociolab("import", "--store", "s", "persons.csv", "jobs.csv")
        #expect(result.exitCode == 1, "\(result)")
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("persons.csv:2:gender: ") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("persons.csv:2:birth_date: ") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("persons.csv:3:municipality: ") }, "\(result)")
        #expect(lines.contains { $0.hasPrefix("jobs.csv:2:kind: ") }, "\(result)")
    }

    @Test("A file that does not exist: exit 1 naming it")
    func missingFile() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let result = try directory.sociolab("import", "--store", "s", "persons.csv")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.hasPrefix("persons.csv: "), "\(result)")
    }
}
