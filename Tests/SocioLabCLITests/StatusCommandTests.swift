import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `sociolab status` and its alias `info`.
struct StatusCommandTests {
    @Test("status shows path, format, revision, records by kind, size, last change set, compaction and lock")
    func text() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab("status", "--store", "store")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("store:            store (") == true, "\(result)")
        #expect(lines.contains("format version:   3 (this build reads 1–3)"), "\(result)")
        #expect(lines.contains("revision:         1"), "\(result)")
        #expect(lines.contains { $0.hasPrefix("  person ") && $0.hasSuffix(" 300") }, "\(result)")
        #expect(
            lines.contains { $0.hasPrefix("size on disk:     ") && $0.contains(" bytes) in ") }, "\(result)")
        #expect(
            lines.contains(
                "last change set:  revision 1, \(SocioLabProcess.now), sociolab demo: "
                    + "demo data (scale demo, seed 2018)"), "\(result)")
        #expect(lines.contains("compaction due:   no"), "\(result)")
        #expect(lines.contains("lock:             free"), "\(result)")
        let info = try directory.sociolab("info", "--store", "store")
        #expect(info.standardOutput == result.standardOutput)
        let slovenian = try directory.sociolab("status", "--store", "store", "--lang", "sl")
        #expect(slovenian.standardOutput.contains("zaklep:           prost"), "\(slovenian)")
        #expect(slovenian.standardOutput.contains("revizija:         1"), "\(slovenian)")
    }

    @Test("--format json has the documented keys; the counts add up; the lock holder is named")
    func json() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        // Hold the writer's lock as a writer does: flock, and the process id in the file.
        let descriptor = open(directory.path("store/store.lock").path, O_RDWR)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let pid = Array("\(getpid())\n".utf8)
        #expect(pwrite(descriptor, pid, pid.count, 0) == pid.count)

        let result = try directory.sociolab("status", "--store", "store", "--format", "json")
        #expect(result.exitCode == 0, "\(result)")
        let status = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(
            Set(status.keys) == [
                "path", "absolute_path", "format_version", "revision", "records", "total_records",
                "size_bytes",
                "files", "last_change_set", "compaction_due", "lock_holder_pid",
            ])
        #expect(status["path"] as? String == "store")
        #expect(status["format_version"] as? Int == 3)
        #expect(status["revision"] as? Int == 1)
        let records = try #require(status["records"] as? [String: Int])
        #expect(records["person"] == 300)
        #expect(records.values.reduce(0, +) == status["total_records"] as? Int)
        let files = try #require(status["files"] as? [String: Int])
        #expect(files.values.reduce(0, +) == status["size_bytes"] as? Int)
        #expect(files["snapshot.json"] != nil && files["journal.jsonl"] != nil)
        #expect(status["compaction_due"] as? Bool == false)
        #expect(status["lock_holder_pid"] as? Int == Int(getpid()))
        let last = try #require(status["last_change_set"] as? [String: Any])
        #expect(last["revision"] as? Int == 1)
        #expect(last["author"] as? String == "sociolab demo")

        let text = try directory.sociolab("status", "--store", "store")
        #expect(text.standardOutput.contains("lock:             held by process \(getpid())"), "\(text)")
    }

    @Test("a new store has no change set yet; a missing store is exit 3")
    func emptyAndMissing() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let empty = try directory.sociolab("status", "--store", "s")
        #expect(empty.exitCode == 0, "\(empty)")
        #expect(empty.standardOutput.contains("last change set:  none yet"), "\(empty)")
        #expect(empty.standardOutput.contains("revision:         0"), "\(empty)")
        let missing = try directory.sociolab("status", "--store", "nowhere")
        #expect(missing.exitCode == 3, "\(missing)")
        #expect(missing.standardOutput.isEmpty)
    }
}
