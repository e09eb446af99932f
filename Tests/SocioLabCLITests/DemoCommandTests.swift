import Foundation
import Testing

/// `sociolab demo`, run as a user runs it on a fresh clone.
struct DemoCommandTests {
    @Test("The first run builds ./sociolab-demo, the second reuses it, --force rebuilds it")
    func demoLifecycle() throws {
        let directory = try TemporaryDirectory()

        let first = try directory.sociolab("demo")
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.standardError.contains("Built the demo store at ./sociolab-demo"), "\(first)")
        #expect(first.standardOutput.contains("OUT-05"))
        #expect(first.standardOutput.contains("2020-12-31"))
        #expect(FileManager.default.fileExists(atPath: directory.path("sociolab-demo/snapshot.json").path))
        // Standard error is a file here, not a terminal: no progress lines, no escape codes.
        #expect(!first.standardError.contains("\u{1B}"))
        #expect(!first.standardError.contains("\r"))

        let second = try directory.sociolab("demo")
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.standardError.contains("Using the demo store"), "\(second)")
        #expect(second.standardOutput == first.standardOutput)

        let forced = try directory.sociolab("demo", "--force")
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(forced.standardError.contains("Built the demo store"), "\(forced)")
        #expect(forced.standardOutput == first.standardOutput)
    }

    @Test("demo takes --store, and ignores $SOCIOLAB_STORE so a real store is never rebuilt")
    func demoStoreLocation() throws {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab(
            "--store", "elsewhere", "demo", "--lang", "sl", environment: ["SOCIOLAB_STORE": "real-store"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.contains("OUT-05"))
        #expect(result.standardOutput.contains("31. 12. 2020"))
        #expect(FileManager.default.fileExists(atPath: directory.path("elsewhere/snapshot.json").path))
        #expect(!FileManager.default.fileExists(atPath: directory.path("real-store").path))
    }

    @Test("demo --force refuses to delete a directory that is not a store")
    func forceKeepsForeignDirectories() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.path("mine"), withIntermediateDirectories: true)
        try directory.write("keep me", to: "mine/thesis.txt")
        let result = try directory.sociolab("demo", "--store", "mine", "--force")
        #expect(result.exitCode == 3, "\(result)")
        #expect(result.standardError.contains("not a SocioLab store"))
        #expect(try directory.read("mine/thesis.txt") == Data("keep me".utf8))
    }

    @Test("A damaged demo store exits 3 with a hint; --force builds it again")
    func damagedDemoStore() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory, as: "sociolab-demo")
        try directory.write("garbage", to: "sociolab-demo/snapshot.json")
        let damaged = try directory.sociolab("demo")
        #expect(damaged.exitCode == 3, "\(damaged)")
        #expect(damaged.standardError.contains("store.corrupt"))
        #expect(damaged.standardError.contains("--force"))
        let rebuilt = try directory.sociolab("demo", "--force")
        #expect(rebuilt.exitCode == 0, "\(rebuilt)")
        #expect(rebuilt.standardOutput.contains("OUT-05"))
    }

    @Test("A different seed gives different data; the same seed the same report")
    func seeds() throws {
        let directory = try TemporaryDirectory()
        let a = try directory.sociolab("demo", "--store", "a", "--seed", "7")
        let b = try directory.sociolab("demo", "--store", "b", "--seed", "7")
        let c = try directory.sociolab("demo", "--store", "c")
        #expect(a.exitCode == 0 && b.exitCode == 0 && c.exitCode == 0)
        #expect(a.standardOutput == b.standardOutput)
        #expect(a.standardOutput != c.standardOutput)
    }
}
