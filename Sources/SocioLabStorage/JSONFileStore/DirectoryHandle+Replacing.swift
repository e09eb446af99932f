import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replacing a file whole: the snapshot, a rewritten journal or history, a new head record.
extension DirectoryHandle {
    /// Replaces (or creates) a file atomically and durably: temporary file in this directory created `0600`,
    /// write, fsync, rename over the name, fsync of the directory.
    /// - Throws: `store.io`; the old file is then untouched, and the temporary file removed when possible.
    func replace(_ name: String, with bytes: [UInt8]) throws(SocioLabError) {
        try replace(name) { fd in bytes.withUnsafeBytes { DirectoryHandle.write(fd, $0, at: 0) } }
    }

    /// Replaces (or creates) a file with a checked line kept in its parts (a snapshot: hundreds of
    /// megabytes, written without copying it whole), as the other `replace(_:with:)` does.
    /// - Throws: `store.io`; the old file is then untouched, and the temporary file removed when possible.
    func replace(_ name: String, with line: JournalCodec.FramedLine) throws(SocioLabError) {
        try replace(name) { fd in line.write(to: fd, at: 0) }
    }

    /// Replaces (or creates) a file with what `write` writes into the temporary file's descriptor
    /// (returning an error number on failure): temporary file, write, fsync, rename, fsync of the directory.
    private func replace(_ name: String, writing write: (Int32) -> Int32?) throws(SocioLabError) {
        let temporary = DirectoryHandle.temporaryName(for: name)
        let raw = temporary.withCString {
            openat(descriptor, $0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        guard raw >= 0 else {
            throw DirectoryHandle.ioError(
                "cannot create a temporary file", path: display(temporary), errno: errno)
        }
        let fd: Int32
        do throws(SocioLabError) {
            fd = try DirectoryHandle.aboveStandardDescriptors(raw, path: display(temporary))
        } catch {
            remove(temporary)
            throw error
        }
        var failure: (String, Int32)?
        if fchmod(fd, 0o600) != 0 { failure = ("cannot set the file's permissions", errno) }
        if failure == nil, let code = write(fd) {
            failure = ("cannot write the file", code)
        }
        if failure == nil, let code = DirectoryHandle.sync(fd) {
            failure = ("cannot flush the file to disk", code)
        }
        _ = close(fd)
        if failure == nil {
            let renamed = temporary.withCString { from in
                name.withCString { renameat(descriptor, from, descriptor, $0) }
            }
            if renamed != 0 { failure = ("cannot rename the temporary file over the old one", errno) }
        }
        if let (what, code) = failure {
            remove(temporary)
            throw DirectoryHandle.ioError(what, path: display(name), errno: code)
        }
        try syncDirectory()
    }
}
