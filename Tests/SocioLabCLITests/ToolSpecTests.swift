import SocioLabKit
import Testing

@testable import SocioLabCommandLine

/// The `sociolab` command line as data: sound, complete, and readable at 80 columns.
struct ToolSpecTests {
    @Test("The tool's description has no duplicate or misplaced names")
    func noProblems() {
        #expect(Tool.program.problems() == [])
    }

    @Test("Every command the issue asks for exists, in order")
    func commands() {
        #expect(
            Tool.program.commands.map(\.name) == [
                "init", "demo", "import", "export", "consolidate", "validate", "report", "claim", "history",
                "log",
                "status", "info", "erase-person", "plugins", "store", "templates", "version",
            ])
    }

    @Test("Every help page fits 80 columns", arguments: Tool.program.commands.map(\.name))
    func helpFits(command: String) throws {
        let spec = try #require(Tool.program.command(named: command))
        let help = HelpFormatter(program: Tool.program).help(for: spec)
        #expect(help.contains("USAGE: sociolab \(command)"))
        for line in help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test("--store is accepted before and after the command, and the report options parse")
    func storeAnywhere() throws {
        let before = try Tool.program.parse(["--store", "s", "report", "--format", "json", "--by", "gender"])
        let after = try Tool.program.parse(["report", "--format", "json", "--by", "gender", "--store", "s"])
        #expect(before.value("--store") == "s")
        #expect(after.value("--store") == "s")
        #expect(before.values("--by") == ["gender"])
        #expect(after.command == "report")
    }

    @Test(
        "Errors map to the documented exit codes",
        arguments: [
            ("store.locked", ExitCode.store), ("store.corrupt", ExitCode.store),
            ("store.missing", ExitCode.store),
            ("value.invalid", ExitCode.findings), ("change.conflict", ExitCode.findings),
        ])
    func exitCodes(code: String, expected: Int32) {
        let error = SocioLabError(SocioLabError.Code(rawValue: code), "message")
        #expect(ExitCode.code(for: error) == expected)
        #expect(ExitCode.code(for: UsageError(.usageUnknownOption, "x")) == ExitCode.usage)
    }
}
