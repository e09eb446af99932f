import Foundation
import SocioLabKit

/// `sociolab claim --partner ID --period PERIOD`: drafts a payment claim from the partner's unclaimed cost
/// items paid in the period; shows it, and with `--write` stores it as one change set.
enum ClaimCommand: CLICommand {
    static let spec = CommandSpec(
        name: "claim",
        abstract: "Draft a payment claim for a partner and period from its unclaimed cost items.",
        discussion: "Takes the partner's cost items paid in the period that no claim declares yet, adds the "
            + "flat-rate amounts computed on them, and splits the claim into the EU and national shares (the "
            + "EU share rounded to the cent, the national share the remainder). Without --write it only shows "
            + "the draft, after checking it as writing would; with --write it stores the claim (status draft) "
            + "and its cost items as one change set, all or nothing.",
        options: [
            .init("partner", valueName: "id", help: "The claiming partner, such as prizma (required)."),
            .init(
                "period", short: "p", valueName: "period",
                help:
                    "The costs' payment period: 2019, 2019-Q3, 2019-07 or 2019-01-01..2019-06-30 (required)."),
            .init("id", valueName: "id", help: "The new claim's id (default: claim-PARTNER-PERIOD)."),
            .init("author", valueName: "name", help: "Who makes the change (default: $USER)."),
            .init("reason", valueName: "text", help: "Why, kept in the history (default: the claim's id)."),
            .textOrJSON,
        ],
        flags: [.init("write", help: "Store the draft claim; without it nothing is written.")])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let arguments = context.arguments
        let language = try context.language()
        guard let partnerText = arguments.value("--partner"), !partnerText.isEmpty else {
            throw UsageError(
                .usageMissingValue, "option '--partner' is required; write '--partner <id>', such as prizma",
                command: spec.name)
        }
        guard
            let period = try arguments.value(
                "--period", as: "a period like 2019, 2019-Q3, 2019-07 or a..b", { try Period(parsing: $0) })
        else {
            throw UsageError(
                .usageMissingValue,
                "option '--period' is required; write '--period <period>', such as 2019-Q3",
                command: spec.name)
        }
        let write = arguments.flag("--write")
        let partner = Partner.ID(partnerText)
        let id =
            arguments.value("--id").map { PaymentClaim.ID($0) }
            ?? FinanceClaimDraft.defaultID(partner: partner, period: period)
        let workspace = try await context.openWorkspace(readOnly: !write)
        let dataset = await workspace.dataset
        let draft: FinanceClaimDraft
        do {
            draft = try FinanceClaimDraft.draft(dataset, partner: partner, period: period, id: id)
        } catch {
            throw commandLineError(error)
        }
        let reason = arguments.value("--reason") ?? "payment claim " + id.rawValue
        // Checked as writing would check it (the claim rules of the kit), written only with --write.
        let result = try await workspace.apply(
            draft.changes, author: context.author, reason: reason, dryRun: !write)
        if arguments.value("--format") == "json" {
            context.console.write(try ClaimDraftText.json(draft, written: write ? result.revision : nil))
            context.console.line()
        } else {
            for line in ClaimDraftText.lines(draft, operation: dataset.operation, in: language) {
                context.console.line(line)
            }
        }
        for issue in result.issues {
            for line in Diagnostics.lines(for: issue, language: language) { context.console.error(line) }
        }
        let records = draft.changes.count
        if write {
            context.console.error(
                LocalizedText(
                    sl: "Osnutek zahtevka \(id.rawValue) je shranjen: "
                        + "\(CountedNoun.record.phrase(records, in: .slovenian)) (revizija \(result.revision))",
                    en:
                        "Saved the draft claim \(id.rawValue): \(records) record(s) (revision \(result.revision))"
                )[language])
        } else {
            context.console.error(
                LocalizedText(
                    sl: "Poskusni zagon: nič ni bilo zapisano; osnutek shranite z --write "
                        + "(\(CountedNoun.record.phrase(records, in: .slovenian)))",
                    en:
                        "Dry run: nothing was written; add --write to save the draft claim (\(records) record(s))"
                )[
                    language])
        }
        return ExitCode.success
    }

    /// An unknown partner or an existing claim id is a mistake on the command line (exit 2), named by its
    /// option; any other error stays as it is.
    private static func commandLineError(_ error: SocioLabError) -> any Error {
        let option: String
        switch error.code {
        case .claimUnknownPartner: option = "--partner"
        case .claimExists: option = "--id"
        default: return error
        }
        return UsageError(
            error.code,
            LocalizedText(
                sl: "možnost '\(option)': " + error.message(in: .slovenian),
                en: "option '\(option)': " + error.message(in: .english)),
            command: spec.name)
    }
}
