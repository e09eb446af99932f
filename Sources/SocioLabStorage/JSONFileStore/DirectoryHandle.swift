import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open store directory, and the POSIX file operations the JSON file store is built from.
///
/// Every file is reached through the directory's descriptor (`openat`, `renameat`, `unlinkat`) by a plain
/// name the store chose, with `O_NOFOLLOW`, so no path a user typed is ever followed out of the directory
/// and a symbolic link planted in it is refused. Files are created `0600` and the directory `0700`
/// whatever the umask (`fchmod` after creation). Descriptors are close-on-exec and never 0, 1 or 2, so a
/// stray `write(2, …)` cannot land in a store file.
final class DirectoryHandle: Sendable {
    /// The directory's descriptor.
    let descriptor: Int32
    /// The directory's path, as the user gave it (for messages only).
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { _ = close(descriptor) }

    /// Opens an existing directory.
    /// - Throws: `store.missing` when there is no directory at `path`; `store.io` for other failures.
    static func open(_ path: String) throws(SocioLabError) -> DirectoryHandle {
        let fd = try lift(path: path) { systemOpen(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0) }
        return DirectoryHandle(descriptor: fd, path: path)
    }

    /// Creates a directory (mode 0700) or takes an existing empty one, and makes its entry durable.
    /// - Throws: `store.exists` when `path` is a non-empty directory or a file; `store.io` otherwise.
    static func create(_ path: String) throws(SocioLabError) -> DirectoryHandle {
        if mkdir(path, 0o700) != 0 {
            let code = errno
            guard code == EEXIST else {
                throw ioError("cannot create the directory", path: path, errno: code)
            }
            let existing = try open(path)
            let names = try existing.names()
            guard names.isEmpty else {
                throw SocioLabError(
                    .storeExists,
                    "\(path) already exists and is not empty; choose a new directory or open the store there",
                    at: .init(file: path))
            }
            guard fchmod(existing.descriptor, 0o700) == 0 else {
                throw ioError("cannot set the directory's permissions", path: path, errno: errno)
            }
            return existing
        }
        let directory = try open(path)
        guard fchmod(directory.descriptor, 0o700) == 0 else {
            throw ioError("cannot set the directory's permissions", path: path, errno: errno)
        }
        // Make the new directory's own entry durable in its parent.
        let parent = parentPath(of: path)
        let parentFD = systemOpen(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        if parentFD >= 0 {
            _ = fsync(parentFD)
            _ = close(parentFD)
        }
        return directory
    }

    private static func parentPath(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The path of a file in the directory, for messages.
    func display(_ name: String) -> String { path.hasSuffix("/") ? path + name : path + "/" + name }

    // MARK: Reading

    /// Reads a whole file, or returns `nil` when it does not exist.
    /// - Throws: `store.corrupt` when the name is a symbolic link or not a regular file; `store.io` otherwise.
    func read(_ name: String) throws(SocioLabError) -> [UInt8]? {
        guard let file = try openFile(name, flags: O_RDONLY) else { return nil }
        defer { _ = close(file) }
        return try readAll(file, name: name)
    }

    /// Opens a file by name, or returns `nil` when it does not exist.
    func openFile(_ name: String, flags: Int32, create: Bool = false) throws(SocioLabError) -> Int32? {
        var flags = flags | O_NOFOLLOW | O_CLOEXEC
        if create { flags |= O_CREAT }
        let raw = name.withCString { openat(descriptor, $0, flags, 0o600) }
        if raw < 0 {
            let code = errno
            if code == ENOENT && !create { return nil }
            if code == ELOOP {
                throw SocioLabError(
                    .storeCorrupt,
                    "\(display(name)) is a symbolic link; a store's files must be plain files inside it, so "
                        + "replace the link by the file it points to",
                    at: .init(file: display(name)))
            }
            throw DirectoryHandle.ioError("cannot open the file", path: display(name), errno: code)
        }
        let fd = try DirectoryHandle.aboveStandardDescriptors(raw, path: display(name))
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            _ = close(fd)
            throw DirectoryHandle.ioError("cannot inspect the file", path: display(name), errno: code)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            _ = close(fd)
            throw SocioLabError(
                .storeCorrupt, "\(display(name)) is not a regular file; move it out of the store directory",
                at: .init(file: display(name)))
        }
        if create && info.st_size == 0 { _ = fchmod(fd, 0o600) }
        return fd
    }

    /// Moves a descriptor to 3 or above (store files must never sit on standard input, output or error).
    static func aboveStandardDescriptors(_ fd: Int32, path: String) throws(SocioLabError) -> Int32 {
        guard fd <= 2 else { return fd }
        let moved = fcntl(fd, F_DUPFD_CLOEXEC, 3)
        let code = errno
        _ = close(fd)
        guard moved >= 0 else { throw ioError("cannot move the file's descriptor", path: path, errno: code) }
        return moved
    }

    func readAll(_ fd: Int32, name: String) throws(SocioLabError) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw DirectoryHandle.ioError("cannot inspect the file", path: display(name), errno: errno)
        }
        var buffer = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        var readError: Int32 = 0
        buffer.withUnsafeMutableBytes { raw in
            while true {
                if filled == raw.count {
                    // The file may have grown since fstat; read what follows too.
                    break
                }
                let n = pread(fd, raw.baseAddress! + filled, raw.count - filled, off_t(filled))
                if n < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                if n == 0 { break }
                filled += n
            }
        }
        if readError != 0 {
            throw DirectoryHandle.ioError("cannot read the file", path: display(name), errno: readError)
        }
        buffer.removeSubrange(filled...)
        // Anything appended after fstat.
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(buffer.count)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw DirectoryHandle.ioError("cannot read the file", path: display(name), errno: errno)
            }
            if n == 0 { break }
            buffer.append(contentsOf: chunk[0..<n])
        }
        return buffer
    }

    /// Maps a whole file read-only and hands its bytes to `body`, or returns `nil` when it does not exist.
    ///
    /// Only for files that are replaced by rename and never truncated in place (the snapshot): a file
    /// shortened while mapped would fault.
    func withMapped<R>(_ name: String, _ body: (UnsafeRawBufferPointer) throws(SocioLabError) -> R)
        throws(SocioLabError) -> R?
    {
        try withMapped(name) { (raw, _) throws(SocioLabError) in try body(raw) }
    }

    /// Maps a whole file read-only, as the function above does, and also
    /// hands `body` a function that gives the mapped pages back to the kernel (`MADV_DONTNEED`) once the
    /// caller has read what it needs, so that they stop counting towards the process's memory. Touching
    /// the bytes afterwards is still correct: a private read-only mapping reads the pages from the file
    /// again (and the snapshot is never changed in place). Without a mapping the function does nothing.
    func withMapped<R>(
        _ name: String,
        _ body: (UnsafeRawBufferPointer, _ releasePages: () -> Void) throws(SocioLabError) -> R
    ) throws(SocioLabError) -> R? {
        guard let fd = try openFile(name, flags: O_RDONLY) else { return nil }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw DirectoryHandle.ioError("cannot inspect the file", path: display(name), errno: errno)
        }
        let size = Int(info.st_size)
        if size == 0 { return try body(UnsafeRawBufferPointer(start: nil, count: 0), {}) }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            let bytes = try readAll(fd, name: name)
            let result: Result<R, SocioLabError> = bytes.withUnsafeBytes { raw in
                do throws(SocioLabError) { return .success(try body(raw, {})) } catch {
                    return .failure(error)
                }
            }
            return try result.get()
        }
        defer { _ = munmap(base, size) }
        #if canImport(Glibc)
            _ = madvise(base, size, MADV_SEQUENTIAL)
        #endif
        return try body(UnsafeRawBufferPointer(start: base, count: size)) {
            _ = madvise(base, size, MADV_DONTNEED)
        }
    }

    /// The names of the directory's entries, `.` and `..` left out.
    func names() throws(SocioLabError) -> [String] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            throw DirectoryHandle.ioError("cannot list the directory", path: path, errno: errno)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var out: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { out.append(name) }
        }
        return out
    }

    // MARK: Writing

    /// Writes all of `bytes` at `offset`.
    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Int32? {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            done += n
        }
        return nil
    }

    /// Flushes a file's data to stable storage (`F_FULLFSYNC` on Darwin, where `fsync` stops at the drive's
    /// cache). Returns the error number on failure.
    static func sync(_ fd: Int32) -> Int32? {
        #if canImport(Darwin)
            if fcntl(fd, F_FULLFSYNC) == 0 { return nil }
        #endif
        while fsync(fd) != 0 {
            if errno == EINTR { continue }
            return errno
        }
        return nil
    }

    /// Makes the directory's entries (creations, renames, removals) durable.
    func syncDirectory() throws(SocioLabError) {
        if let code = DirectoryHandle.sync(descriptor) {
            throw DirectoryHandle.ioError("cannot flush the directory to disk", path: path, errno: code)
        }
    }

    /// The temporary name used while replacing `name`: `name.tmp-PID`.
    static func temporaryName(for name: String) -> String { "\(name)\(temporarySuffix)\(getpid())" }

    /// What every temporary file name contains.
    static let temporarySuffix = ".tmp-"

    /// Removes a file if it exists; failures are ignored (used for clean-up only).
    func remove(_ name: String) {
        _ = name.withCString { unlinkat(descriptor, $0, 0) }
    }

    /// Removes an empty subdirectory, or a subdirectory holding only plain files.
    func removeSubdirectory(_ name: String) throws(SocioLabError) {
        let raw = name.withCString { openat(descriptor, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        if raw >= 0 {
            let sub = DirectoryHandle(descriptor: raw, path: display(name))
            for file in try sub.names() { sub.remove(file) }
            try sub.syncDirectory()
        }
        if name.withCString({ unlinkat(descriptor, $0, AT_REMOVEDIR) }) != 0 && errno != ENOENT {
            throw DirectoryHandle.ioError("cannot remove the directory", path: display(name), errno: errno)
        }
    }

    /// Creates a subdirectory (0700) and hard-links the given files into it, keeping their current contents
    /// however the originals are replaced later.
    func preserve(_ files: [String], in subdirectory: String) throws(SocioLabError) {
        if subdirectory.withCString({ mkdirat(descriptor, $0, 0o700) }) != 0 && errno != EEXIST {
            throw DirectoryHandle.ioError(
                "cannot create the directory", path: display(subdirectory), errno: errno)
        }
        let raw = subdirectory.withCString {
            openat(descriptor, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard raw >= 0 else {
            throw DirectoryHandle.ioError(
                "cannot open the directory", path: display(subdirectory), errno: errno)
        }
        let sub = DirectoryHandle(descriptor: raw, path: display(subdirectory))
        _ = fchmod(raw, 0o700)
        for file in files {
            let linked = file.withCString { from in
                file.withCString { to in linkat(descriptor, from, raw, to, 0) }
            }
            if linked != 0 && errno != EEXIST && errno != ENOENT {
                throw DirectoryHandle.ioError(
                    "cannot keep a copy of the file", path: display(file), errno: errno)
            }
        }
        try sub.syncDirectory()
        try syncDirectory()
    }

    // MARK: Errors

    static func ioError(_ what: String, path: String, errno code: Int32) -> SocioLabError {
        let reason = String(cString: strerror(code))
        if code == ENOENT || code == ENOTDIR {
            return SocioLabError(
                .storeMissing, "\(what): \(reason); check the path, or create the store first",
                at: .init(file: path))
        }
        return SocioLabError(
            .storeIO, "\(what): \(reason) (errno \(code)); check the disk and permissions, then try again",
            at: .init(file: path))
    }

    private static func lift(path: String, _ body: () -> Int32) throws(SocioLabError) -> Int32 {
        let fd = body()
        guard fd >= 0 else { throw ioError("cannot open the store directory", path: path, errno: errno) }
        return try aboveStandardDescriptors(fd, path: path)
    }
}

/// `open(2)` under a name that does not clash with ``DirectoryHandle/open(_:)``.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    path.withCString { open($0, flags, mode) }
}
