import Foundation
import SocioLabKit
import SocioLabStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's `--out` sends its result, checked before the command does its work and again just
/// before it writes.
///
/// The rules, the same for every command that writes a file (`report --out`, `export --out`):
/// - `--out -` (or no `--out` where standard output is the default) writes to standard output.
/// - The path is resolved as the system will: symbolic links followed, `..` taken after the links, for
///   the parent directory when the file does not exist yet. A path that is the store the command reads, or
///   inside it, or inside any other SocioLab store directory, is refused with exit code 2 and a message
///   naming both paths.
/// - An existing file is replaced only with `--force` (exit 2 without); a directory given for a file,
///   or a file given for a directory, is refused (exit 2).
struct OutputDestination {
    /// What the command writes there.
    enum Kind: Equatable {
        /// One file (a report, a JSON document).
        case file
        /// A directory holding files with these names (a CSV export).
        case directory(files: [String])
    }

    /// The path as the user wrote it.
    let path: String
    /// What is written there.
    let kind: Kind
    /// Whether existing files may be replaced (`--force`).
    let force: Bool
    /// The path resolved when it was last checked.
    private(set) var location: ResolvedPath

    /// Reads `--out` and `--force` and checks the destination.
    /// - Parameters:
    ///   - context: The command's context (its arguments, working directory and store).
    ///   - kind: What the command writes.
    /// - Returns: `nil` for standard output (`--out -`, or no `--out`).
    /// - Throws: ``CommandFailure`` with exit code 2 for a path inside a store, an existing file without
    ///   `--force`, or a file where a directory is needed (or the reverse); exit code 1 when the directory
    ///   to write into does not exist.
    static func fromArguments(_ context: CommandContext, kind: Kind) throws -> OutputDestination? {
        guard let out = context.arguments.value("--out"), out != "-" else { return nil }
        let force = context.arguments.flag("--force")
        let location = try check(out, kind: kind, force: force, context: context)
        return OutputDestination(path: out, kind: kind, force: force, location: location)
    }

    /// Resolves the path and checks it against the stores and what is there now.
    /// - Returns: The resolved path.
    private static func check(_ path: String, kind: Kind, force: Bool, context: CommandContext) throws
        -> ResolvedPath
    {
        let location = try ResolvedPath.resolve(absolute(path, in: context), path: path)
        try checkOutsideStores(location, path: path, context: context)
        switch kind {
        case .file:
            switch location.existing {
            case .directory?:
                throw usage("'\(path)' is a directory; give the name of a file to write")
            case .other?:
                throw usage(
                    "'\(path)' is not a regular file; give a file path, or '-' for standard output")
            case .regularFile?:
                if !force { throw Self.exists(path) }
            case nil:
                guard location.missing.count == 1 else {
                    throw CommandFailure([
                        "sociolab: error: cannot write '\(path)': the directory \(location.parent) does not exist"
                    ])
                }
            }
            return location
        case .directory(let files):
            switch location.existing {
            case .regularFile?, .other?:
                throw usage("'\(path)' is a file; give a directory for the export")
            case .directory?:
                guard !force else { return location }
                let there = files.filter { name in
                    var info = stat()
                    return lstat(location.resolved + "/" + name, &info) == 0
                }
                if !there.isEmpty {
                    throw usage(
                        "'\(path)' already holds \(there.joined(separator: ", ")); add --force to replace "
                            + (there.count == 1 ? "it" : "them") + ", or give another directory")
                }
                return location
            case nil:
                return location
            }
        }
    }

    /// Writes a file (kind ``Kind/file``) atomically, after checking the destination again.
    /// - Throws: ``CommandFailure`` naming the path; the destination is left as it was.
    mutating func write(_ data: Data, readers: OutputFile.Readers, context: CommandContext) throws {
        location = try Self.check(path, kind: kind, force: force, context: context)
        try OutputFile.write(
            data, directory: location.parent, name: location.name, readers: readers, replace: force,
            path: path)
    }

    /// Writes the files of a directory (kind ``Kind/directory(files:)``), after checking the destination
    /// again: a new directory (`0700`, like any parent made for it) appears whole or not at all; in an
    /// existing directory, which keeps its permissions, each file is replaced atomically. Files are `0600`.
    /// - Throws: ``CommandFailure`` naming the path.
    mutating func write(_ files: [ExportedFile], context: CommandContext) throws {
        location = try Self.check(path, kind: kind, force: force, context: context)
        if location.existing == .directory {
            try OutputFile.write(files, into: location.resolved, replace: force, path: path)
            return
        }
        let parent = try OutputFile.makeDirectories(
            Array(location.missing.dropLast()), under: location.existingAncestor, path: path)
        try OutputFile.writeNewDirectory(files, in: parent, name: location.name, path: path)
    }

