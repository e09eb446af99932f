import SocioLabKit

/// `sociolab init`: a new, empty store for the operation.
enum InitCommand: CLICommand {
    static let spec = CommandSpec(
        name: "init",
        abstract: "Create a new, empty store for the operation.",
        discussion: "Fails with exit code 3 when the store directory already holds a store or other files, "
            + "and with exit code 2 when it would be inside another store.",
        options: [
            .init(
                "operation", valueName: "id", help: "The operation the store records.",
                defaultValue: "sociolab-podravje", choices: ["sociolab-podravje"])
        ])

    static func run(_ context: CommandContext) async throws -> Int32 {
        try OutputDestination.checkNewStore(context.storePath, context: context)
        _ = try await StoreAccess.create(
            at: context.storeURL, path: context.storePath, operation: .socioLabPodravje,
            environment: context.environment)
        context.console.error(
            LocalizedText(
                sl: "Ustvarjena je prazna shramba za SocioLab Podravje v \(context.storePath)",
                en: "Created an empty store for SocioLab Podravje at \(context.storePath)")[
                    try context.language()])
        return ExitCode.success
    }
}
