import Foundation
import SocioLabKit

/// `sociolab history ID`: every change set that touched an entity, with author, time, reason and the
/// record before and after.
enum HistoryCommand: CLICommand {
    static let spec = CommandSpec(
        name: "history",
        abstract: "Show every change to an entity: who, when, why, and the record before and after.",
        discussion: "ID is 'kind/id' (such as person/p001 or activity/a001) or a bare id, which is looked "
            + "up in every kind. A person's history includes their personal details; the details of a person "
            + "whose details were erased are shown as [redacted].",
        options: [.actingAs],
        positionals: [
            .init(
                "id", help: "The entity, as kind/id or a bare id. For every change set, use 'sociolab log'.",
                isRequired: false)
        ])

    static func run(_ context: CommandContext) async throws -> Int32 {
        guard let text = context.arguments.positional("id") else {
            throw UsageError(
                .usageMissingArgument,
                LocalizedText(
                    sl: "'history' prikaže spremembe enega zapisa: navedite ga kot vrsta/id, npr. "
                        + "'sociolab history person/p001'; vse sklope sprememb izpiše 'sociolab log'",
                    en: "'history' shows the changes of one record: give it as kind/id, such as "
                        + "'sociolab history person/p001'; 'sociolab log' lists every change set")[
                        try context.language()],
                command: spec.name)
        }
        let workspace = try await context.openWorkspace(readOnly: true)
        let dataset = await workspace.dataset
        var references: [EntityReference]
        if let reference = EntityReference(parsing: text) {
            references = [reference]
        } else {
            references = EntityKind.allCases.map { EntityReference($0, text) }.filter(dataset.contains)
            if references.isEmpty { references = EntityKind.allCases.map { EntityReference($0, text) } }
        }
        let history = try await workspace.redactedHistory(of: references)
        guard !history.isEmpty else {
            throw CommandFailure(
                [
                    "sociolab: error: no change set touched '\(text)'; give an id as kind/id, such as person/p001"
                ])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let wanted = Set(references.flatMap(\.historySubjects))
        for changeSet in history {
            let acting = changeSet.actingPartner.map { "  as partner \($0)" } ?? ""
            context.console.line(
                "revision \(changeSet.revision)  \(changeSet.timestamp)  by \(changeSet.author)\(acting)  "
                    + "reason: \(changeSet.reason)")
            for record in changeSet.records where wanted.contains(record.reference) {
                context.console.line("  \(record.action.rawValue) \(record.reference)")
                if record.redacted {
                    context.console.line("    [redacted: personal details erased]")
                    continue
                }
                if let before = record.before {
                    context.console.line(
                        "    before: " + String(decoding: try encoder.encode(before), as: UTF8.self))
                }
                if let after = record.after {
                    context.console.line(
                        "    after:  " + String(decoding: try encoder.encode(after), as: UTF8.self))
                }
            }
        }
        return ExitCode.success
    }
}
