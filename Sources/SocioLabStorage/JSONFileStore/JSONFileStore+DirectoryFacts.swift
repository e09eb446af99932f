import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONFileStore {
    /// The store format version this code writes (``SnapshotCodec/currentVersion``); a store that took a
    /// snapshot import is written in ``importFormatVersion``. It reads ``readableFormatVersions``.
    package static var writtenFormatVersion: Int { SnapshotCodec.currentVersion }

    /// The store format version of a store that took a snapshot import (``SnapshotCodec/importVersion``).
    package static var importFormatVersion: Int { SnapshotCodec.importVersion }

    /// The store format versions this code reads (older ones are migrated when the store is opened for
    /// writing).
    package static var readableFormatVersions: ClosedRange<Int> {
        SnapshotCodec.oldestVersion...SnapshotCodec.newestVersion
    }

    /// Reads a store's facts from its directory: sizes, the snapshot's format version, whether compaction
    /// is due and who holds the writer's lock — taking no lock and reading only the snapshot's first bytes.
    ///
    /// The lock holder is the process id a writer writes into `store.lock`, reported only while that
    /// process exists (a writer that crashed leaves its id behind, but the kernel freed its lock).
    /// - Parameter path: The store directory.
    /// - Throws: `store.missing` when there is no directory; `store.io` when it cannot be listed.
    package static func facts(atPath path: String) throws(SocioLabError) -> StoreDirectoryFacts {
        let directory = try DirectoryHandle.open(path)
        var sizes: [String: Int] = [:]
        for name in try directory.names() {
            var info = stat()
            let found = name.withCString { fstatat(directory.descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }
            if found == 0 && info.st_mode & S_IFMT == S_IFREG { sizes[name] = Int(info.st_size) }
        }
        let journal = sizes[journalName] ?? 0
        let due = journal > max(sizes[snapshotName] ?? 0, Configuration().compactionThreshold)
        return StoreDirectoryFacts(
            formatVersion: snapshotVersion(directory), fileSizes: sizes, compactionDue: due,
            lockHolder: lockHolder(directory))
    }

    /// The snapshot's `format_version`, read from its first 4 KiB (the members before `operation`).
    private static func snapshotVersion(_ directory: DirectoryHandle) -> Int? {
        guard let fd = try? directory.openFile(snapshotName, flags: O_RDONLY) else { return nil }
        defer { _ = closeDescriptor(fd) }
        var head = [UInt8](repeating: 0, count: 4096)
        let count = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        guard count > 0 else { return nil }
        return head.withUnsafeBytes { raw -> Int? in
            var reader = JSONReader(UnsafeRawBufferPointer(rebasing: raw[0..<count]))
            do throws(JSONSyntaxError) {
                try reader.beginObject()
                var first = true
                while let key = try reader.nextKey(&first) {
                    if key == "format_version" { return try reader.readInt() }
                    try reader.skipValue()
                }
            } catch {
                return nil
            }
            return nil
        }
    }

    /// The id in the lock file, when that process is running.
    private static func lockHolder(_ directory: DirectoryHandle) -> Int32? {
        guard let fd = try? directory.openFile(StoreLock.fileName, flags: O_RDONLY) else { return nil }
        defer { _ = closeDescriptor(fd) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).prefix { $0.isNumber }
        guard let pid = Int32(text), pid > 0 else { return nil }
        return kill(pid, 0) == 0 || errno == EPERM ? pid : nil
    }
}
