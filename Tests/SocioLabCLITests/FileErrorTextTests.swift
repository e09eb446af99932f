import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file the tool cannot read or write is named, with what is wrong and what to do, in plain words;
/// no Foundation or system error text reaches the user unexplained.
struct FileErrorTextTests {
    /// Texts that Foundation writes and a user must never see.
    static let foundationTexts = [
        "NSCocoaErrorDomain", "The file doesn’t exist", "The file doesn't exist", "could not be completed",
        "No such file or directory", "Permission denied",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var exit: Int32
        var says: [String]
        /// The stable code the line ends with.
        var code: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(
            arguments: ["export", "--out", "existing"], exit: 2,
            says: ["'existing' is a directory, not a file", "give the path of a file"],
            code: "output.is-a-directory"),
        Case(
            arguments: ["report", "--out", "existing"], exit: 2,
            says: ["'existing' is a directory, not a file"], code: "output.is-a-directory"),
        Case(
            arguments: ["export", "--out", "nodir/x.json"], exit: 1,
            says: ["cannot write 'nodir/x.json'", "/nodir does not exist", "create it first"],
            code: "file.missing-directory"),
        Case(
            arguments: ["report", "--out", "nodir/deeper/r.txt"], exit: 1,
            says: ["cannot write 'nodir/deeper/r.txt'", "/nodir/deeper does not exist"],
            code: "file.missing-directory"),
        Case(
            arguments: ["export", "--format", "csv", "--out", "afile"], exit: 2,
            says: ["'afile' is a file, and the CSV files need a directory"], code: "output.not-a-directory"),
        Case(
            arguments: ["export", "--out", "afile/x.json"], exit: 1,
            says: ["cannot write 'afile/x.json'", "afile is a file, not a directory"],
            code: "file.not-a-directory"),
        Case(
            arguments: ["import", "nothere.csv"], exit: 1,
            says: ["nothere.csv: error: the file does not exist; check its name"], code: "file.missing"),
        Case(
            arguments: ["import", "existing/"], exit: 1,
            says: ["existing/: error: it is a directory, not a file"], code: "file.is-a-directory"),
        Case(
            arguments: ["export", "--out", "existing", "--lang", "sl"], exit: 2,
            says: ["sociolab: napaka: 'existing' je mapa, ne datoteka"], code: "output.is-a-directory"),
        Case(
            arguments: ["import", "nothere.csv", "-l", "sl"], exit: 1,
            says: ["nothere.csv: napaka: datoteka ne obstaja"], code: "file.missing"),
    ]

    @Test("each file error names the path, says what is wrong and what to do", arguments: cases)
    func fileErrors(_ given: Case) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try FileManager.default.createDirectory(
            at: directory.path("existing"), withIntermediateDirectories: true)
        try directory.write("not a directory", to: "afile")
        let result = try directory.sociolab(arguments: given.arguments + ["--store", "store"])
        #expect(result.exitCode == given.exit, "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
        for part in given.says {
            #expect(result.standardError.contains(part), "'\(part)' missing: \(result)")
        }
        let line = result.standardError.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasSuffix(" [\(given.code)]"), "\(result)")
        for text in Self.foundationTexts { #expect(!result.standardError.contains(text), "\(result)") }
    }

    @Test("a directory the user may not write in is named, with what to do")
    func unwritableDirectory() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        // The superuser may write anywhere a mode allows nothing; /sys refuses new files even to it.
        let target: String
        if geteuid() != 0 {
            try FileManager.default.createDirectory(
                at: directory.path("locked"), withIntermediateDirectories: true)
            try #require(chmod(directory.path("locked").path, 0o555) == 0)
            target = "locked"
        } else {
            try #require(FileManager.default.fileExists(atPath: "/sys"), "no directory to test with as root")
            target = "/sys"
        }
        defer { _ = chmod(directory.path("locked").path, 0o755) }
        for (arguments, action) in [
            (["export", "--out", target + "/x.json"], "cannot write '\(target)/x.json'"),
            (
                ["export", "--format", "csv", "--out", target + "/csv"],
                "cannot create the directory '\(target)/csv'"
            ),
        ] {
            let result = try directory.sociolab(arguments: arguments + ["--store", "store"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.standardError.contains(action), "\(result)")
            #expect(
                result.standardError.contains("you are not allowed to write in that directory"), "\(result)")
            #expect(result.standardError.contains("give a path in a directory you can write to"), "\(result)")
            #expect(result.standardError.contains("[file.not-allowed]"), "\(result)")
            for text in Self.foundationTexts { #expect(!result.standardError.contains(text), "\(result)") }
        }
    }
}
