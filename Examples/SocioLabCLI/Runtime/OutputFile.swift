import Foundation
import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing the tool's output files (exports and reports) so that a failed write never leaves half a file,
/// with the permissions their contents call for, and with errors that name the path.
///
/// Every file is written to a new temporary file in the same directory (created with `O_EXCL`), flushed
/// to disk, then renamed over the destination (or linked to it, when an existing file must not be
/// replaced), and the directory is flushed so the new name survives a crash. Foundation's
/// `Data.write(options: .atomic)` is not used: it creates files readable by everyone the umask allows and
/// does not flush the directory.
enum OutputFile {
    /// Who may read a written file.
    enum Readers {
        /// Personal data (exports): files `0600` and new folders `0700`, whatever the umask.
        case ownerOnly
        /// Aggregates (reports): `0666` less the umask, as other tools create files.
        case umask
    }

    /// Writes `data` to the file `name` in the directory `directory`, atomically.
    /// - Parameters:
    ///   - data: The bytes.
    ///   - directory: The directory's real path (it exists).
    ///   - name: The file's name in it.
    ///   - readers: Who may read the file.
    ///   - replace: Whether a file already there is replaced; when `false` and one is there (even one that
    ///     appeared since the command checked), nothing is written.
    ///   - path: The destination as the user wrote it, for messages.
    /// - Throws: ``CommandFailure``: exit 2 when `replace` is `false` and the file exists, exit 1 when the
    ///   file cannot be written; the temporary file is removed and the destination is left as it was.
    static func write(
        _ data: Data, directory: String, name: String, readers: Readers, replace: Bool, path: String,
        language: Language = .english
    ) throws {
        let parent = try DirectoryDescriptor(directory, path: path, language: language)
        let temporary = try parent.writeTemporary(data, for: name, readers: readers, path: path)
        try parent.publish(temporary, as: name, replace: replace, path: path)
        try parent.sync(path: path)
    }

    /// Writes files into a new directory, all or nothing: they are written into a hidden temporary
    /// directory beside it, which is renamed to `name` once every file is on disk.
    /// - Parameters:
    ///   - files: The files.
    ///   - parentDirectory: The real path of the directory that will hold the new one (it exists).
    ///   - name: The new directory's name.
    ///   - path: The new directory as the user wrote it, for messages.
    /// - Throws: ``CommandFailure`` (exit 1) naming the path; nothing is left behind.
    static func writeNewDirectory(
        _ files: [ExportedFile], in parentDirectory: String, name: String, path: String,
        language: Language = .english
    ) throws {
        let parent = try DirectoryDescriptor(parentDirectory, path: path, language: language)
        let temporary = try parent.makeTemporaryDirectory(for: name, path: path)
        do {
            let inside = try DirectoryDescriptor(
                parentDirectory + "/" + temporary, path: path, language: language)
            for file in files {
                let staged = try inside.writeTemporary(
                    file.data, for: file.name, readers: .ownerOnly, path: path + "/" + file.name)
                try inside.publish(staged, as: file.name, replace: false, path: path + "/" + file.name)
            }
            try inside.sync(path: path)
            try parent.rename(temporary, to: name, path: path)
        } catch {
            parent.removeDirectory(temporary)
            throw error
        }
        try parent.sync(path: path)
    }

    /// Writes files into an existing directory: each file atomically, every one written to disk before
    /// the first takes its name.
    /// - Parameters:
    ///   - files: The files.
    ///   - directory: The directory's real path.
    ///   - replace: Whether files already there are replaced.
    ///   - path: The directory as the user wrote it, for messages.
    /// - Throws: ``CommandFailure`` naming the file (exit 2 when one exists and `replace` is `false`).
    static func write(
        _ files: [ExportedFile], into directory: String, replace: Bool, path: String,
        language: Language = .english
    ) throws {
        let parent = try DirectoryDescriptor(directory, path: path, language: language)
        var staged: [(temporary: String, name: String)] = []
        do {
            for file in files {
                let filePath = path + "/" + file.name
                staged.append(
                    (
                        try parent.writeTemporary(
                            file.data, for: file.name, readers: .ownerOnly, path: filePath), file.name
                    ))
            }
        } catch {
            for (temporary, _) in staged { parent.remove(temporary) }
            throw error
        }
        for (index, file) in staged.enumerated() {
            do {
                try parent.publish(
                    file.temporary, as: file.name, replace: replace, path: path + "/" + file.name)
            } catch {
                for (temporary, _) in staged[(index + 1)...] { parent.remove(temporary) }
                throw error
            }
        }
        try parent.sync(path: path)
    }

    /// Creates the missing directories of `path` (each `0700`), from the nearest existing one down.
    /// - Parameters:
    ///   - components: The missing directories' names, outermost first.
    ///   - existing: The real path of the nearest existing directory.
    ///   - path: The path as the user wrote it, for messages.
    /// - Returns: The real path of the innermost directory made.
    /// - Throws: ``CommandFailure`` (exit 1) naming the directory that cannot be made.
    static func makeDirectories(
        _ components: [String], under existing: String, path: String, language: Language = .english
    ) throws -> String {
        var current = existing
        for component in components {
            let next = current == "/" ? "/" + component : current + "/" + component
            if mkdir(next, 0o700) != 0 && errno != EEXIST {
                throw FileErrorText.failure(.createDirectory, path: path, errno: errno, language: language)
            }
            _ = chmod(next, 0o700)
            current = next
        }
        return current
    }

