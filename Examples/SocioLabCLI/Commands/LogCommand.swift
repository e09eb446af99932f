import Foundation
import SocioLabKit
import SocioLabStorage

/// `sociolab log`: the store's change sets, newest first, like `git log`.
enum LogCommand: CLICommand {
    static let spec = CommandSpec(
        name: "log",
        abstract: "List the store's change sets, newest first: revision, time, author, reason and counts.",
        discussion:
            "Each change set shows its revision, time (UTC), author, the partner it was made as (when "
            + "it records one), its reason, and how many records of each kind it inserted, updated, deleted or "
            + "holds erased. It reads the journal and the history line by line without loading the store or "
            + "taking its lock. 'sociolab history ID' shows one record's changes with their values. "
            + "--format json prints an array of objects with the keys revision, timestamp, author, "
            + "acting_partner (null when none), reason and changes (kind → inserts, updates, deletions, "
            + "erasures).",
        options: [
            .init("limit", short: "n", valueName: "count", help: "Show at most this many change sets."),
            .init(
                "since", valueName: "day",
                help: "Only change sets made on this day (UTC) or later: 2021-01-15 or 15.1.2021."),
            .init("author", valueName: "name", help: "Only change sets by this author."),
            .textOrJSON,
        ])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        let limit = try context.arguments.value("--limit", as: "a whole number of 1 or more") { text in
            Int(text).flatMap { $0 >= 1 ? $0 : nil }
        }
        let since = try context.arguments.value("--since", as: "a date like 2021-01-15") {
            try Day(parsing: $0)
        }
        let author = context.arguments.value("--author")
        let changeSets = try await StoreAccess.changeSets(
            at: context.storeURL, path: context.storePath, limit: limit, environment: context.environment
        ) { summary in
            (since.map { summary.timestamp.day >= $0 } ?? true)
                && (author.map { summary.author == $0 } ?? true)
        }
        if context.arguments.value("--format") == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.write(try encoder.encode(changeSets.map(Entry.init)))
            context.console.line()
        } else {
            for (index, changeSet) in changeSets.enumerated() {
                if index > 0 { context.console.line() }
                for line in lines(for: changeSet, in: language) { context.console.line(line) }
            }
        }
        if changeSets.isEmpty {
            let filtered = since != nil || author != nil
            context.console.error(
                LocalizedText(
                    sl: filtered
                        ? "sociolab: opomba: noben sklop sprememb ne ustreza danim pogojem"
                        : "sociolab: opomba: shramba še nima nobenega sklopa sprememb",
                    en: filtered
                        ? "sociolab: note: no change set matches what was given"
                        : "sociolab: note: the store has no change sets yet")[language])
        }
        return ExitCode.success
    }

    /// The text lines of one change set: a heading, its reason, and its counts by kind.
    static func lines(for changeSet: ChangeSetSummary, in language: Language) -> [String] {
        let slovenian = language == .slovenian
        var heading =
            (slovenian ? "revizija " : "revision ") + "\(changeSet.revision)  \(changeSet.timestamp)  "
            + changeSet.author
        if let partner = changeSet.actingPartner {
            heading += slovenian ? "  kot partner \(partner)" : "  as partner \(partner)"
        }
        let kinds = EntityKind.allCases.filter { changeSet.counts[$0] != nil }
        let counts = kinds.map { kind in
            "    " + kind.rawValue.padding(toLength: 20, withPad: " ", startingAt: 0)
                + phrases(changeSet.counts[kind]!, in: language).joined(separator: ", ")
        }
        let noRecords = slovenian ? "    brez zapisov" : "    no records"
        return [heading, "    " + changeSet.reason] + (counts.isEmpty ? [noRecords] : counts)
    }

    /// "2 inserts, 1 update" — the counts that are not zero.
    static func phrases(_ counts: ChangeSetSummary.Counts, in language: Language) -> [String] {
        [
            (counts.inserts, CountedNoun.insert), (counts.updates, CountedNoun.update),
            (counts.deletions, deletion), (counts.erasures, erasure),
        ]
        .filter { $0.0 > 0 }
        .map { $0.1.phrase($0.0, in: language) }
    }

    /// A record removed by a change set.
    static let deletion = CountedNoun(
        sl: ("odstranitev", "odstranitvi", "odstranitve", "odstranitev"), en: ("deletion", "deletions"))
    /// A record whose values were erased from the history.
    static let erasure = CountedNoun(
        sl: ("izbrisan zapis", "izbrisana zapisa", "izbrisani zapisi", "izbrisanih zapisov"),
        en: ("erased record", "erased records"))

    /// One change set in `--format json`: the keys are part of the tool's interface (documented in CLI.md).
    struct Entry: Encodable {
        var summary: ChangeSetSummary

        init(_ summary: ChangeSetSummary) { self.summary = summary }

        private enum Keys: String, CodingKey {
            case revision, timestamp, author, actingPartner = "acting_partner", reason, changes
        }

        private enum CountKeys: String, CodingKey { case inserts, updates, deletions, erasures }

        private struct KindKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(summary.revision, forKey: .revision)
            try container.encode(summary.timestamp.description, forKey: .timestamp)
            try container.encode(summary.author, forKey: .author)
            try container.encode(summary.actingPartner, forKey: .actingPartner)
            try container.encode(summary.reason, forKey: .reason)
            var changes = container.nestedContainer(keyedBy: KindKey.self, forKey: .changes)
            for (kind, counts) in summary.counts {
                var entry = changes.nestedContainer(
                    keyedBy: CountKeys.self, forKey: KindKey(stringValue: kind.rawValue))
                try entry.encode(counts.inserts, forKey: .inserts)
                try entry.encode(counts.updates, forKey: .updates)
                try entry.encode(counts.deletions, forKey: .deletions)
                try entry.encode(counts.erasures, forKey: .erasures)
            }
        }
    }
}
