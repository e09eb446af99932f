import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every exit code of the tool: 0 success, 1 findings, 2 usage, 3 store.
struct ExitCodeTests {
    // MARK: 0

    @Test("Help on every command exits 0 and shows the command's usage")
    func helpOnEveryCommand() throws {
        let directory = try TemporaryDirectory()
        for command in [
            "init", "demo", "import", "export", "validate", "report", "history", "erase-person",
            "plugins", "store",
        ] {
            let result = try directory.sociolab(command, "--help")
            #expect(result.exitCode == 0, "\(command): \(result)")
            #expect(result.standardOutput.contains("USAGE: sociolab \(command)"), "\(command)")
            let viaHelp = try directory.sociolab("help", command)
            #expect(viaHelp.standardOutput == result.standardOutput)
        }
        let top = try directory.sociolab("--help")
        #expect(top.exitCode == 0)
        #expect(top.standardOutput.contains("erase-person"))
    }

    @Test("plugins lists the six standard activity kinds")
    func plugins() throws {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab("plugins")
        #expect(result.exitCode == 0)
        for kind in ["training", "mentoring", "fair", "conference", "competition", "campaign"] {
            #expect(result.standardOutput.contains(kind))
        }
        #expect(result.standardOutput.contains("training  Training"))
        #expect(!result.standardOutput.contains("\\u{9}"), "a tab is printed escaped")
    }

    @Test(
        "The store comes from --store (before or after the command), else $SOCIOLAB_STORE, else ./sociolab-store"
    )
    func storeResolution() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init").exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: directory.path("sociolab-store/snapshot.json").path))
        #expect(try directory.sociolab("--store", "before", "init").exitCode == 0)
        #expect(try directory.sociolab("init", "--store", "after").exitCode == 0)
        #expect(try directory.sociolab("init", "--store=equals").exitCode == 0)
        #expect(try directory.sociolab("init", environment: ["SOCIOLAB_STORE": "from-env"]).exitCode == 0)
        for name in ["before", "after", "equals", "from-env"] {
            #expect(
                FileManager.default.fileExists(atPath: directory.path("\(name)/snapshot.json").path),
                "\(name)")
        }
        let validate = try directory.sociolab("validate", environment: ["SOCIOLAB_STORE": "from-env"])
        #expect(validate.exitCode == 0, "\(validate)")
    }

    // MARK: 1

    @Test("validate exits 0 on the demo (warnings only) and prints every issue with its rule id")
    func validateDemo() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let text = try directory.sociolab("validate", "--store", "store")
        #expect(text.exitCode == 0, "\(text)")
        #expect(text.standardError.contains("0 error(s)"))
        let json = try directory.sociolab("validate", "--store", "store", "--format", "json")
        #expect(json.exitCode == 0)
        let issues =
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(issues?.allSatisfy { $0["rule"] != nil && $0["severity"] != nil } == true)
    }

    @Test("An import with an invalid record exits 1 and writes nothing")
    func importFindings() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            "id,activity_id,person_id,organisation_id,role,status,hours\nx1,no-such-activity,,,participant,attended,2\n",
            to: "participations.csv")
        let result = try directory.sociolab("import", "--store", "s", "participations.csv")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardError.contains("participations.csv:2:activity_id: error: "), "\(result)")
        #expect(result.standardError.contains("nothing was imported"))
        let export = try directory.sociolab("export", "--store", "s")
        #expect(!export.standardOutput.contains("x1"))
    }

    // MARK: 2

    @Test(
        "Usage errors exit 2 and name what was wrong",
        arguments: [
            (["report", "--bogus"], "'--bogus'"),
            (["report", "--formt", "json"], "did you mean '--format'"),
            (["report", "--format", "pdf"], "'pdf'"),
            (["report", "--as-of", "yesterday"], "'--as-of'"),
            (["report", "--suppress-below", "2"], "'--suppress-below'"),
            (["demo", "--scale", "huge"], "'--scale'"),
            (["reprot"], "did you mean 'report'"),
            (["history"], "sociolab log"),
            (["erase-person", "p1"], "'--reason'"),
            (["import"], "<files>"),
            (["store", "shrink"], "'shrink'"),
            (["export", "--format", "csv"], "'--out"),
            (["--force", "demo"], "'--force'"),
        ])
    func usageErrors(arguments: [String], mentions: String) throws {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab(arguments: arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains(mentions), "\(result)")
        #expect(result.standardOutput.isEmpty)
    }

    // MARK: 3

    @Test("A missing store exits 3 and says how to make one")
    func missingStore() throws {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab("report", "--store", "nowhere")
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.standardError.contains("store.missing"))
        #expect(result.standardError.contains("sociolab init"))
    }

    @Test("A directory that is not a store exits 3")
    func notAStore() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            at: directory.path("photos"), withIntermediateDirectories: true)
        try directory.write("jpeg", to: "photos/a.jpg")
        let result = try directory.sociolab("validate", "--store", "photos")
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.standardError.contains("not a SocioLab store"))
    }

    @Test("init on an existing store exits 3")
    func initTwice() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let again = try directory.sociolab("init", "--store", "s")
        #expect(again.exitCode == 3, "\(again)")
        #expect(again.standardError.contains("store.exists"))
    }

    @Test("A corrupt snapshot exits 3 and the files are left as they were")
    func corruptStore() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try directory.write("{ this is not a snapshot", to: "store/snapshot.json")
        let journal = try directory.read("store/journal.jsonl")
        try directory.write("id,title,approved_on\ns9,Extra,2019-05-01\n", to: "support_programmes.csv")
        for arguments in [
            ["report", "--as-of", "2020-12-31"], ["store", "verify"], ["import", "support_programmes.csv"],
        ] {
            let result = try directory.sociolab(arguments: arguments + ["--store", "store"])
            #expect(result.exitCode == 3, "\(arguments): \(result)")
            let output = result.standardOutput + result.standardError
            #expect(output.contains("store.corrupt"), "\(arguments): \(result)")
        }
        #expect(try directory.read("store/journal.jsonl") == journal)
        #expect(try directory.read("store/snapshot.json") == Data("{ this is not a snapshot".utf8))
    }

    @Test("A store whose lock another process holds exits 3 for writers; readers still work")
    func lockedStore() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let descriptor = open(directory.path("store/store.lock").path, O_RDWR)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)

        try directory.write("id,title,approved_on\ns9,Extra,2019-05-01\n", to: "support_programmes.csv")
        let write = try directory.sociolab("import", "--store", "store", "support_programmes.csv")
        #expect(write.exitCode == 3, "\(write)")
        #expect(write.standardError.contains("store.locked"), "\(write)")
        let erase = try directory.sociolab("erase-person", "p001", "--reason", "asked", "--store", "store")
        #expect(erase.exitCode == 3, "\(erase)")

        let read = try directory.sociolab("report", "--store", "store", "--as-of", "2020-12-31")
        #expect(read.exitCode == 0, "\(read)")
        let dryRun = try directory.sociolab(
            "import", "--dry-run", "--store", "store", "support_programmes.csv")
        #expect(dryRun.exitCode == 0, "\(dryRun)")
    }
}