    /// Reads a file the user named.
    /// - Throws: ``CommandFailure`` (exit 1), as `PATH: error: what is wrong; what to do`, when it cannot be
    ///   read (it does not exist, is a directory, may not be read …).
    static func read(_ url: URL, path: String, language: Language = .english) throws -> Data {
        func failure(_ code: Int32) -> CommandFailure {
            CommandFailure([
                "\(path): \(Tool.errorWord(language)): "
                    + FileErrorText.reason(code, action: .read)[language]
                    + " [\(FileErrorText.errorCode(code))]"
            ])
        }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(errno) }
        defer { _ = close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw failure(EISDIR) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
        }
    }
}

/// `read(2)`, named apart from ``OutputFile/read(_:path:language:)``.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}

/// An open directory that files are written into by name, through its descriptor.
private final class DirectoryDescriptor {
    let descriptor: Int32
    let path: String
    /// The language of the errors.
    let language: Language

    /// Opens the directory at the real path `directory`.
    init(_ directory: String, path: String, language: Language) throws {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw FileErrorText.failure(.write, path: path, errno: errno, language: language)
        }
        descriptor = fd
        self.path = path
        self.language = language
    }

    /// A failure (exit 1) naming `path`, with what is wrong and what to do.
    func failure(_ action: FileErrorText.Action, _ path: String, errno code: Int32) -> CommandFailure {
        FileErrorText.failure(action, path: path, errno: code, language: language)
    }

    deinit { _ = close(descriptor) }

    /// A hidden name beside `name` that no other run uses: `.NAME.sociolab-PID-RANDOM`.
    private static func temporaryName(for name: String) -> String {
        ".\(name).sociolab-\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))"
    }

    /// Writes `data` to a new temporary file (created exclusively, flushed to disk) and returns its name.
    func writeTemporary(_ data: Data, for name: String, readers: OutputFile.Readers, path: String) throws
        -> String
    {
        let temporary = Self.temporaryName(for: name)
        let mode: mode_t = readers == .ownerOnly ? 0o600 : 0o666
        let fd = temporary.withCString {
            openat(descriptor, $0, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        }
        guard fd >= 0 else { throw failure(.write, path, errno: errno) }
        var problem: Int32?
        // The umask can only take permissions away; fchmod makes an owner-only file exactly 0600.
        if readers == .ownerOnly && fchmod(fd, 0o600) != 0 { problem = errno }
        if problem == nil { problem = Self.writeAll(data, to: fd) }
        if problem == nil && fsync(fd) != 0 { problem = errno }
        if close(fd) != 0 && problem == nil { problem = errno }
        if let problem {
            remove(temporary)
            throw self.failure(.write, path, errno: problem)
        }
        return temporary
    }

    /// Gives the temporary file its final name: renamed over an existing file when `replace`, else linked
    /// so that a file already there (however it got there) is never replaced.
    func publish(_ temporary: String, as name: String, replace: Bool, path: String) throws {
        defer { remove(temporary) }
        if replace {
            let renamed = temporary.withCString { from in
                name.withCString { renameat(descriptor, from, descriptor, $0) }
            }
            if renamed != 0 { throw failure(.write, path, errno: errno) }
            return
        }
        let linked = temporary.withCString { from in
            name.withCString { linkat(descriptor, from, descriptor, $0, 0) }
        }
        if linked == 0 { return }
        let code = errno
        if code == EEXIST { throw OutputDestination.exists(path, language: language) }
        // A file system without hard links: look, then rename (a small window, but no worse than others).
        guard code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS
        else {
            throw failure(.write, path, errno: code)
        }
        var info = stat()
        if name.withCString({ fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 {
            throw OutputDestination.exists(path, language: language)
        }
        try rename(temporary, to: name, path: path)
    }

    /// Renames an entry of the directory.
    func rename(_ from: String, to name: String, path: String) throws {
        let renamed = from.withCString { old in name.withCString { renameat(descriptor, old, descriptor, $0) }
        }
        if renamed != 0 { throw failure(.write, path, errno: errno) }
    }

    /// Creates a hidden temporary directory (`0700`) for `name` and returns its name.
    func makeTemporaryDirectory(for name: String, path: String) throws -> String {
        let temporary = Self.temporaryName(for: name)
        guard temporary.withCString({ mkdirat(descriptor, $0, 0o700) }) == 0 else {
            throw failure(.createDirectory, path, errno: errno)
        }
        let fd = temporary.withCString {
            openat(descriptor, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        if fd >= 0 {
            _ = fchmod(fd, 0o700)
            _ = close(fd)
        }
        return temporary
    }

    /// Makes the directory's entries durable.
    func sync(path: String) throws {
        if fsync(descriptor) != 0 && errno != EINVAL && errno != EROFS {
            throw failure(.flush, path, errno: errno)
        }
    }

    /// Removes a file if it is there (clean-up only).
    func remove(_ name: String) {
        _ = name.withCString { unlinkat(descriptor, $0, 0) }
    }

    /// Removes a temporary directory and the files in it (clean-up only).
    func removeDirectory(_ name: String) {
        let fd = name.withCString { openat(descriptor, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        if fd >= 0, let entries = fdopendir(fd) {
            while let entry = readdir(entries) {
                let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if entryName != "." && entryName != ".." { _ = unlinkat(fd, entryName, 0) }
            }
            closedir(entries)
        } else if fd >= 0 {
            _ = close(fd)
        }
        _ = name.withCString { unlinkat(descriptor, $0, AT_REMOVEDIR) }
    }

    /// Writes every byte, going on after short writes and interruptions; returns the errno of a failure.
    private static func writeAll(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { raw -> Int32? in
            guard var next = raw.baseAddress else { return nil }
            var left = raw.count
            while left > 0 {
                let written = write(fd, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                next += written
                left -= written
            }
            return nil
        }
    }
}
