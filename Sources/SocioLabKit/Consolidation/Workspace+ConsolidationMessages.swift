extension Workspace {
    /// The warning for a person whose statistics differ between two partners' entries.
    static func conflictWarning(
        _ conflict: ConsolidationPlan.Conflict, first: Partner.ID?, package: PseudonymisedPackage,
        directory: String
    ) -> SocioLabError {
        let kept = first?.rawValue ?? "?"
        let fields = conflict.fields.map { "\($0.name) '\($0.kept)' / '\($0.incoming)'" }.joined(
            separator: ", ")
        return SocioLabError(
            .consolidationConflict,
            LocalizedText(
                sl: "partnerja \(kept) in \(package.header.partner) imata za isto osebo različne statistične "
                    + "podatke (\(fields)); po pravilu prvega vnosa ostane vnos partnerja \(kept) — če je "
                    + "napačen, naj ga partner \(kept) popravi in pošlje nov paket",
                en: "partners \(kept) and \(package.header.partner) record different statistics for the same "
                    + "person (\(fields)); by the first-entry rule the entry of partner \(kept) is kept — if it "
                    + "is wrong, partner \(kept) should correct it and send a new package"),
            at: .init(
                file: directory + "/" + PseudonymisedPackage.recordsFileName, line: conflict.line,
                entity: "person/\(conflict.person.rawValue)"))
    }

    /// The warning for a package skipped because a newer one of the same partner was given.
    static func olderPackageWarning(_ package: PseudonymisedPackage, directory: String) -> SocioLabError {
        SocioLabError(
            .consolidationOlderPackage,
            LocalizedText(
                sl:
                    "paket partnerja \(package.header.partner) z dne \(package.header.created) je preskočen, ker "
                    + "je podan novejši paket istega partnerja; združi se le najnovejši",
                en:
                    "the package of partner \(package.header.partner) made \(package.header.created) is skipped "
                    + "because a newer package of the same partner was given; only the newest is merged"),
            at: .init(file: directory + "/" + PseudonymisedPackage.headerFileName))
    }

    /// The error for a package whose records fail validation: the first error, at its line in the package.
    static func rejection(
        _ rejected: ChangeRejected, plan: ConsolidationPlan, package: PseudonymisedPackage, directory: String
    ) -> SocioLabError {
        let errors = rejected.errors
        let first = errors.first { $0.entity.flatMap { plan.lines[$0] } != nil } ?? errors.first
        let line = first?.entity.flatMap { plan.lines[$0] }
        let more = errors.count - 1
        let issue =
            first.map {
                LocalizedText(sl: $0.message.sl + " — " + $0.fix.sl, en: $0.message.en + " — " + $0.fix.en)
            }
            ?? LocalizedText(sl: "neznana napaka", en: "an unknown error")
        return SocioLabError(
            .consolidationPackageRejected,
            LocalizedText(
                sl: "paket partnerja \(package.header.partner) je zavrnjen v celoti, nič ni bilo zapisano: "
                    + issue.sl + (more > 0 ? " (in še \(more) napak)" : ""),
                en: "the package of partner \(package.header.partner) is refused whole, nothing was written: "
                    + issue.en + (more > 0 ? " (and \(more) more errors)" : "")),
            at: .init(
                file: directory + "/" + PseudonymisedPackage.recordsFileName, line: line, field: first?.field,
                entity: first?.entity?.description))
    }
}
