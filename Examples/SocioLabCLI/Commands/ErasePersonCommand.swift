import SocioLabKit

/// `sociolab erase-person ID --reason TEXT`: erases a person's personal details, from history too.
enum ErasePersonCommand: CLICommand {
    static let spec = CommandSpec(
        name: "erase-person",
        abstract: "Erase a person's personal details (name, contact, EMŠO), also from the store's history.",
        discussion: "The person's statistical record stays, so the indicators do not change. The erasure "
            + "is itself a change set with your name and reason; the store is compacted so the details leave "
            + "its files.",
        options: [
            .init("reason", valueName: "text", help: "Why the details are erased (required)."),
            .init("author", valueName: "name", help: "Who erases them (default: $USER)."),
            .actingAs,
        ],
        positionals: [.init("id", help: "The person's id (or person/ID).")])

    static func run(_ context: CommandContext) async throws -> Int32 {
        guard let reason = context.arguments.value("--reason"), !reason.isEmpty else {
            throw UsageError(
                .usageMissingValue, "option '--reason' is required; write '--reason <text>' saying why",
                command: spec.name)
        }
        var id = context.arguments.positional("id") ?? ""
        if let reference = EntityReference(parsing: id) {
            guard reference.kind == .person else {
                throw UsageError(
                    .usageInvalidValue, "argument <id> must name a person; got '\(id)'", command: spec.name)
            }
            id = reference.id
        }
        let workspace = try await context.openWorkspace()
        let revision = try await workspace.erasePersonalDetails(
            of: Person.ID(id), author: context.author, reason: reason)
        context.console.error(
            LocalizedText(
                sl: "Osebni podatki osebe person/\(id) so izbrisani (revizija \(revision))",
                en: "Erased the personal details of person/\(id) (revision \(revision))")[
                    try context.language()])
        return ExitCode.success
    }
}
