import Foundation
import Testing

/// `--progress`, `--quiet` and the progress line, end to end through the built `sociolab`.
struct ProgressCLITests {
    static let organisations =
        "id,name,legal_form,social_enterprise,municipality\no1,Zadruga Sonce,zadruga,yes,Ptuj\n"

    /// A directory with a new store `s` and `organisations.csv`.
    func prepared() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write(Self.organisations, to: "organisations.csv")
        let created = try directory.sociolab("init", "--store", "s")
        #expect(created.exitCode == 0, "\(created)")
        return directory
    }

    @Test func offATerminalOnlyTheSummaryIsWritten() throws {
        let directory = try prepared()
        let result = try directory.sociolab("import", "--store", "s", "organisations.csv")
        #expect(result.exitCode == 0)
        #expect(result.standardError == "Imported 1 insert(s), 0 update(s) as revision 1\n")
        #expect(result.standardOutput.isEmpty)
    }

    @Test(
        arguments: [
            ["import", "--store", "s", "organisations.csv"], ["validate", "--store", "s"],
            ["store", "compact", "--store", "s"],
            ["export", "--store", "s", "--format", "csv", "--out", "csv"],
        ])
    func quietWritesNothingButErrors(arguments: [String]) throws {
        let directory = try prepared()
        let result = try directory.sociolab(arguments: arguments + ["--quiet"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        let failed = try directory.sociolab(arguments: ["import", "--store", "s", "missing.csv", "-q"])
        #expect(failed.exitCode != 0)
        #expect(failed.standardError.contains("missing.csv"))
    }

    @Test(
        arguments: [
            (
                ["import", "--store", "s", "organisations.csv"],
                ["reading", "applying", "validating", "writing"]
            ),
            (["validate", "--store", "s"], ["validating"]),
            (["store", "compact", "--store", "s"], ["compacting"]),
            (["export", "--store", "s", "--format", "csv", "--out", "csv"], ["exporting"]),
            (["report", "--store", "s", "--as-of", "2020-12-31"], ["reporting"]),
        ])
    func jsonProgressIsOneObjectPerLineWithTheDocumentedKeys(arguments: [String], phases: [String]) throws {
        let directory = try prepared()
        if arguments[0] != "import" {
            #expect(try directory.sociolab("import", "--store", "s", "organisations.csv").exitCode == 0)
        }
        let result = try directory.sociolab(arguments: arguments + ["--progress", "json"])
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.standardError.split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(!lines.isEmpty, "\(result)")
        var seen: [String] = []
        for line in lines {
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            #expect(
                Set(object.keys) == [
                    "event", "phase", "name", "completed", "total", "unit", "fraction", "elapsed_seconds",
                    "remaining_seconds",
                ])
            let phase = try #require(object["phase"] as? String)
            if seen.last != phase { seen.append(phase) }
        }
        for phase in phases { #expect(seen.contains(phase), "\(phase) missing from \(seen)") }
        let last = try #require(
            lines.last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) }
                as? [String: Any])
        #expect(last["completed"] as? Int == last["total"] as? Int)
        // The summary still comes, on a line of its own, after the last object.
        #expect(!result.standardError.split(separator: "\n").last!.hasPrefix("{") || arguments[0] == "report")
    }

    @Test func slovenianJSONNamesThePhaseInSlovenian() throws {
        let directory = try prepared()
        let result = try directory.sociolab(
            "import", "--store", "s", "organisations.csv", "--progress", "json", "--lang", "sl")
        #expect(result.standardError.contains(#""name":"branje""#), "\(result)")
        #expect(result.standardError.contains("Uvoženo:"))
    }

    /// `script` runs the tool on a pseudo-terminal, as a person at a terminal would.
    static let script = URL(fileURLWithPath: "/usr/bin/script")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script.path)))
    func onATerminalTheLineIsClearedBeforeTheSummary() throws {
        let directory = try prepared()
        let command = [SocioLabProcess.executable.path, "import", "--store", "s", "organisations.csv"]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        let result = try SocioLabProcess.run(
            ["-q", "-e", "-c", command + " 2>&1", "/dev/null"], in: directory.url, program: Self.script)
        #expect(result.exitCode == 0, "\(result)")
        let shown = result.standardOutput
        #expect(shown.contains("\r\u{1B}[2Kreading"), "\(shown.debugDescription)")
        // The summary starts on a cleared line: never "validating …Imported" run together.
        #expect(
            shown.contains("\r\u{1B}[2KImported 1 insert(s), 0 update(s) as revision 1"),
            "\(shown.debugDescription)")
        let beforeSummary = shown.components(separatedBy: "Imported")[0]
        #expect(beforeSummary.hasSuffix("\r\u{1B}[2K"))
    }
}
