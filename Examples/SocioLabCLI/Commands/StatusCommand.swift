import Foundation
import SocioLabKit
import SocioLabStorage

/// `sociolab status` (also `sociolab info`): what the store is and where it stands.
enum StatusCommand: CLICommand {
    static let spec = CommandSpec(
        name: "status",
        abstract:
            "Show the store: path, format version, revision, records per kind, size, last change set, lock.",
        discussion: "Opens the store read-only (it works beside a writer) and shows its path, the format "
            + "version of its snapshot, its revision, the records of each kind, the size of its files, the "
            + "last change set, whether the next write compacts it, and the process holding the writer's lock, "
            + "if any. 'sociolab info' is the same. --format json prints one object with the keys path, "
            + "absolute_path, format_version, revision, records, total_records, size_bytes, files, "
            + "last_change_set (as 'log --format json' writes one, or null), compaction_due and lock_holder_pid "
            + "(null when none).",
        options: [.textOrJSON])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        let facts = try StoreAccess.facts(
            at: context.storeURL, path: context.storePath, environment: context.environment)
        let workspace = try await context.openWorkspace(readOnly: true)
        let dataset = await workspace.dataset
        let revision = await workspace.revision
        let last = try await StoreAccess.changeSets(
            at: context.storeURL, path: context.storePath, limit: 1, environment: context.environment,
            including: { _ in true }
        ).first
        let status = Status(
            path: context.storePath, absolutePath: context.storeURL.path, formatVersion: facts.formatVersion,
            revision: revision,
            records: Dictionary(
                uniqueKeysWithValues: EntityKind.allCases.map { ($0.rawValue, dataset.count(of: $0)) }),
            totalRecords: dataset.totalCount, sizeBytes: facts.totalSize, files: facts.fileSizes,
            lastChangeSet: last.map(LogCommand.Entry.init), compactionDue: facts.compactionDue,
            lockHolderPID: facts.lockHolder)
        if context.arguments.value("--format") == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            context.console.write(try encoder.encode(status))
            context.console.line()
        } else {
            for line in lines(status, last: last, in: language) { context.console.line(line) }
        }
        return ExitCode.success
    }

    /// The text form, one fact a line, in `language`.
    static func lines(_ status: Status, last: ChangeSetSummary?, in language: Language) -> [String] {
        let sl = language == .slovenian
        func row(_ label: LocalizedText, _ value: String) -> String {
            (label[language] + ":").padding(toLength: 18, withPad: " ", startingAt: 0) + value
        }
        let versions = JSONFileStore.readableFormatVersions
        let readable = "\(versions.lowerBound)–\(versions.upperBound)"
        var lines = [
            row(LocalizedText(sl: "shramba", en: "store"), "\(status.path) (\(status.absolutePath))"),
            row(
                LocalizedText(sl: "različica oblike", en: "format version"),
                (status.formatVersion.map(String.init) ?? "?")
                    + (sl
                        ? " (ta različica bere \(readable))"
                        : " (this build reads \(readable))")),
            row(LocalizedText(sl: "revizija", en: "revision"), "\(status.revision)"),
            row(
                LocalizedText(sl: "zapisi", en: "records"),
                sl ? "skupaj \(status.totalRecords)" : "\(status.totalRecords) in all"),
        ]
        for kind in EntityKind.allCases {
            let count = status.records[kind.rawValue] ?? 0
            guard count > 0 else { continue }
            lines.append("  " + kind.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0) + "\(count)")
        }
        lines.append(
            row(
                LocalizedText(sl: "velikost", en: "size on disk"),
                byteSize(status.sizeBytes, in: language)
                    + (sl ? " v \(status.files.count) datotekah" : " in \(status.files.count) files")))
        let lastText: String
        if let last {
            lastText =
                (sl ? "revizija " : "revision ")
                + "\(last.revision), \(last.timestamp), \(last.author): \(last.reason)"
        } else {
            lastText = sl ? "še nobenega" : "none yet"
        }
        lines.append(row(LocalizedText(sl: "zadnja sprememba", en: "last change set"), lastText))
        lines.append(
            row(
                LocalizedText(sl: "stiskanje", en: "compaction due"),
                status.compactionDue
                    ? (sl
                        ? "da (ob naslednjem pisanju ali s 'store compact')"
                        : "yes (at the next write, or run 'store compact')")
                    : (sl ? "ne" : "no")))
        lines.append(
            row(
                LocalizedText(sl: "zaklep", en: "lock"),
                status.lockHolderPID.map { sl ? "drži ga proces \($0)" : "held by process \($0)" }
                    ?? (sl ? "prost" : "free")))
        return lines
    }

    /// `1.2 MiB (1234567 bytes)`; Slovenian with a decimal comma.
    static func byteSize(_ bytes: Int, in language: Language) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = -1
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let exact = language == .slovenian ? "\(bytes) bajtov" : "\(bytes) bytes"
        guard unit >= 0 else { return exact }
        var shown = String(format: "%.1f", value)
        if language == .slovenian { shown = shown.replacingOccurrences(of: ".", with: ",") }
        return "\(shown) \(units[unit]) (\(exact))"
    }

    /// The store's status; its JSON keys are part of the tool's interface (documented in CLI.md).
    struct Status: Encodable {
        var path: String
        var absolutePath: String
        var formatVersion: Int?
        var revision: Int64
        var records: [String: Int]
        var totalRecords: Int
        var sizeBytes: Int
        var files: [String: Int]
        var lastChangeSet: LogCommand.Entry?
        var compactionDue: Bool
        var lockHolderPID: Int32?

        private enum CodingKeys: String, CodingKey {
            case path, absolutePath = "absolute_path", formatVersion = "format_version", revision, records
            case totalRecords = "total_records", sizeBytes = "size_bytes", files
            case lastChangeSet = "last_change_set", compactionDue = "compaction_due"
            case lockHolderPID = "lock_holder_pid"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(absolutePath, forKey: .absolutePath)
            try container.encode(formatVersion, forKey: .formatVersion)
            try container.encode(revision, forKey: .revision)
            try container.encode(records, forKey: .records)
            try container.encode(totalRecords, forKey: .totalRecords)
            try container.encode(sizeBytes, forKey: .sizeBytes)
            try container.encode(files, forKey: .files)
            try container.encode(lastChangeSet, forKey: .lastChangeSet)
            try container.encode(compactionDue, forKey: .compactionDue)
            try container.encode(lockHolderPID, forKey: .lockHolderPID)
        }
    }
}
