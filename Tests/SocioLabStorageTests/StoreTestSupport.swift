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
        },
        damage: { store, kind in
            let file = store as! JSONFileStore
            file.close()
            return try damage(file.path, kind)
        })
}

/// Inflicts a kind of damage of the conformance suite on a JSON file store's files.
/// - Returns: Whether the files have the change set to damage.
func damage(_ path: String, _ kind: StoreConformance.Damage) throws -> Bool {
    let journal = path + "/journal.jsonl"
    let history = path + "/history.jsonl"
    switch kind {
    case .lastChangeSetLost: return try removeLine(journal, at: -1)
    case .lastChangeSetCut:
        var bytes = contents(journal)
        let lines = bytes.split(separator: 0x0A)
        guard lines.count > 1, let last = lines.last else { return false }
        bytes.removeLast(last.count / 2 + 1)
        try Data(bytes).write(to: URL(fileURLWithPath: journal))
        return true
    case .firstChangeSetAfterCompactionLost:
        return try removeLine(journal, at: 1)
    case .compactedChangeSetLost:
        return try editLines(history) { $0.count > 2 ? $0.remove(at: 2) != [] : false }
    case .lastCompactedChangeSetLost:
        return try editLines(history) { $0.count > 1 ? $0.removeLast() != [] : false }
    default: return false
    }
}

/// Removes line `index` (0 is the header; -1 the last line) of a file of lines, unless it is the header.
/// - Returns: Whether there was such a line.
func removeLine(_ path: String, at index: Int) throws -> Bool {
    try editLines(path) { lines in
        let target = index < 0 ? lines.count + index : index
        guard target > 0, target < lines.count else { return false }
        lines.remove(at: target)
        return true
    }
}

/// Rewrites a file of newline-terminated lines after `edit` changed them; returns what `edit` returned.
func editLines(_ path: String, _ edit: (inout [[UInt8]]) -> Bool) throws -> Bool {
    var lines = contents(path).split(separator: 0x0A).map(Array.init)
    guard edit(&lines) else { return false }
    try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: path))
    return true
}

/// The bytes of a file.
func contents(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? []
}

/// The SHA-256 of every file in a directory, by name.
func hashes(_ directory: String) -> [String: String] {
    var out: [String: String] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
        out[name] = SHA256Hasher.hex(SHA256Hasher.hash(contents(directory + "/" + name)))
    }
    return out
}
