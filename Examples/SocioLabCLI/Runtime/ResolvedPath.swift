import Foundation
import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

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
    static func resolve(
        _ absolute: String, path: String, links: Int = 0, language: Language = .english
    ) throws -> ResolvedPath {
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
                throw FileErrorText.failure(.inspect, path: path, errno: code, language: language)
            }
            let next = target.hasPrefix("/") ? target : directory(of: absolute) + "/" + target
            return try resolve(next, path: path, links: links + 1, language: language)
        }
        let code = errno
        guard code == ENOENT || code == ENOTDIR else {
            throw FileErrorText.failure(.inspect, path: path, errno: code, language: language)
        }
        let name = lastName(of: absolute)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw FileErrorText.failure(.inspect, path: path, errno: ENOENT, language: language)
        }
        var parent = try resolve(directory(of: absolute), path: path, links: links, language: language)
        guard parent.existing == nil || parent.existing == .directory else {
            throw CommandFailure([
                "sociolab: \(Tool.errorWord(language)): "
                    + LocalizedText(
                        sl:
                            "'\(path)' ni mogoče zapisati: \(parent.resolved) je datoteka, ne mapa; navedite pot, "
                            + "na kateri so vse nadrejene poti mape",
                        en:
                            "cannot write '\(path)': \(parent.resolved) is a file, not a directory; give a path "
                            + "whose every parent is a directory")[language] + " [file.not-a-directory]"
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
