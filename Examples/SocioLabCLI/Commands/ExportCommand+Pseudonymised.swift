import Foundation
import SocioLabKit

/// `sociolab export --pseudonymised --key-file K --partner P --out DIR`: the partner's records for the lead
/// partner, every person a keyed hash and no personal data (`Documentation/Partners-Consolidation.md`).
extension ExportCommand {
    static func runPseudonymised(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        guard context.arguments.value("--out").map({ $0 != "-" }) ?? false else {
            throw UsageError(
                .usageMissingValue,
                LocalizedText(
                    sl: "'--pseudonymised' zapiše paket v mapo; podajte jo z '--out <mapa>'",
                    en:
                        "'--pseudonymised' writes a package into a directory; give it with '--out <directory>'"
                ),
                command: spec.name)
        }
        if let acting = context.arguments.value("--as") {
            // Acting as a partner, a workspace sees the personal details of that partner's participants only:
            // the others would get tokens of their own, and the lead partner would count them twice.
            throw UsageError(
                .usageInvalidValue,
                LocalizedText(
                    sl:
                        "'--pseudonymised' ni mogoče združiti z '--as \(acting)': paket naredi partner iz svoje "
                        + "shrambe, kjer vidi osebne podatke vseh svojih udeležencev; kot partner v skupni shrambi bi "
                        + "jih videl le del in vodilni partner bi druge štel dvakrat. V skupni shrambi paket ni "
                        + "potreben: vodilni partner poroča iz nje same ('sociolab report')",
                    en:
                        "'--pseudonymised' cannot be combined with '--as \(acting)': a partner makes its package "
                        + "from its own store, where it sees the personal details of all its participants; acting "
                        + "as a partner on a shared store it sees only some, and the lead partner would count the "
                        + "others twice. A shared store needs no package: the lead partner reports from it "
                        + "directly ('sociolab report')"),
                command: spec.name)
        }
        guard let partnerID = context.arguments.value("--partner") else {
            throw UsageError(
                .usageMissingValue,
                LocalizedText(
                    sl: "'--pseudonymised' potrebuje partnerja, čigar paket je; podajte '--partner <šifra>'",
                    en: "'--pseudonymised' needs the partner whose package it is; give '--partner <id>'"),
                command: spec.name)
        }
        let key = try PseudonymKey.fromArguments(context, command: spec.name)
        let files = [PseudonymisedPackage.recordsFileName, PseudonymisedPackage.headerFileName]
        let destination = try OutputDestination.fromArguments(context, kind: .directory(files: files))
        let workspace = try await context.openWorkspace(readOnly: true)
        let dataset = await workspace.dataset
        let partner = Partner.ID(partnerID)
        guard dataset.operation.partner(partner) != nil else {
            let known = dataset.operation.partners.map(\.id.rawValue).joined(separator: ", ")
            throw UsageError(
                .usageInvalidValue,
                LocalizedText(
                    sl: "'\(partnerID)' ni partner operacije; podajte enega od: \(known)",
                    en: "'\(partnerID)' is not a partner of the operation; give one of: \(known)"),
                command: spec.name)
        }
        let package = try PseudonymisedPackage.make(
            from: dataset, partner: partner, key: key, created: context.environment.clock.now())
        guard var directory = destination else { return ExitCode.usage }
        try directory.write(
            try package.files().map { ExportedFile(name: $0.name, data: $0.data) }, context: context)
        let count = package.records.count
        context.console.error(
            LocalizedText(
                sl:
                    "Psevdonimiziran paket partnerja \(partnerID): \(CountedNoun.record.phrase(count, in: .slovenian)) "
                    + "v \(directory.path), kontrolna vrednost ključa \(key.checkValue)",
                en:
                    "Pseudonymised package of partner \(partnerID): \(count) records in \(directory.path), key check "
                    + "value \(key.checkValue)")[language])
        return ExitCode.success
    }
}
