import SocioLabKit
import SocioLabStorage

/// `sociolab version` (also `sociolab --version` and `-V`): the tool's version, the store format versions
/// it reads and writes, and the Swift compiler it was built with.
enum VersionCommand: CLICommand {
    /// The tool's version.
    static let version = "0.1.0-dev"

    static let spec = CommandSpec(
        name: "version",
        abstract: "Show the version, the store formats it reads and writes, and the Swift it was built with.",
        discussion: "'sociolab --version' and 'sociolab -V' print the same. Everything goes to standard "
            + "output; the exit code is 0.")

    /// The compiler version, from a ladder of `#if compiler` checks (the newest it knows of).
    static var swiftVersion: String {
        #if compiler(>=6.4)
            "6.4 or newer"
        #elseif compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2)
            "6.2"
        #elseif compiler(>=6.1)
            "6.1"
        #else
            "6.0"
        #endif
    }

    /// The lines `version` prints, in `language`.
    static func lines(in language: Language) -> [String] {
        let readable = JSONFileStore.readableFormatVersions
        let reads =
            readable.count == 1 ? "\(readable.lowerBound)" : "\(readable.lowerBound)–\(readable.upperBound)"
        let written = JSONFileStore.writtenFormatVersion
        let imported = JSONFileStore.importFormatVersion
        let document = DatasetDocument.currentVersion
        guard language == .slovenian else {
            return [
                "sociolab \(version)",
                "store format: reads versions \(reads), writes version \(written) (\(imported) once a new store took an import)",
                "dataset document (import, export): version \(document)",
                "built with Swift \(swiftVersion)",
            ]
        }
        return [
            "sociolab \(version)",
            "oblika shrambe: bere različice \(reads), piše različico \(written) (\(imported), ko je nova shramba prejela uvoz)",
            "dokument s podatki (uvoz, izvoz): različica \(document)",
            "zgrajeno s Swift \(swiftVersion)",
        ]
    }

    static func run(_ context: CommandContext) async throws -> Int32 {
        for line in lines(in: try context.language()) { context.console.line(line) }
        return ExitCode.success
    }
}
