import SocioLabKit

extension CommandSpec.Option {
    /// `--as PARTNER`: the partner the command acts as (`Documentation/Partners.md`); without it the
    /// command acts as the operation's administrator, as it always did.
    static let actingAs = Self(
        "as", valueName: "partner",
        help: "Act as this partner (such as citilab): see only its participants' personal details and "
            + "write only its records. Default: the operation's administrator.")
}

extension SlovenianHelp {
    /// The Slovenian help of the options several commands share (the command's own table wins).
    static let sharedCommandOptions: [String: String] = [
        "as": "Deluje kot ta partner (npr. citilab): vidi le osebne podatke svojih udeležencev in vnaša le "
            + "svoje zapise. Privzeto: skrbnik operacije."
    ]
}

extension CommandContext {
    /// Who the command acts as: `--as PARTNER`, else the administrator.
    var actingParty: ActingParty {
        arguments.value("--as").map { .partner(Partner.ID($0)) } ?? .administrator
    }

    /// The usage error for `--as` naming a partner the store's operation does not have, listing its
    /// partners (exit code 2).
    func unknownPartner(_ partner: String, in operation: ESFOperation) -> UsageError {
        let names = operation.partners.map(\.id.rawValue).joined(separator: ", ")
        return UsageError(
            .usageInvalidValue,
            LocalizedText(
                sl: "možnost '--as' ne sprejme '\(partner)'; navedite enega od partnerjev: \(names)",
                en: "option '--as' does not accept '\(partner)'; use one of \(names)"),
            command: arguments.command)
    }
}
