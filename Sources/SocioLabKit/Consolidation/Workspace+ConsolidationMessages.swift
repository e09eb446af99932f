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

    /// The error for a package not newer than the one the store last merged from its partner: older, or
    /// made at the same time with other records.
    static func packageOlderError(
        _ package: PseudonymisedPackage, directory: String, last: ConsolidationReceipt
    ) -> SocioLabError {
        let (partner, created) = (package.header.partner, package.header.created)
        let text: LocalizedText
        if created == last.created {
            text = LocalizedText(
                sl:
                    "paket partnerja \(partner) z dne \(created) ima isti čas nastanka kot paket, ki je bil od tega "
                    + "partnerja nazadnje združen (\(last.created), revizija \(last.revision)), a drugačne zapise; "
                    + "nič ni bilo zapisano — naj partner \(partner) izvozi nov paket in združite tega",
                en:
                    "the package of partner \(partner) made \(created) has the same creation time as the package "
                    + "last merged from that partner (\(last.created), revision \(last.revision)) but other "
                    + "records; nothing was written — ask partner \(partner) to export a new package and merge that"
            )
        } else {
            text = LocalizedText(
                sl: "paket partnerja \(partner) z dne \(created) je starejši od paketa, ki je bil od tega "
                    + "partnerja nazadnje združen (\(last.created), revizija \(last.revision)); nič ni bilo "
                    + "zapisano — združite paket, narejen po \(last.created), ali naj partner \(partner) izvozi nov "
                    + "paket",
                en:
                    "the package of partner \(partner) made \(created) is older than the package last merged from "
                    + "that partner (made \(last.created), revision \(last.revision)); nothing was written — merge "
                    + "a package made after \(last.created), or ask partner \(partner) to export a new one")
        }
        return SocioLabError(
            .consolidationPackageOlder, text,
            at: .init(file: directory + "/" + PseudonymisedPackage.headerFileName, field: "created"))
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
