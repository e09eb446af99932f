import SocioLabKit

/// `sociolab info`: the same as `sociolab status`.
enum InfoCommand: CLICommand {
    static let spec: CommandSpec = {
        var spec = StatusCommand.spec
        spec.name = "info"
        spec.abstract = "The same as 'status': show the store and where it stands."
        spec.discussion = "See 'sociolab status --help'."
        return spec
    }()

    static func run(_ context: CommandContext) async throws -> Int32 { try await StatusCommand.run(context) }
}
