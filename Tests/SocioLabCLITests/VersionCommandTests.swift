import Foundation
import Testing

/// `sociolab --version`, `-V` and `version`.
struct VersionCommandTests {
    @Test(
        "every spelling prints the version, the store formats and the Swift version, and exits 0",
        arguments: [
            ["--version"], ["-V"], ["version"], ["--store", "elsewhere", "--version"], ["-V", "-l", "en"],
        ])
    func spellings(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab(arguments: arguments)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(result)")
        #expect(lines.first?.hasPrefix("sociolab ") == true)
        #expect(
            lines.contains(
                "store format: reads versions 1–3, writes version 2 (3 once a new store took an import)"),
            "\(result)")
        #expect(lines.contains("dataset document (import, export): version 1"), "\(result)")
        #expect(lines.last?.hasPrefix("built with Swift 6.") == true, "\(result)")
    }

    @Test("all spellings print the same, and Slovenian with --lang sl")
    func sameAndSlovenian() throws {
        let directory = try TemporaryDirectory()
        let outputs = try [["--version"], ["-V"], ["version"]].map {
            try directory.sociolab(arguments: $0).standardOutput
        }
        #expect(Set(outputs).count == 1)
        let slovenian = try directory.sociolab("version", "--lang", "sl")
        #expect(
            slovenian.standardOutput.contains(
                "oblika shrambe: bere različice 1–3, piše različico 2 (3, ko je nova shramba prejela uvoz)"))
        #expect(slovenian.standardOutput.contains("zgrajeno s Swift 6."))
        let help = try directory.sociolab("--help")
        #expect(help.standardOutput.contains("--version"), "\(help)")
        #expect(help.standardOutput.contains("version"), "\(help)")
    }
}
