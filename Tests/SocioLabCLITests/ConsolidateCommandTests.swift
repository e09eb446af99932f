import Foundation
import Testing

/// Issue 17, part 2, through the CLI: `export --pseudonymised` and `consolidate`.
struct ConsolidateCommandTests {
    static let key = String(repeating: "0123456789abcdef", count: 4) + "\n"

    /// A demo store, a key file and citilab's package in `pkg`.
    static func exported() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        _ = try directory.write(Self.key, to: "operation.key")
        let export = try directory.sociolab(
            "export", "--store", "store", "--pseudonymised", "--key-file", "operation.key", "--partner",
            "citilab",
            "--out", "pkg")
        #expect(export.exitCode == 0, "\(export)")
        #expect(export.standardError.contains("Pseudonymised package of partner citilab"), "\(export)")
        return directory
    }

    @Test("export --pseudonymised writes a header and records without personal data")
    func exportPackage() throws {
        let directory = try Self.exported()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("pkg").path).sorted()
        #expect(files == ["package.json", "records.jsonl"])
        let header = String(decoding: try directory.read("pkg/package.json"), as: UTF8.self)
        #expect(header.contains("\"format\" : \"sociolab-pseudonymised-package\""), "\(header)")
        #expect(header.contains("\"partner\" : \"citilab\""))
        #expect(header.contains("\"key_check\""))
        let records = String(decoding: try directory.read("pkg/records.jsonl"), as: UTF8.self)
        let json = String(
            decoding: try directory.sociolab("export", "--store", "store").standardOutput.utf8, as: UTF8.self)
        #expect(json.contains("\"emso\""))
        for marker in [
            "\"emso\"", "\"given_name\"", "\"family_name\"", "\"email\"", "@example.org", "personal_details",
        ] {
            #expect(!records.contains(marker), "\(marker) in the package")
        }
    }

    @Test("consolidate merges a package as one change set; again it changes nothing")
    func consolidate() throws {
        let directory = try Self.exported()
        #expect(try directory.sociolab("init", "--store", "lead").exitCode == 0)
        let merged = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "pkg", "--into", "lead")
        #expect(merged.exitCode == 0, "\(merged)")
        #expect(merged.standardOutput.hasPrefix("citilab: "), "\(merged)")
        #expect(merged.standardOutput.contains("revision 1"), "\(merged)")
        let again = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "pkg", "--into", "lead")
        #expect(again.exitCode == 0, "\(again)")
        #expect(
            again.standardOutput == "citilab: the package is merged already; nothing changed\n", "\(again)")
        let slovenian = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "pkg", "--into", "lead", "--lang", "sl")
        #expect(
            slovenian.standardOutput == "citilab: paket je že združen, nič se ni spremenilo\n", "\(slovenian)"
        )
        let report = try directory.sociolab("report", "--store", "lead", "--format", "json")
        #expect(report.exitCode == 0)
        #expect(!report.standardOutput.contains("@example.org"))
    }

    @Test("A wrong key is refused before anything is written, with the package's header as the place")
    func wrongKey() throws {
        let directory = try Self.exported()
        #expect(try directory.sociolab("init", "--store", "lead").exitCode == 0)
        _ = try directory.write(String(repeating: "ff", count: 32), to: "other.key")
        let refused = try directory.sociolab(
            "consolidate", "--key-file", "other.key", "pkg", "--into", "lead")
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.standardError.contains("pkg/package.json"), "\(refused)")
        #expect(refused.standardError.contains("[consolidation.key-mismatch]"), "\(refused)")
        let log = try directory.sociolab("log", "--store", "lead")
        #expect(!log.standardOutput.contains("consolidate"), "\(log)")
        let sl = try directory.sociolab(
            "consolidate", "--key-file", "other.key", "pkg", "--into", "lead", "--lang", "sl")
        #expect(sl.standardError.contains("z drugim ključem"), "\(sl)")
    }

    @Test("Without --key-file, or with a key file that is no key, nothing is read or written")
    func keyFileProblems() throws {
        let directory = try Self.exported()
        #expect(try directory.sociolab("init", "--store", "lead").exitCode == 0)
        let missing = try directory.sociolab("consolidate", "pkg", "--into", "lead")
        #expect(missing.exitCode == 2, "\(missing)")
        #expect(missing.standardError.contains("--key-file"), "\(missing)")
        _ = try directory.write("# too short\nabcd\n", to: "short.key")
        let short = try directory.sociolab("consolidate", "--key-file", "short.key", "pkg", "--into", "lead")
        #expect(short.exitCode == 1, "\(short)")
        #expect(short.standardError.contains("short.key"), "\(short)")
        #expect(short.standardError.contains("[consolidation.key-invalid]"), "\(short)")
    }

    @Test("A damaged records file is refused with its file; the lead's store is untouched")
    func damagedPackage() throws {
        let directory = try Self.exported()
        #expect(try directory.sociolab("init", "--store", "lead").exitCode == 0)
        var records = try directory.read("pkg/records.jsonl")
        records.append(contentsOf: Array("{\"kind\": \"activity\"}\n".utf8))
        _ = try directory.write(records, to: "pkg/records.jsonl")
        let refused = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "pkg", "--into", "lead")
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.standardError.contains("pkg/records.jsonl"), "\(refused)")
        #expect(refused.standardError.contains("[consolidation.package-invalid]"), "\(refused)")
    }

    @Test(
        "A package older than the one merged last from its partner is refused in another call, nothing written"
    )
    func olderPackageRefused() throws {
        let directory = try Self.exported()
        #expect(try directory.sociolab("init", "--store", "lead").exitCode == 0)
        // The same records, made earlier: the header's creation time is not part of the records' hash.
        let header = String(decoding: try directory.read("pkg/package.json"), as: UTF8.self)
        let older = header.replacingOccurrences(
            of: #""created" : "\d{4}-"#, with: "\"created\" : \"2001-", options: .regularExpression)
        #expect(older != header)
        try FileManager.default.createDirectory(at: directory.path("old"), withIntermediateDirectories: true)
        _ = try directory.write(older, to: "old/package.json")
        _ = try directory.write(try directory.read("pkg/records.jsonl"), to: "old/records.jsonl")
        let merged = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "pkg", "--into", "lead")
        #expect(merged.exitCode == 0, "\(merged)")
        let refused = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "old", "--into", "lead")
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.standardError.contains("old/package.json"), "\(refused)")
        #expect(refused.standardError.contains("[consolidation.package-older]"), "\(refused)")
        #expect(refused.standardError.contains("is older than the package last merged"), "\(refused)")
        let sl = try directory.sociolab(
            "consolidate", "--key-file", "operation.key", "old", "--into", "lead", "--lang", "sl")
        #expect(sl.exitCode == 1, "\(sl)")
        #expect(sl.standardError.contains("je starejši od paketa"), "\(sl)")
        let log = try directory.sociolab("log", "--store", "lead")
        #expect(log.standardOutput.components(separatedBy: "consolidate citilab").count == 2, "\(log)")
    }

    @Test("export --pseudonymised --as P is refused: a partner's view of a shared store is no package")
    func pseudonymisedActingAsRefused() throws {
        let directory = try Self.exported()
        for language in ["en", "sl"] {
            let refused = try directory.sociolab(
                "export", "--store", "store", "--pseudonymised", "--key-file", "operation.key", "--partner",
                "citilab", "--as", "citilab", "--out", "scoped", "--lang", language)
            #expect(refused.exitCode == 2, "\(refused)")
            #expect(refused.standardError.contains("--as citilab"), "\(refused)")
            #expect(
                refused.standardError.contains(language == "en" ? "count the others twice" : "štel dvakrat"),
                "\(refused)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("scoped").path))
    }
}
