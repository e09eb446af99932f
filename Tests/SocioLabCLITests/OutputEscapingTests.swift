import Foundation
import Testing

/// User data on the terminal and in reports is shown, never obeyed: control characters and escape
/// sequences become visible escapes, Markdown special characters are escaped, and a CSV export refuses a
/// value it could not read back (issue 12, item 11).
struct OutputEscapingTests {
    /// Whether text holds a byte or character a terminal would obey: C0 but line feed, DEL, C1, or the
    /// line separators and bidi controls.
    static func holdsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }

    /// A demo store with one more info point, imported with the given author and reason.
    static func store(
        in directory: TemporaryDirectory, name: String = "Točka Ptuj", author: String = "tester",
        reason: String = "test"
    ) throws {
        try DemoStoreTemplate.copy(into: directory)
        let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try directory.write(
            "id,name,municipality,host_partner,opened_on\nip-x,\(quoted),,prizma,2019-01-01\n",
            to: "info_points.csv")
        let imported = try directory.sociolab(
            arguments: [
                "import", "--store", "store", "info_points.csv", "--author", author, "--reason", reason,
            ])
        #expect(imported.exitCode == 0, "\(imported)")
    }

    @Test("history shows an author's and a reason's control characters and escape sequences as escapes")
    func history() throws {
        let directory = try TemporaryDirectory()
        let author = "\u{1B}[2J\u{1B}[31mmallory\r"
        let reason = "ok\u{9B}31m \u{202E}live\u{7}\nrevision 99  forged line"
        try Self.store(in: directory, author: author, reason: reason)
        let result = try directory.sociolab("history", "--store", "store", "info_point/ip-x")
        #expect(result.exitCode == 0, "\(result)")
        #expect(!Self.holdsControls(result.standardOutput), "\(result)")
        #expect(
            result.standardOutput.contains(
                "by \\u{1B}[2J\\u{1B}[31mmallory\\u{D}  reason: ok\\u{9B}31m \\u{202E}live\\u{7}\\u{A}revision 99"
            ),
            "\(result)")
        // The line break in the reason did not make a second revision line.
        let revisions = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("revision ") }
        #expect(revisions.count == 1, "\(result)")
    }

    @Test(
        "An error that quotes a value shows its control characters as escapes",
        arguments: [
            ["report", "--partner", "\u{1B}]0;owned\u{7}"], ["history", "\u{1B}[31mp001\u{1B}[0m"],
            ["report", "--period", "2019\u{1B}[1A"],
        ])
    func errorsQuotingValues(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(arguments: arguments + ["--store", "store"])
        #expect(result.exitCode != 0)
        #expect(result.standardError.contains("\\u{1B}"), "\(result)")
        #expect(!Self.holdsControls(result.standardError), "\(result)")
    }

    @Test("The Markdown report shows an info point's name as text")
    func markdownReport() throws {
        let directory = try TemporaryDirectory()
        let name = "<script>alert(1)</script> [x](javascript:alert(1)) a|b `c` # h *e*"
        try Self.store(in: directory, name: name)
        let result = try directory.sociolab(
            "report", "--store", "store", "--format", "markdown", "--by", "info_point", "--as-of",
            "2020-12-31")
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.standardOutput.contains(
                "| \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) a\\|b \\`c\\` \\# h \\*e\\* |"
            ),
            "\(result)")
        #expect(!result.standardOutput.contains("<script>"))
        let html = try directory.sociolab(
            "report", "--store", "store", "--format", "html", "--by", "info_point", "--as-of", "2020-12-31")
        #expect(html.exitCode == 0)
        #expect(!html.standardOutput.contains("<script>"))
    }

    @Test(
        "A CSV export refuses a value the CSV import could not read back; nothing is written",
        arguments: ["\u{FEFF}", "\u{FFFD}"])
    func csvExportRefusesWhatItCannotReadBack(character: String) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "store").exitCode == 0)
        // Through a JSON document, which can carry the character.
        let empty = try directory.sociolab("export", "--store", "store")
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(empty.standardOutput.utf8)) as? [String: Any])
        document["info_points"] = [
            ["id": "ip-x", "name": "Točka" + character + "Ptuj", "host_partner": "prizma"]
        ]
        try directory.write(try JSONSerialization.data(withJSONObject: document), to: "in.json")
        let imported = try directory.sociolab("import", "--store", "store", "in.json")
        #expect(imported.exitCode == 0, "\(imported)")

        let export = try directory.sociolab(
            "export", "--store", "store", "--format", "csv", "--out", "tables")
        #expect(export.exitCode == 1, "\(export)")
        #expect(export.standardError.contains("info_points.csv:2:name info_point/ip-x: "), "\(export)")
        #expect(export.standardError.contains("[export.unwritable-character]"), "\(export)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("tables").path))
        // The JSON export still carries it, exactly.
        let json = try directory.sociolab("export", "--store", "store")
        #expect(json.standardOutput.contains("Točka" + character + "Ptuj"))
    }
}