    /// The failure for an existing file that may not be replaced (exit 2).
    static func exists(_ path: String) -> CommandFailure {
        usage("'\(path)' already exists; add --force to replace it, or give another path")
    }

    /// Refuses (exit 2) when standard output or standard error is a file inside the store, so that a
    /// redirection such as `>> STORE/journal.jsonl` cannot write into it.
    /// - Parameters:
    ///   - store: The store directory's path, absolute.
    ///   - path: The store as the user wrote it.
    /// - Throws: ``CommandFailure`` (exit 2) naming the stream and the store's file.
    static func checkStandardStreams(notIn store: String, path: String) throws {
        for (descriptor, name) in [(Int32(1), "standard output"), (Int32(2), "standard error")] {
            var stream = stat()
            guard fstat(descriptor, &stream) == 0, stream.st_mode & S_IFMT == S_IFREG,
                let file = fileOfDirectory(store, matching: stream)
            else { continue }
            let message =
                "\(name) goes to '\(path)/\(file)', a file of the store; send it somewhere else (a "
                + "redirection with '>' has already emptied that file: check the store with 'sociolab store "
                + "verify')"
            if descriptor == 2 {
                // The error cannot be printed there; say it on standard output (if that is safe) and
                // send standard error nowhere.
                var out = stat()
                if fstat(1, &out) != 0 || fileOfDirectory(store, matching: out) == nil {
                    FileHandle.standardOutput.write(Data(("sociolab: error: " + message + "\n").utf8))
                }
                let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
                if null >= 0 {
                    _ = dup2(null, 2)
                    _ = close(null)
                }
            }
            throw usage(message)
        }
    }

    /// Refuses (exit 2) a new store's directory inside an existing store.
    /// - Parameters:
    ///   - path: The new store as the user wrote it.
    ///   - context: The command's context.
    /// - Throws: ``CommandFailure`` (exit 2) naming the new store and the store it would be inside.
    static func checkNewStore(_ path: String, context: CommandContext) throws {
        let location = try ResolvedPath.resolve(absolute(path, in: context), path: path)
        for ancestor in location.existingPrefixes where ancestor != location.resolved && isStore(ancestor) {
            throw usage(
                "refusing to make a store at '\(path)': \(location.resolved) is inside the SocioLab store "
                    + "at \(ancestor); give a directory outside every store")
        }
    }

    /// The path made absolute against the working directory, without touching `..` or links.
    static func absolute(_ path: String, in context: CommandContext) -> String {
        if path.hasPrefix("/") { return path }
        let base = context.environment.currentDirectory.path
        return (base.hasSuffix("/") ? base : base + "/") + path
    }

    /// Refuses a location that is the store the command reads, inside it, or inside another store.
    private static func checkOutsideStores(_ location: ResolvedPath, path: String, context: CommandContext)
        throws
    {
        let storeAbsolute = absolute(context.storePath, in: context)
        var store = stat()
        let storeExists = stat(storeAbsolute, &store) == 0
        let storeReal = ResolvedPath.realPath(storeAbsolute) ?? storeAbsolute
        for prefix in location.existingPrefixes {
            var info = stat()
            guard stat(prefix, &info) == 0 else { continue }
            if storeExists && info.st_dev == store.st_dev && info.st_ino == store.st_ino {
                if prefix == location.resolved {
                    throw usage(
                        "refusing to write '\(path)': it is the store '\(context.storePath)' (\(storeReal)) "
                            + "that this command reads; give a path outside the store")
                }
                throw usage(
                    "refusing to write '\(path)': it resolves to \(location.resolved), inside the store "
                        + "'\(context.storePath)' (\(storeReal)) that this command reads; give a path outside "
                        + "the store")
            }
            if isStore(prefix) {
                throw usage(
                    "refusing to write '\(path)': it resolves to \(location.resolved), inside the SocioLab "
                        + "store at \(prefix); give a path outside every store")
            }
        }
    }

    /// Whether a directory holds a store (its snapshot or its journal), as the store module tells.
    private static func isStore(_ directory: String) -> Bool { JSONFileStore.isStore(atPath: directory) }

