import Foundation
import SocioLabStorage
import SocioLabTesting

/// A fresh directory for one test, inside this test process's own directory under the system's temporary
/// directory; that directory and everything in it is removed when the process exits.
struct TemporaryDirectory {
    let path: String

    /// This process's directory (`sociolab-store-tests-<pid>-<uuid>`).
    static let root: String = {
        let base =
            NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
        let root = base + "sociolab-store-tests-\(getpid())-" + UUID().uuidString.lowercased()
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TemporaryDirectory.root) }
        return root
    }()

    init() {
        path = Self.root + "/" + UUID().uuidString.lowercased()
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the directory.
    func appending(_ name: String) -> String { path + "/" + name }
}

/// A conformance harness for JSON file stores under a temporary directory.
func jsonFileHarness(compactionThreshold: Int = 1 << 20) -> StoreConformance.Harness {
    let root = TemporaryDirectory()
    let configuration = JSONFileStore.Configuration(compactionThreshold: compactionThreshold)
    return StoreConformance.Harness(
        makeStore: { operation in
            try JSONFileStore.create(
                at: root.appending(UUID().uuidString), operation: operation, configuration: configuration)
        },
        reopen: { store in
            let file = store as! JSONFileStore
            file.close()
            // A process forked by a parallel test may hold the lock until it execs: wait for it.
            return try JSONFileStore.open(at: file.path, lockTimeout: 10, configuration: configuration)
        })
}

/// The bytes of a file.
func contents(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? []
}

/// The SHA-256 of every file in a directory, by name.
func hashes(_ directory: String) -> [String: String] {
    var out: [String: String] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
        out[name] = SHA256.hex(SHA256.hash(contents(directory + "/" + name)))
    }
    return out
}
