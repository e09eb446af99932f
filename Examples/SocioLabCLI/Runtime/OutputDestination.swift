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
        let language = (try? context.language()) ?? .english
        let location = try ResolvedPath.resolve(absolute(path, in: context), path: path, language: language)
        try checkOutsideStores(location, path: path, context: context)
        switch kind {
        case .file:
            switch location.existing {
            case .directory?:
                throw usage(
                    LocalizedText(
                        sl:
                            "'\(path)' je mapa, ne datoteka; navedite pot do datoteke (na primer v tej mapi) ali "
                            + "'-' za standardni izhod",
                        en: "'\(path)' is a directory, not a file; give the path of a file (inside it, for "
                            + "example), or '-' for standard output"), language, code: "output.is-a-directory"
                )
            case .other?:
                throw usage(
                    LocalizedText(
                        sl:
                            "'\(path)' ni navadna datoteka; navedite pot do datoteke ali '-' za standardni izhod",
                        en: "'\(path)' is not a regular file; give a file path, or '-' for standard output"),
                    language, code: "output.not-a-file")
            case .regularFile?:
                if !force { throw Self.exists(path, language: language) }
            case nil:
                guard location.missing.count == 1 else {
                    let missing =
                        location.existingAncestor + "/" + location.missing.dropLast().joined(separator: "/")
                    throw CommandFailure([
                        "sociolab: \(Tool.errorWord(language)): "
                            + LocalizedText(
                                sl:
                                    "'\(path)' ni mogoče zapisati: mapa \(missing) ne obstaja; najprej jo ustvarite "
                                    + "(mkdir -p) ali navedite pot v obstoječi mapi",
                                en:
                                    "cannot write '\(path)': the directory \(missing) does not exist; create it "
                                    + "first (mkdir -p), or give a path in an existing directory")[language]
                            + " [file.missing-directory]"
                    ])
                }
            }
            return location
        case .directory(let files):
            switch location.existing {
            case .regularFile?, .other?:
                throw usage(
                    LocalizedText(
                        sl:
                            "'\(path)' je datoteka; izvoz CSV potrebuje mapo: navedite novo ali obstoječo mapo",
                        en:
                            "'\(path)' is a file, and the CSV files need a directory: give a new or an existing "
                            + "directory"), language, code: "output.not-a-directory")
            case .directory?:
                guard !force else { return location }
                let there = files.filter { name in
                    var info = stat()
                    return lstat(location.resolved + "/" + name, &info) == 0
                }
                if !there.isEmpty {
                    let names = there.joined(separator: ", ")
                    throw usage(
                        LocalizedText(
                            sl:
                                "v '\(path)' že obstaja: \(names); dodajte --force, da jih zamenjate, ali navedite "
                                + "drugo mapo",
                            en: "'\(path)' already holds \(names); add --force to replace "
                                + (there.count == 1 ? "it" : "them") + ", or give another directory"),
                        language, code: "output.exists")
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
            path: path, language: (try? context.language()) ?? .english)
    }

    /// Writes the files of a directory (kind ``Kind/directory(files:)``), after checking the destination
    /// again: a new directory (`0700`, like any parent made for it) appears whole or not at all; in an
    /// existing directory, which keeps its permissions, each file is replaced atomically. Files are `0600`.
    /// - Throws: ``CommandFailure`` naming the path.
    mutating func write(_ files: [ExportedFile], context: CommandContext) throws {
        location = try Self.check(path, kind: kind, force: force, context: context)
        let language = (try? context.language()) ?? .english
        if location.existing == .directory {
            try OutputFile.write(
                files, into: location.resolved, replace: force, path: path, language: language)
            return
        }
        let parent = try OutputFile.makeDirectories(
            Array(location.missing.dropLast()), under: location.existingAncestor, path: path,
            language: language)
        try OutputFile.writeNewDirectory(
            files, in: parent, name: location.name, path: path, language: language)
    }

    /// The failure for an existing file that may not be replaced (exit 2).
    static func exists(_ path: String, language: Language = .english) -> CommandFailure {
        usage(
            LocalizedText(
                sl: "'\(path)' že obstaja; dodajte --force, da jo zamenjate, ali navedite drugo pot",
                en: "'\(path)' already exists; add --force to replace it, or give another path"), language,
            code: "output.exists")
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
                    FileHandle.standardOutput.write(
                        Data(("sociolab: error: " + message + " [output.into-store]\n").utf8))
                }
                let null = open("/dev/null", O_WRONLY | O_CLOEXEC)
                if null >= 0 {
                    _ = dup2(null, 2)
                    _ = close(null)
                }
            }
            throw usage(message, code: "output.into-store")
        }
    }

    /// Refuses (exit 2) a new store's directory inside an existing store.
    /// - Parameters:
    ///   - path: The new store as the user wrote it.
    ///   - context: The command's context.
    /// - Throws: ``CommandFailure`` (exit 2) naming the new store and the store it would be inside.
    static func checkNewStore(_ path: String, context: CommandContext) throws {
        // Another backend's store is no directory: nothing to check.
        if try StoreAccess.location(path, environment: context.environment) != nil { return }
        let location = try ResolvedPath.resolve(
            absolute(path, in: context), path: path, language: (try? context.language()) ?? .english)
        for ancestor in location.existingPrefixes where ancestor != location.resolved && isStore(ancestor) {
            throw usage(
                "refusing to make a store at '\(path)': \(location.resolved) is inside the SocioLab store "
                    + "at \(ancestor); give a directory outside every store", code: "output.into-store")
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
                            + "that this command reads; give a path outside the store",
                        code: "output.into-store")
                }
                throw usage(
                    "refusing to write '\(path)': it resolves to \(location.resolved), inside the store "
                        + "'\(context.storePath)' (\(storeReal)) that this command reads; give a path outside "
                        + "the store", code: "output.into-store")
            }
            if isStore(prefix) {
                throw usage(
                    "refusing to write '\(path)': it resolves to \(location.resolved), inside the SocioLab "
                        + "store at \(prefix); give a path outside every store", code: "output.into-store")
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

    private static func usage(_ message: String, code: String) -> CommandFailure {
        CommandFailure(["sociolab: error: " + message + " [\(code)]"], exitCode: ExitCode.usage)
    }

    /// A usage failure (exit 2) in `language`.
    private static func usage(_ message: LocalizedText, _ language: Language, code: String) -> CommandFailure
    {
        CommandFailure(
            ["sociolab: \(Tool.errorWord(language)): " + message[language] + " [\(code)]"],
            exitCode: ExitCode.usage)
    }
}
