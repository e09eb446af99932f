import Foundation
import Testing

/// Exports hold personal data: their files are 0600 and the directories they make 0700 whatever the
/// umask; reports hold aggregates and follow the umask (issue 12, item 10).
struct OutputPermissionTests {
    @Test("A JSON export is 0600 under any umask", arguments: ["000", "022", "077"])
    func jsonExport(umask: String) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            arguments: ["export", "--store", "store", "--out", "data.json"], umask: umask)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try directory.permissions("data.json") == 0o600)
        // Replaced with --force, it is 0600 again (a new file, not the old one's mode).
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o644], ofItemAtPath: directory.path("data.json").path)
        let again = try directory.sociolab(
            arguments: ["export", "--store", "store", "--out", "data.json", "--force"], umask: umask)
        #expect(again.exitCode == 0, "\(again)")
        #expect(try directory.permissions("data.json") == 0o600)
    }

    @Test(
        "A CSV export's files are 0600 and the directories it makes 0700 under any umask",
        arguments: ["000", "022"])
    func csvExport(umask: String) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            arguments: ["export", "--store", "store", "--format", "csv", "--out", "a/b/tables"], umask: umask)
        #expect(result.exitCode == 0, "\(result)")
        for made in ["a", "a/b", "a/b/tables"] {
            #expect(try directory.permissions(made) == 0o700, "\(made)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("a/b/tables").path)
        #expect(files.count == 14)  // the demo's tables, its four finance tables included (issue 16)
        for file in files { #expect(try directory.permissions("a/b/tables/" + file) == 0o600, "\(file)") }
    }

    @Test("In an existing directory the files are 0600 and the directory keeps its mode")
    func csvIntoAnExistingDirectory() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        try FileManager.default.createDirectory(
            at: directory.path("mine"), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o750])
        let result = try directory.sociolab(
            arguments: ["export", "--store", "store", "--format", "csv", "--out", "mine"], umask: "000")
        #expect(result.exitCode == 0, "\(result)")
        #expect(try directory.permissions("mine") == 0o750)
        #expect(try directory.permissions("mine/persons.csv") == 0o600)
    }

    @Test("A report follows the umask", arguments: [("000", 0o666), ("022", 0o644), ("077", 0o600)])
    func report(umask: String, mode: Int) throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            arguments: ["report", "--store", "store", "--format", "markdown", "--out", "report.md"],
            umask: umask)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try directory.permissions("report.md") == mode)
    }
}
