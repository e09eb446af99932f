import Foundation
import SocioLabKit

/// `sociolab consolidate --key-file K PKG... --into STORE`: the lead partner merges partners' pseudonymised
/// packages, one change set per package (`Documentation/Partners-Consolidation.md`).
enum ConsolidateCommand: CLICommand {
    static let spec = CommandSpec(
        name: "consolidate",
        abstract: "Merge partners' pseudonymised packages into the lead partner's store.",
        discussion: "Each package is validated and written as one change set, whole or not at all. Every "
            + "package's key check value is checked first, so a wrong key writes nothing. Persons with the same "
            + "keyed hash are one person; differing statistics are warnings and the first entry is kept. "
            + "Activity, organisation and participation ids get the partner's prefix (citilab:a1); "
            + "organisations match by registration or tax number. The store remembers the last package merged "
            + "from each partner: merging the same package again changes nothing, a newer package replaces the "
            + "older one, and an older package is refused before anything is written. Exit codes: 0 success (warnings "
            + "included), 1 a package refused, 2 a usage error, 3 a store error.",
        options: [
            .init(
                "key-file", valueName: "file", help: "The operation's key (hex) the lead partner distributed."
            ),
            .init(
                "into", valueName: "store", help: "The lead partner's store to merge into (default: --store)."
            ),
            .init("author", valueName: "name", help: "Who consolidates (default: $USER)."),
        ],
        positionals: [
            .init(
                "packages", help: "Package directories written by 'export --pseudonymised'.", isVariadic: true
            )
        ])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        let key = try PseudonymKey.fromArguments(context, command: spec.name)
        var packages: [(package: PseudonymisedPackage, directory: String)] = []
        for directory in context.arguments.positionalValues("packages") {
            packages.append((try read(directory, context: context, language: language), directory))
        }
        let path = context.arguments.value("--into") ?? context.storePath
        let store = try await StoreAccess.open(
            at: context.environment.url(for: path, isDirectory: true), path: path, readOnly: false,
            environment: context.environment)
        let workspace = try await Workspace(
            store: store, plugins: context.plugins, clock: context.environment.clock)
        let outcomes = try await workspace.consolidate(packages, key: key, author: context.author)
        for outcome in outcomes {
            for warning in outcome.warnings {
                for line in Diagnostics.lines(for: warning, severity: .warning, language: language) {
                    context.console.error(line)
                }
            }
            let partner = outcome.partner.rawValue
            if let committed = outcome.committed, outcome.changeCount == 0 {
                context.console.line(
                    LocalizedText(
                        sl:
                            "\(partner): novejši paket z enakimi zapisi, zabeležen v reviziji \(committed.revision)",
                        en: "\(partner): a newer package with the same records, recorded in revision "
                            + "\(committed.revision)")[language])
            } else if let committed = outcome.committed {
                context.console.line(
                    LocalizedText(
                        sl: "\(partner): \(CountedNoun.change.phrase(outcome.changeCount, in: .slovenian)), "
                            + "revizija \(committed.revision)",
                        en: "\(partner): \(CountedNoun.change.phrase(outcome.changeCount, in: .english)), "
                            + "revision \(committed.revision)")[language])
            } else {
                context.console.line(
                    LocalizedText(
                        sl: "\(partner): paket je že združen, nič se ni spremenilo",
                        en: "\(partner): the package is merged already; nothing changed")[language])
            }
        }
        return ExitCode.success
    }

    /// Reads a package directory's files; the Kit checks them.
    static func read(_ directory: String, context: CommandContext, language: Language) throws
        -> PseudonymisedPackage
    {
        var isDirectory: ObjCBool = false
        let url = context.environment.url(for: directory, isDirectory: true)
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw CommandFailure([
                "\(directory): \(Tool.errorWord(language)): "
                    + LocalizedText(
                        sl:
                            "ni mapa paketa; podajte mapo, ki jo je zapisal 'sociolab export --pseudonymised'",
                        en:
                            "is no package directory; give a directory written by 'sociolab export --pseudonymised'"
                    )[language]
            ])
        }
        var files: [String: Data] = [:]
        for name in [PseudonymisedPackage.headerFileName, PseudonymisedPackage.recordsFileName] {
            let file = url.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            files[name] = try OutputFile.read(file, path: directory + "/" + name, language: language)
        }
        return try PseudonymisedPackage.read(files: files, directory: directory)
    }
}
