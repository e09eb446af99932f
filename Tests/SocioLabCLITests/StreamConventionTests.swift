import Foundation
import Testing

/// Data to standard output, everything else (summaries, notes, warnings) to standard error — for every
/// command, as `Documentation/CLI.md` promises.
struct StreamConventionTests {
    /// What a run must have written where.
    enum Output {
        /// Nothing at all.
        case nothing
        /// Something that contains every one of these texts.
        case containing([String])
        /// One JSON document.
        case json
    }

    /// Runs one command and checks both streams; returns the run.
    @discardableResult
    static func check(
        _ directory: TemporaryDirectory, _ arguments: [String], exit: Int32 = 0, out: Output, err: Output
    ) throws -> CLIResult {
        let result = try directory.sociolab(arguments: arguments)
        let name = arguments.joined(separator: " ")
        #expect(result.exitCode == exit, "\(name): \(result)")
        for (stream, text, expected) in [
            ("stdout", result.standardOutput, out), ("stderr", result.standardError, err),
        ] {
            switch expected {
            case .nothing:
                #expect(text.isEmpty, "\(name) wrote to \(stream): \(text)")
            case .containing(let parts):
                for part in parts {
                    #expect(text.contains(part), "\(name): \(stream) lacks '\(part)': \(result)")
                }
            case .json:
                #expect(
                    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil,
                    "\(name): \(stream) is not one JSON document: \(result)")
            }
        }
        return result
    }

    @Test("every command writes its data to stdout and its summaries and notes to stderr")
    func everyCommand() throws {
        let directory = try TemporaryDirectory()
        let organisations =
            "id,name,legal_form,social_enterprise,municipality\no1,Zadruga Sonce,zadruga,yes,Ptuj\n"
        try directory.write(organisations, to: "organisations.csv")
        func c(
            _ directory: TemporaryDirectory, _ arguments: [String], _ exit: Int32, _ out: Output,
            _ err: Output
        )
            throws
        {
            try Self.check(directory, arguments, exit: exit, out: out, err: err)
        }

        try c(directory, ["init", "--store", "s"], 0, .nothing, .containing(["Created an empty store"]))
        try c(
            directory, ["import", "--store", "s", "organisations.csv", "--dry-run"], 0, .nothing,
            .containing(["Dry run: 1 insert(s)"]))
        try c(
            directory, ["import", "--store", "s", "organisations.csv", "--author", "ana"], 0, .nothing,
            .containing(["Imported 1 insert(s), 0 update(s) as revision 1"]))
        try c(
            directory, ["import", "--store", "s", "organisations.csv"], 0, .nothing,
            .containing(["Nothing to import"]))
        try c(directory, ["export", "--store", "s"], 0, .json, .nothing)
        try c(directory, ["export", "--store", "s", "--out", "-"], 0, .json, .nothing)
        try c(directory, ["export", "--store", "s", "--out", "all.json"], 0, .nothing, .nothing)
        try c(
            directory, ["export", "--store", "s", "--format", "csv", "--out", "csv"], 0, .nothing,
            .containing(["Exported 1 records to csv"]))
        try c(
            directory, ["validate", "--store", "s"], 0, .nothing,
            .containing(["0 error(s), 0 warning(s), 0 issue(s) in all"]))
        try c(directory, ["validate", "--store", "s", "--format", "json"], 0, .json, .nothing)
        try c(
            directory, ["report", "--store", "s", "--as-of", "2020-12-31"], 0, .containing(["OUT-05"]),
            .nothing)
        try c(directory, ["report", "--store", "s", "--format", "json"], 0, .json, .nothing)
        try c(
            directory, ["history", "--store", "s", "organisation/o1"], 0,
            .containing(["revision 1", "insert organisation/o1"]), .nothing)
        try c(directory, ["log", "--store", "s"], 0, .containing(["revision 1", "organisation"]), .nothing)
        try c(directory, ["log", "--store", "s", "--format", "json"], 0, .json, .nothing)
        try c(
            directory, ["log", "--store", "s", "--author", "nobody"], 0, .nothing,
            .containing(["note: no change set matches"]))
        try c(directory, ["status", "--store", "s"], 0, .containing(["revision:", "lock:"]), .nothing)
        try c(directory, ["info", "--store", "s", "--format", "json"], 0, .json, .nothing)
        try c(directory, ["version"], 0, .containing(["sociolab "]), .nothing)
        try c(directory, ["--version"], 0, .containing(["store format"]), .nothing)
        try c(directory, ["plugins"], 0, .containing(["training"]), .nothing)
        try c(
            directory, ["templates", "--out", "blank"], 0, .nothing, .containing(["Wrote the templates"]))
        try c(
            directory, ["store", "verify", "--store", "s"], 0, .nothing,
            .containing(["s: the store is sound at revision 1"]))
        try c(
            directory, ["store", "compact", "--store", "s"], 0, .nothing,
            .containing(["s: compacted at revision 1"]))

        try c(
            directory, ["demo", "--store", "d"], 0, .containing(["OUT-05"]),
            .containing(["Built the demo store at d"]))
        try c(
            directory, ["erase-person", "--store", "d", "p001", "--reason", "request"], 0, .nothing,
            .containing(["Erased the personal details of person/p001"]))
    }

    @Test("an error goes to stderr alone, and a failed import prints nothing on stdout")
    func errors() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write("id,name,legal_form\no1,,nonsense\n", to: "organisations.csv")
        try Self.check(
            directory, ["import", "--store", "s", "organisations.csv"], exit: 1, out: .nothing,
            err: .containing(["nothing was imported"]))
        try Self.check(
            directory, ["log", "--store", "missing"], exit: 3, out: .nothing,
            err: .containing(["no store at"]))
        try Self.check(
            directory, ["history", "--store", "s"], exit: 2, out: .nothing, err: .containing(["sociolab log"])
        )
    }
}
