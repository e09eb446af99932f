import Foundation
import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Plain sentences for a file the tool could not read or write: which path, what is wrong, and what to
/// do — in place of the system's or Foundation's own text, which says neither.
enum FileErrorText {
    /// What the tool was doing with the path.
    enum Action {
        case read, write, createDirectory, inspect, flush

        /// "cannot write 'x.json'" and its Slovenian.
        func phrase(_ path: String) -> LocalizedText {
            switch self {
            case .read:
                LocalizedText(sl: "datoteke '\(path)' ni mogoče prebrati", en: "cannot read '\(path)'")
            case .write: LocalizedText(sl: "'\(path)' ni mogoče zapisati", en: "cannot write '\(path)'")
            case .createDirectory:
                LocalizedText(
                    sl: "mape '\(path)' ni mogoče ustvariti", en: "cannot create the directory '\(path)'")
            case .inspect:
                LocalizedText(sl: "poti '\(path)' ni mogoče pregledati", en: "cannot look at '\(path)'")
            case .flush:
                LocalizedText(
                    sl: "mape '\(path)' ni mogoče trajno zapisati na disk",
                    en: "cannot flush the directory of '\(path)' to disk")
            }
        }
    }

    /// What is wrong and what to do, for the system's error number `code`.
    static func reason(_ code: Int32, action: Action) -> LocalizedText {
        let reading = action == .read || action == .inspect
        switch code {
        case EACCES, EPERM:
            return reading
                ? LocalizedText(
                    sl:
                        "nimate dovoljenja za branje; prosite lastnika za dovoljenje ali datoteko kopirajte tja, "
                        + "kjer jo lahko berete",
                    en:
                        "you are not allowed to read it; ask its owner for permission, or copy it where you can "
                        + "read it")
                : LocalizedText(
                    sl:
                        "v to mapo nimate dovoljenja za pisanje; navedite pot v mapi, v katero lahko pišete, ali "
                        + "prosite lastnika mape za dovoljenje",
                    en:
                        "you are not allowed to write in that directory; give a path in a directory you can write "
                        + "to, or ask the directory's owner for permission")
        case ENOENT:
            return reading
                ? LocalizedText(
                    sl: "datoteka ne obstaja; preverite ime in mapo (relativna pot se začne v trenutni mapi)",
                    en:
                        "the file does not exist; check its name and directory (a relative path starts in the "
                        + "current directory)")
                : LocalizedText(
                    sl: "mapa na poti ne obstaja; najprej jo ustvarite ali navedite pot v obstoječi mapi",
                    en:
                        "a directory on the way does not exist; create it first, or give a path in an existing "
                        + "directory")
        case ENOTDIR:
            return LocalizedText(
                sl: "del poti, ki bi moral biti mapa, je datoteka; popravite pot",
                en: "a part of the path that must be a directory is a file; correct the path")
        case EISDIR:
            return LocalizedText(
                sl: "to je mapa, ne datoteka; navedite datoteko v njej",
                en: "it is a directory, not a file; give a file inside it")
        case ENOSPC, EDQUOT:
            return LocalizedText(
                sl:
                    "na disku ni več prostora (ali je porabljena vaša kvota); sprostite prostor ali pišite drugam",
                en: "the disk is full (or your quota is used up); free some space, or write somewhere else")
        case EROFS:
            return LocalizedText(
                sl: "datotečni sistem je samo za branje; pišite drugam",
                en: "the file system is read-only; write somewhere else")
        case ENAMETOOLONG:
            return LocalizedText(
                sl: "ime ali pot je predolga; navedite krajšo pot",
                en: "the name or path is too long; give a shorter one")
        case ELOOP:
            return LocalizedText(
                sl: "simbolne povezave na poti se vrtijo v krogu; preverite povezave",
                en: "the symbolic links on the way point at each other in a loop; check the links")
        case EIO:
            return LocalizedText(
                sl: "disk je javil napako pri branju ali pisanju; preverite disk in poskusite znova",
                en: "the disk reported an input/output error; check the disk and try again")
        default:
            let system = String(cString: strerror(code))
            return LocalizedText(
                sl: "sistem sporoča: \(system) (errno \(code)); preverite pot in poskusite znova",
                en: "the system says: \(system) (errno \(code)); check the path and try again")
        }
    }

    /// The stable code of the system's error number `code`, which every line ends with in brackets, as
    /// the tool's other errors do: `file.missing`, `file.not-allowed` …
    static func errorCode(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "file.not-allowed"
        case ENOENT: "file.missing"
        case ENOTDIR: "file.not-a-directory"
        case EISDIR: "file.is-a-directory"
        case ENOSPC, EDQUOT: "file.disk-full"
        case EROFS: "file.read-only"
        case ENAMETOOLONG: "file.name-too-long"
        case ELOOP: "file.link-loop"
        case EIO: "file.io"
        default: "file.system"
        }
    }

    /// The full line: "sociolab: error: cannot write 'x.json': <reason> [file.…]".
    static func line(_ action: Action, path: String, errno code: Int32, language: Language) -> String {
        "sociolab: \(Tool.errorWord(language)): \(action.phrase(path)[language]): "
            + reason(code, action: action)[language] + " [\(errorCode(code))]"
    }

    /// A failure (exit 1) for a file the tool could not read or write.
    static func failure(_ action: Action, path: String, errno code: Int32, language: Language)
        -> CommandFailure
    {
        CommandFailure([line(action, path: path, errno: code, language: language)])
    }
}
