#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONFileStore {
    /// The names of the files a store directory holds (besides temporary files and the copies a migration
    /// keeps): the snapshot, the journal, the history, the head record and the lock.
    package static var fileNames: [String] {
        [snapshotName, journalName, historyName, StoreHead.fileName, StoreLock.fileName]
    }

    /// The snapshot's file name (`snapshot.json`).
    package static var snapshotFileName: String { snapshotName }

    /// Whether a directory looks like a store — it holds a snapshot or a journal — checked without opening
    /// anything or following links, so that tools can refuse to write into a store (even a damaged one)
    /// and tell "not a store" from "a damaged store".
    /// - Parameter directory: The directory's path.
    /// - Returns: `true` when an entry named like the snapshot or the journal is there.
    package static func isStore(atPath directory: String) -> Bool {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return [snapshotName, journalName].contains { name in
            var info = stat()
            return lstat(base + name, &info) == 0
        }
    }
}
