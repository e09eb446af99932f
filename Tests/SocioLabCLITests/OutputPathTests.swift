import Foundation
import Testing

/// Every command that writes a file refuses a path inside a store (resolved, links followed) with exit 2,
/// replaces an existing file only with `--force`, and takes `--out -` as standard output (issue 12, item 2).
struct OutputPathTests {
    /// A command line that must be refused, with the symbolic links to make first.
    struct Refusal: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        /// The path as given (it must be named in the message).
        var out: String
        /// Links to make before the run: (link, its target).
        var links: [(String, String)] = []

        var description: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "report over the snapshot", arguments: ["report", "--out", "store/snapshot.json"],
            out: "store/snapshot.json"),
        Refusal(
            name: "report over the snapshot, with --force",
            arguments: ["report", "--format", "json", "--out", "store/snapshot.json", "--force"],
            out: "store/snapshot.json"),
        Refusal(
            name: "export over the journal", arguments: ["export", "--out", "store/journal.jsonl"],
            out: "store/journal.jsonl"),
        Refusal(
            name: "export over the journal, with --force",
            arguments: ["export", "--out", "store/journal.jsonl", "--force"], out: "store/journal.jsonl"),
        Refusal(
            name: "export over the history, with --force",
            arguments: ["export", "--out", "store/history.jsonl", "--force"], out: "store/history.jsonl"),
        Refusal(
            name: "a new file of any name in the store", arguments: ["report", "--out", "store/report.md"],
            out: "store/report.md"),
        Refusal(
            name: "the store directory itself, as a file",
            arguments: ["export", "--out", "store", "--force"],
            out: "store"),
        Refusal(
            name: "the store directory itself, for CSV",
            arguments: ["export", "--format", "csv", "--out", "store", "--force"], out: "store"),
        Refusal(
            name: "a new directory in the store, for CSV",
            arguments: ["export", "--format", "csv", "--out", "store/tables"], out: "store/tables"),
        Refusal(
            name: "new directories deeper in the store, for CSV",
            arguments: ["export", "--format", "csv", "--out", "store/a/b/tables"], out: "store/a/b/tables"),
        Refusal(
            name: "through '..'",
            arguments: ["report", "--out", "elsewhere/../store/journal.jsonl", "--force"],
            out: "elsewhere/../store/journal.jsonl"),
        Refusal(
            name: "through a link to the store's directory",
            arguments: ["report", "--out", "link/report.txt"], out: "link/report.txt",
            links: [("link", "store")]),
        Refusal(
            name: "through a link to the store's journal, with --force",
            arguments: ["export", "--out", "alias.jsonl", "--force"], out: "alias.jsonl",
            links: [("alias.jsonl", "store/journal.jsonl")]),
        Refusal(
            name: "through a dangling link into the store, with --force",
            arguments: ["export", "--out", "dangling.json", "--force"], out: "dangling.json",
            links: [("dangling.json", "store/new.json")]),
        Refusal(
            name: "through a link to a link of the store",
            arguments: ["report", "--out", "second/x.md"], out: "second/x.md",
            links: [("first", "store"), ("second", "first")]),
        Refusal(
            name: "the store given through a link, the output by its real path",
            arguments: ["export", "--store", "storelink", "--out", "store/journal.jsonl", "--force"],
            out: "store/journal.jsonl", links: [("storelink", "store")]),
        Refusal(
            name: "another store", arguments: ["export", "--out", "other/journal.jsonl", "--force"],
            out: "other/journal.jsonl"),
        Refusal(
            name: "a directory inside another store, for CSV",
            arguments: ["export", "--format", "csv", "--out", "other/tables"], out: "other/tables"),
    ]

    @Test(
        "A path inside a store is refused with exit 2, naming both paths; the store stays byte for byte",
        arguments: refusals)
    func refused(refusal: Refusal) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try DemoStoreTemplate.copy(into: directory, as: "other")
        try FileManager.default.createDirectory(
            at: directory.path("elsewhere"), withIntermediateDirectories: true)
        for (link, target) in refusal.links {
            try FileManager.default.createSymbolicLink(
                atPath: directory.path(link).path, withDestinationPath: target)
        }
        let before = try directory.digests("store")
        let otherBefore = try directory.digests("other")
        var arguments = refusal.arguments
        if !arguments.contains("--store") { arguments += ["--store", "store"] }
        let result = try directory.sociolab(arguments: arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains("'\(refusal.out)'"), "\(result)")
        #expect(result.standardError.contains("store"), "\(result)")
        #expect(result.standardError.contains(directory.url.resolvingSymlinksInPath().path), "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(try directory.digests("store") == before)
        #expect(try directory.digests("other") == otherBefore)
    }

    @Test("The message names the output as given and the store it reads")
    func messageNamesBothPaths() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab("report", "--store", "store", "--out", "store/snapshot.json")
        #expect(result.exitCode == 2)
        let real = directory.url.resolvingSymlinksInPath().path
        #expect(
            result.standardError.contains(
                "sociolab: error: refusing to write 'store/snapshot.json': it resolves to "
                    + "\(real)/store/snapshot.json, inside the store 'store' (\(real)/store) that this command "
                    + "reads; give a path outside the store"), "\(result)")
    }

    @Test(
        "An existing file is replaced only with --force",
        arguments: [
            ["report", "--format", "markdown"], ["export"],
        ])
    func existingFileNeedsForce(command: [String]) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try directory.write("old contents\n", to: "out.txt")
        let refused = try directory.sociolab(arguments: command + ["--store", "store", "--out", "out.txt"])
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.standardError.contains("'out.txt' already exists; add --force to replace it"))
        #expect(try directory.read("out.txt") == Data("old contents\n".utf8))

        let forced = try directory.sociolab(
            arguments: command + ["--store", "store", "--out", "out.txt", "--force"])
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try directory.read("out.txt") != Data("old contents\n".utf8))
        // Nothing is left beside it: the temporary file took the name.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
            .filter { !$0.hasPrefix(".stdout-") && !$0.hasPrefix(".stderr-") }.sorted()
        #expect(names == ["out.txt", "store"])
    }

    @Test("A command that fails before writing leaves an existing output as it was, even with --force")
    func failureLeavesTheOldFile() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try directory.write("old\n", to: "report.txt")
        let badPartner = try directory.sociolab(
            "report", "--store", "store", "--partner", "nobody", "--out", "report.txt", "--force")
        #expect(badPartner.exitCode == 2, "\(badPartner)")
        let noStore = try directory.sociolab("report", "--store", "missing", "--out", "report.txt", "--force")
        #expect(noStore.exitCode == 3, "\(noStore)")
        #expect(try directory.read("report.txt") == Data("old\n".utf8))
    }

    @Test("A CSV export does not replace the tables of a directory without --force")
    func csvDirectoryNeedsForce() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try FileManager.default.createDirectory(
            at: directory.path("tables"), withIntermediateDirectories: true)
        try directory.write("keep\n", to: "tables/persons.csv")
        try directory.write("mine\n", to: "tables/notes.txt")
        let refused = try directory.sociolab(
            "export", "--store", "store", "--format", "csv", "--out", "tables")
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(
            refused.standardError.contains("'tables' already holds persons.csv; add --force"), "\(refused)")
        #expect(try directory.read("tables/persons.csv") == Data("keep\n".utf8))
        let forced = try directory.sociolab(
            "export", "--store", "store", "--format", "csv", "--out", "tables", "--force")
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try directory.read("tables/persons.csv").count > 1000)
        #expect(try directory.read("tables/notes.txt") == Data("mine\n".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path("tables").path)
        // 14 tables (the demo has finance, issue 16) and notes.txt.
        #expect(names.count == 15, "\(names.sorted())")
    }

    @Test("A directory where a file is wanted, or a file where a directory is wanted, exits 2")
    func wrongKind() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try FileManager.default.createDirectory(
            at: directory.path("folder"), withIntermediateDirectories: true)
        try directory.write("x\n", to: "file.txt")
        let report = try directory.sociolab("report", "--store", "store", "--out", "folder", "--force")
        #expect(report.exitCode == 2, "\(report)")
        #expect(report.standardError.contains("'folder' is a directory"))
        let csv = try directory.sociolab(
            "export", "--store", "store", "--format", "csv", "--out", "file.txt", "--force")
        #expect(csv.exitCode == 2, "\(csv)")
        #expect(csv.standardError.contains("'file.txt' is a file"))
        #expect(try directory.read("file.txt") == Data("x\n".utf8))
        let missingParent = try directory.sociolab("report", "--store", "store", "--out", "nowhere/r.txt")
        #expect(missingParent.exitCode == 1, "\(missingParent)")
        #expect(missingParent.standardError.contains("does not exist"))
    }

    @Test("--out - writes to standard output; a CSV export refuses it with exit 2")
    func dashIsStandardOutput() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let report = try directory.sociolab(
            "report", "--store", "store", "--out", "-", "--as-of", "2020-12-31")
        #expect(report.exitCode == 0, "\(report)")
        #expect(report.standardOutput.contains("OUT-05"))
        let json = try directory.sociolab("export", "--store", "store", "--out", "-")
        let plain = try directory.sociolab("export", "--store", "store")
        #expect(json.exitCode == 0)
        #expect(json.standardOutput == plain.standardOutput)
        let csv = try directory.sociolab("export", "--store", "store", "--format", "csv", "--out", "-")
        #expect(csv.exitCode == 2, "\(csv)")
        #expect(csv.standardError.contains("cannot go to standard output"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("-").path))
    }

    @Test(
        "init and demo refuse a store inside another store",
        arguments: [["init", "--store", "store/nested"], ["demo", "--store", "store/demo"]])
    func newStoreInsideAStore(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let before = try directory.digests("store")
        let result = try directory.sociolab(arguments: arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains("inside the SocioLab store"), "\(result)")
        #expect(try directory.digests("store") == before)
    }

    @Test(
        "Standard output redirected into the store is refused and nothing is written",
        arguments: [["export"], ["report"], ["history", "p001"], ["validate"]])
    func standardOutputIntoTheStore(command: [String]) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let before = try directory.digests("store")
        let journal = try FileHandle(forWritingTo: directory.path("store/journal.jsonl"))
        defer { try? journal.close() }
        try journal.seekToEnd()
        let result = try directory.sociolab(
            arguments: command + ["--store", "store"], standardOutput: journal)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains("standard output goes to 'store/journal.jsonl'"), "\(result)")
        #expect(try directory.digests("store") == before)
    }
}
