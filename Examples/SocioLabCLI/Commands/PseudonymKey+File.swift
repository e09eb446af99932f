import Foundation
import SocioLabKit

extension PseudonymKey {
    /// Reads the key file `--key-file` names.
    /// - Throws: ``UsageError`` (exit 2) without `--key-file`; ``CommandFailure`` for a file that cannot
    ///   be read; ``SocioLabError`` `consolidation.key-invalid` for one that is not a key.
    static func fromArguments(_ context: CommandContext, command: String) throws -> PseudonymKey {
        guard let path = context.arguments.value("--key-file") else {
            throw UsageError(
                .usageMissingValue,
                LocalizedText(
                    sl: "'\(command)' potrebuje ključ; podajte datoteko s ključem, ki ga je razdelil vodilni "
                        + "partner, z '--key-file <datoteka>'",
                    en: "'\(command)' needs the key; give the key file the lead partner distributed with "
                        + "'--key-file <file>'"),
                command: command)
        }
        let language = try context.language()
        let data = try OutputFile.read(context.environment.url(for: path), path: path, language: language)
        return try PseudonymKey(fileText: String(decoding: data, as: UTF8.self), file: path)
    }
}
