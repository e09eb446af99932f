import Foundation
import SocioLabKit

/// `sociolab import FILE...`: CSV files or one JSON dataset document, as one change set, all or nothing.
enum ImportCommand: CLICommand {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Import CSV files or one JSON dataset document as one change set: all or nothing.",
        discussion: "Each CSV file's table comes from its name (persons.csv, activities-2019.csv …) or from "
            + "--entity. All files of one call are read and validated together, so their order does not "
            + "matter; records whose id exists are updated, new ones inserted, nothing is deleted. On any "
            + "error nothing is written, every error is printed as FILE:LINE:COLUMN: message, and the exit "
            + "code is 1. See Documentation/DataFormats.md for the columns.",
        options: [
            .init(
                "entity", valueName: "table", help: "The table of every CSV file given, instead of its name.",
                choices: ExchangeTable.allCases.map(\.rawValue)),
            .init(
                "encoding", valueName: "encoding", help: "The CSV files' encoding (detected unless given).",
                choices: CSVEncoding.allCases.map(\.rawValue)),
            .init("author", valueName: "name", help: "Who makes the change (default: $USER)."),
            .init("reason", valueName: "text", help: "Why, kept in the history (default: the file names)."),
        ],
        flags: [.init("dry-run", short: "n", help: "Read and validate everything, but write nothing.")],
        positionals: [.init("files", help: "The CSV files, or one JSON document (.json).", isVariadic: true)])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let paths = context.arguments.positionalValues("files")
        let jsonPaths = paths.filter { $0.lowercased().hasSuffix(".json") }
        if !jsonPaths.isEmpty && paths.count > 1 {
            throw UsageError(
                .usageUnexpectedArgument,
                "give either CSV files or one JSON document to 'import', not both or several documents",
                command: spec.name)
        }
        let table = context.arguments.value("--entity").flatMap(ExchangeTable.init(rawValue:))
        let encoding = context.arguments.value("--encoding").flatMap(CSVEncoding.init(rawValue:))
        let dryRun = context.arguments.flag("--dry-run")

        var sources: [CSVSource] = []
        var unreadable: [String] = []
        for path in paths {
            let url = context.environment.url(for: path)
            do {
                sources.append(
                    CSVSource(name: path, data: try OutputFile.read(url, path: path), table: table))
            } catch let failure as CommandFailure {
                unreadable += failure.lines
            }
        }
        if !unreadable.isEmpty { throw CommandFailure(unreadable + ["nothing was imported"]) }

        let workspace = try await context.openWorkspace(readOnly: dryRun)
        let dataset = await workspace.dataset
        context.console.progress("reading \(paths.count) file(s)…")
        let batch: ImportBatch
        switch readBatch(sources, json: !jsonPaths.isEmpty, encoding: encoding, dataset: dataset) {
        case .success(let read): batch = read
        case .failure(let failure):
            throw CommandFailure(
                failure.errors.map(Diagnostics.line(for:)) + failure.warnings.map(warningLine(for:))
                    + ["\(failure.errors.count) error(s); nothing was imported"])
        }
        for warning in batch.warnings { context.console.error(warningLine(for: warning)) }
        let changes = batch.changes(against: dataset)
        guard !changes.isEmpty else {
            context.console.line(
                "Nothing to import: the store already holds all \(batch.count) records as given")
            return ExitCode.success
        }
        context.console.progress("validating \(changes.count) change(s)…")
        let reason = context.arguments.value("--reason") ?? "import of " + paths.joined(separator: ", ")
        let result: Workspace.ApplyResult
        do {
            result = try await workspace.apply(
                changes, author: context.author, reason: reason, dryRun: dryRun)
        } catch let rejected as ChangeRejected {
            let errors = rejected.issues.filter { $0.severity == .error }
            throw CommandFailure(
                lines(for: errors, of: batch, jsonFile: jsonPaths.first)
                    + ["\(errors.count) error(s); nothing was imported"])
        }
        for line in lines(for: result.issues, of: batch, jsonFile: jsonPaths.first) {
            context.console.error(line)
        }
        let inserts = changes.filter { if case .insert = $0 { true } else { false } }.count
        let summary = "\(inserts) insert(s), \(changes.count - inserts) update(s)"
        if dryRun {
            context.console.line("Dry run: \(summary) would be made; nothing was written")
        } else {
            context.console.line("Imported \(summary) as revision \(result.revision)")
        }
        return ExitCode.success
    }

    /// Each issue as `FILE:LINE:COLUMN: severity: message [rule] fix` when its entity came from a CSV row
    /// (the batch knows where), else as `FILE: entity field: …` (a JSON document) or `entity field: …`.
    static func lines(for issues: [ValidationIssue], of batch: ImportBatch, jsonFile: String?) -> [String] {
        guard !issues.isEmpty else { return [] }
        return zip(issues, batch.locations(of: issues)).map { issue, location in
            let text = "\(issue.severity.rawValue): \(issue.message.en) [\(issue.rule)] \(issue.fix.en)"
            if let location, let file = location.file, let line = location.line {
                return "\(file):\(line)\(location.field.map { ":" + $0 } ?? ""): \(text)"
            }
            var place = issue.entity?.description ?? "dataset"
            if let field = issue.field { place += " " + field }
            if let jsonFile { return "\(jsonFile): \(place): \(text)" }
            return "\(place): \(text)"
        }
    }

    /// `FILE:LINE:COLUMN: warning: message` for a warning of the reading (a column that is ignored).
    static func warningLine(for warning: SocioLabError) -> String {
        Diagnostics.line(
            for: SocioLabError(warning.code, "warning: " + warning.message, at: warning.location))
    }

    /// Reads the CSV files, or the one JSON document, into a batch of records.
    static func readBatch(_ sources: [CSVSource], json: Bool, encoding: CSVEncoding?, dataset: Dataset)
        -> Result<ImportBatch, ImportFailure>
    {
        if !json {
            return Result { () throws(ImportFailure) -> ImportBatch in
                try CSVImport.read(
                    sources, options: CSVImportOptions(encoding: encoding, operation: dataset.operation))
            }
        }
        return Result { () throws(ImportFailure) -> ImportBatch in
            let document = try DatasetDocument.decode(sources[0].data, file: sources[0].name)
            try document.checkOperation(of: dataset, file: sources[0].name)
            return document.batch
        }
    }
}