    /// The name (relative to `directory`) of the file in it, or in a folder of it, that is the same file as
    /// `target`, if any.
    private static func fileOfDirectory(_ directory: String, matching target: stat) -> String? {
        guard let names = FileManager.default.enumerator(atPath: directory) else { return nil }
        for case let name as String in names {
            var info = stat()
            if lstat(directory + "/" + name, &info) == 0 && info.st_dev == target.st_dev
                && info.st_ino == target.st_ino
            {
                return name
            }
        }
        return nil
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(["sociolab: error: " + message], exitCode: ExitCode.usage)
    }
}

/// A path as the system resolves it: the part that exists, with every symbolic link followed, and the
/// names below it that do not exist yet.
struct ResolvedPath: Equatable {
    /// What is at the path, if anything.
    enum Existing: Equatable {
        case regularFile, directory, other
    }

    /// The real path of the deepest directory that exists (the parent, when only the file is missing).
    var existingAncestor: String
    /// The names below ``existingAncestor`` that do not exist, outermost first (empty when the path
    /// exists).
    var missing: [String]
    /// What is at the path, when it exists (after following links).
    var existing: Existing?
    /// The resolved path: the real path when it exists, else ``existingAncestor`` and ``missing`` joined.
    var resolved: String

    /// A path that exists.
    init(absolute real: String, existing: Existing) {
        existingAncestor = real
        missing = []
        self.existing = existing
        resolved = real
    }

    /// The directory that holds the resolved path.
    var parent: String {
        guard let slash = resolved.lastIndex(of: "/") else { return "." }
        return slash == resolved.startIndex ? "/" : String(resolved[..<slash])
    }

    /// The last name of the resolved path.
    var name: String {
        guard let slash = resolved.lastIndex(of: "/") else { return resolved }
        return String(resolved[resolved.index(after: slash)...])
    }

    /// Every prefix of the resolved path that exists, from `/` down to the path itself when it exists.
    var existingPrefixes: [String] {
        let deepest = existing == nil ? existingAncestor : resolved
        var prefixes = ["/"]
        var current = ""
        for component in deepest.split(separator: "/") {
            current += "/" + component
            prefixes.append(current)
        }
        return prefixes
    }

    /// Resolves an absolute path: links followed (also a link whose target does not exist yet), the names
    /// that do not exist kept as written.
    /// - Throws: ``CommandFailure`` (exit 1) when a directory on the way cannot be looked at, or links
    ///   loop.
    static func resolve(_ absolute: String, path: String, links: Int = 0) throws -> ResolvedPath {
        if let real = realPath(absolute) {
            var info = stat()
            var kind = Existing.other
            if stat(real, &info) == 0 {
                switch info.st_mode & S_IFMT {
                case S_IFREG: kind = .regularFile
                case S_IFDIR: kind = .directory
                default: kind = .other
                }
            }
            return ResolvedPath(absolute: real, existing: kind)
        }
        let reason = errno
        var info = stat()
        if lstat(absolute, &info) == 0 {
            // It exists but does not resolve: a link to a missing file (followed here), a loop, or a
            // directory on the way that cannot be searched.
            let isLink = info.st_mode & S_IFMT == S_IFLNK
            guard isLink, links < 40, let target = readLink(absolute) else {
                let code = isLink && links >= 40 ? ELOOP : reason
                throw CommandFailure([
                    "sociolab: error: cannot resolve '\(path)': \(String(cString: strerror(code)))"
                ])
            }
            let next = target.hasPrefix("/") ? target : directory(of: absolute) + "/" + target
            return try resolve(next, path: path, links: links + 1)
        }
        let code = errno
        guard code == ENOENT || code == ENOTDIR else {
            throw CommandFailure([
                "sociolab: error: cannot look at '\(path)': \(String(cString: strerror(code)))"
            ])
        }
        let name = lastName(of: absolute)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw CommandFailure([
                "sociolab: error: cannot resolve '\(path)': a directory on the way does not exist"
            ])
        }
        var parent = try resolve(directory(of: absolute), path: path, links: links)
        guard parent.existing == nil || parent.existing == .directory else {
            throw CommandFailure([
                "sociolab: error: cannot write '\(path)': \(parent.resolved) is not a directory"
            ])
        }
        parent.missing.append(name)
        parent.resolved = parent.resolved == "/" ? "/" + name : parent.resolved + "/" + name
        parent.existing = nil
        return parent
    }

    /// `realpath(3)`: the path with every link, `.` and `..` resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The target of a symbolic link.
    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The path without its last name (and trailing slashes).
    private static func directory(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The last name of the path (without trailing slashes).
    private static func lastName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}
