import SocioLabKit

/// `sociolab store verify` and `sociolab store compact`: maintenance of the store's files.
enum StoreCommand: CLICommand {
    static let spec = CommandSpec(
        name: "store",
        abstract: "Maintain the store: 'store verify' checks its files, 'store compact' rewrites them.",
        discussion:
            "verify checks everything opening the store checks, then reads every line of the journal and "
            + "the history (checksums, revisions without gaps across history, snapshot and journal, what the "
            + "head record says was acknowledged) and the snapshot's fingerprint, without changing anything or "
            + "taking the lock, and lists every damaged place; it exits 0 when the store is sound, 1 when it has "
            + "notices (such as a torn last line that the next write will drop) and 3 when it is damaged. "
            + "compact writes a new snapshot "
            + "of the current data and starts an empty journal.",
        positionals: [.init("action", help: "verify or compact.")])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        switch context.arguments.positional("action") {
        case "verify":
            let verification = try StoreAccess.verify(
                at: context.storeURL, path: context.storePath, environment: context.environment)
            for problem in verification.problems { context.console.line(problem.description) }
            for notice in verification.notices {
                context.console.error(
                    "\(context.storePath): \(language == .slovenian ? "opomba" : "note"): \(notice)")
            }
            if !verification.isSound {
                let count = verification.problems.count
                context.console.error(
                    LocalizedText(
                        sl: "\(context.storePath): shramba je poškodovana "
                            + "(\(CountedNoun.problem.phrase(count, in: .slovenian))); nič ni bilo spremenjeno",
                        en:
                            "\(context.storePath): the store is damaged (\(count) problem(s)); nothing was changed"
                    )[language])
                return ExitCode.store
            }
            let revision = verification.revision
            context.console.error(
                LocalizedText(
                    sl:
                        "\(context.storePath): shramba je brez napak\(revision.map { " (revizija \($0))" } ?? "")",
                    en:
                        "\(context.storePath): the store is sound\(revision.map { " at revision \($0)" } ?? "")"
                )[
                    language])
            return verification.notices.isEmpty ? ExitCode.success : ExitCode.findings
        case "compact":
            let workspace = try await context.openWorkspace()
            try await workspace.compact(progress: context.console.progressHandler)
            let revision = await workspace.revision
            context.console.summary(
                LocalizedText(
                    sl: "\(context.storePath): stisnjena pri reviziji \(revision)",
                    en: "\(context.storePath): compacted at revision \(revision)")[language])
            return ExitCode.success
        case let other:
            throw UsageError(
                .usageInvalidChoice, "'store' does not accept '\(other ?? "")'; use one of verify|compact",
                command: spec.name)
        }
    }
}
