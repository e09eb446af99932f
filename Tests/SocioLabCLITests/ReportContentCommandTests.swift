import Foundation
import Testing

/// Issue 15 through the CLI: `--by` shown by every renderer, a period after the operation's end refused,
/// a partner named and measured without the operation's targets.
struct ReportContentCommandTests {
    @Test("--by gender --by partner changes the text and Markdown reports", arguments: ["text", "markdown"])
    func breakdownsAreShown(format: String) throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let arguments = [
            "report", "--store", store, "--format", format, "--lang", "en", "--as-of", "2020-12-31",
        ]
        let plain = try directory.sociolab(arguments: arguments)
        let broken = try directory.sociolab(arguments: arguments + ["--by", "gender", "--by", "partner"])
        #expect(plain.exitCode == 0 && broken.exitCode == 0, "\(broken)")
        #expect(plain.standardOutput != broken.standardOutput)
        #expect(broken.standardOutput.contains("Gender"))
        #expect(broken.standardOutput.contains("Partner"))
        #expect(broken.standardOutput.contains("PRIZMA"))
    }

    @Test("A period that starts after the operation's end is refused with exit code 2")
    func periodAfterTheEnd() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--period", "2022", "--as-of", "2022-12-31", "--out", "r.txt")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains("starts after the operation's end"))
        #expect(result.standardError.contains("2021-12-31"))
        #expect(result.standardOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.path("r.txt").path))
        let slovenian = try directory.sociolab(
            "report", "--store", store, "--period", "2022", "--as-of", "2022-12-31", "--lang", "sl")
        #expect(slovenian.exitCode == 2, "\(slovenian)")
        #expect(
            slovenian.standardError.hasPrefix(
                "sociolab: napaka: možnost '--period': Obdobje 2022 se začne po koncu "
                    + "operacije (31. 12. 2021)"), "\(slovenian)")
    }

    @Test("--partner names the partner and gives its share, not a status against the operation's target")
    func partnerScope() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--partner", "prizma", "--lang", "en", "--as-of", "2020-12-31")
        #expect(result.exitCode == 0, "\(result)")
        let scopeLine = result.standardOutput.split(separator: "\n").first { $0.hasPrefix("Scope:") }
        #expect(scopeLine?.contains("PRIZMA") == true, "\(String(describing: scopeLine))")
        #expect(result.standardOutput.contains("share "))
        // The outputs have no status against the operation's targets; the finance section measures the
        // partner's absorption against its own budget, so it may say "behind".
        let outputs = result.standardOutput.components(separatedBy: "\nFinance").first ?? ""
        #expect(outputs.contains("OUT-05"), "\(result)")
        #expect(!outputs.contains(" behind"), "\(result)")
    }
}
