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
            + "error nothing is written, every error is printed as FILE:LINE:COLUMN: severity: message [code] "
            + "with its fix on the next line, and the exit code is 1. See Documentation/DataFormats.md for the "
            + "columns.",
        options: [
            .init(
                "entity", valueName: "table", help: "The table of every CSV file given, instead of its name.",
                choices: ExchangeTable.allCases.map(\.rawValue)),
            .init(
                "encoding", valueName: "encoding", help: "The CSV files' encoding (detected unless given).",
                choices: CSVEncoding.allCases.map(\.rawValue)),
            .init("author", valueName: "name", help: "Who makes the change (default: $USER)."),
            .init("reason", valueName: "text", help: "Why, kept in the history (default: the file names)."),
            .actingAs,
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
        let language = try context.language()
        let nothingImported = LocalizedText(sl: "nič ni bilo uvoženo", en: "nothing was imported")[language]

        var sources: [CSVSource] = []
        var unreadable: [String] = []
        for path in paths {
            let url = context.environment.url(for: path)
            do {
                sources.append(
                    CSVSource(
                        name: path, data: try OutputFile.read(url, path: path, language: language),
                        table: table))
            } catch let failure as CommandFailure {
                unreadable += failure.lines
            }
        }
        if !unreadable.isEmpty { throw CommandFailure(unreadable + [nothingImported]) }

        let workspace = try await context.openWorkspace(readOnly: dryRun)
        let dataset = await workspace.dataset
        // Every finding of every file in one pass: the errors of reading, its warnings, and the data checks
        // of the rows that could be read, even when others could not.
        var readErrors: [SocioLabError] = []
        var readWarnings: [SocioLabError] = []
        var skipped: [EntityReference: SocioLabError.Location] = [:]
        let read: ImportBatch?
        switch readBatch(
            sources, json: !jsonPaths.isEmpty, encoding: encoding, dataset: dataset, plugins: context.plugins,
            progress: context.console.progressHandler)
        {
        case .success(let batch):
            read = batch
            readWarnings = batch.warnings
        case .failure(let failure):
            read = failure.partial
            readErrors = failure.errors
            readWarnings = failure.warnings
            skipped = failure.skipped
        }
        var findings =
            readErrors.map { Diagnostics.finding(for: $0, language: language) }
            + readWarnings.map { Diagnostics.finding(for: $0, warning: true, language: language) }
        guard let batch = read else { throw failure(findings, paths: paths, language: language) }
        let changes = batch.changes(against: dataset)
        if readErrors.isEmpty && changes.isEmpty {
            for line in Diagnostics.lines(for: findings, files: paths, language: language) {
                context.console.error(line)
            }
            context.console.summary(
                LocalizedText(
                    sl: "Ničesar ni treba uvoziti: shramba že vsebuje vse zapise, kot so navedeni "
                        + "(\(CountedNoun.record.phrase(batch.count, in: .slovenian)))",
                    en: "Nothing to import: the store already holds all \(batch.count) records as given")[
                        language])
            return ExitCode.success
        }
        let reason = context.arguments.value("--reason") ?? "import of " + paths.joined(separator: ", ")
        var result: Workspace.ApplyResult?
        var issues: [ValidationIssue] = []
        do {
            if !changes.isEmpty {
                // The files' names and SHA-256, kept by a store that takes a first import as its snapshot.
                let files = sources.map {
                    ImportMarker.File(name: $0.name, sha256: SHA256Hasher.hex(SHA256Hasher.hash($0.data)))
                }
                let applied = try await workspace.apply(
                    changes, author: context.author, reason: reason, dryRun: dryRun || !readErrors.isEmpty,
                    progress: context.console.progressHandler, files: files)
                result = applied
                issues = applied.issues
            }
        } catch let rejected as ChangeRejected {
            issues = rejected.issues
        } catch  where !readErrors.isEmpty {
            // The rows read could not even be checked; the reading errors are what to fix first.
        }
        findings += findingsForIssues(
            issues, of: batch, skipped: skipped, jsonFile: jsonPaths.first, language: language)
        let errorCount = readErrors.count + issues.filter { $0.severity == .error }.count
        guard errorCount == 0, let result else { throw failure(findings, paths: paths, language: language) }
        for line in Diagnostics.lines(for: findings, files: paths, language: language) {
            context.console.error(line)
        }
        let inserts = changes.filter { if case .insert = $0 { true } else { false } }.count
        // English keeps its "(s)" forms, which scripts and the tests of embedders match.
        func summary(_ language: Language) -> String {
            guard language == .slovenian else {
                return "\(inserts) insert(s), \(changes.count - inserts) update(s)"
            }
            return CountedNoun.insert.phrase(inserts, in: language) + ", "
                + CountedNoun.update.phrase(changes.count - inserts, in: language)
        }
        if dryRun {
            context.console.summary(
                LocalizedText(
                    sl: "Poskusni uvoz: narejenih bi bilo \(summary(.slovenian)); nič ni bilo zapisano",
                    en: "Dry run: \(summary(.english)) would be made; nothing was written")[language])
        } else {
            context.console.summary(
                LocalizedText(
                    sl: "Uvoženo: \(summary(.slovenian)), kot revizija \(result.revision)",
                    en: "Imported \(summary(.english)) as revision \(result.revision)")[language])
        }
        return ExitCode.success
    }

    /// The failure that prints every finding, capped, and the count of errors and warnings.
    static func failure(_ findings: [Diagnostics.Finding], paths: [String], language: Language = .english)
        -> CommandFailure
    {
        let errors = findings.filter { !$0.isWarning }.count
        let warnings = findings.filter { $0.isWarning && $0.kind != "skipped-reference" }.count
        var counted =
            language == .slovenian ? CountedNoun.error.phrase(errors, in: language) : "\(errors) error(s)"
        if warnings > 0 {
            counted +=
                ", "
                + (language == .slovenian
                    ? CountedNoun.warning.phrase(warnings, in: language) : "\(warnings) warning(s)")
        }
        let nothing = LocalizedText(sl: "nič ni bilo uvoženo", en: "nothing was imported")[language]
        return CommandFailure(
            Diagnostics.lines(for: findings, files: paths, language: language) + ["\(counted); \(nothing)"])
    }

    /// The validation issues as findings. An unknown reference to a row that was skipped because of its
    /// errors is not an error of its own: it becomes a note that says so.
    static func findingsForIssues(
        _ issues: [ValidationIssue], of batch: ImportBatch,
        skipped: [EntityReference: SocioLabError.Location],
        jsonFile: String?, language: Language = .english
    ) -> [Diagnostics.Finding] {
        guard !issues.isEmpty else { return [] }
        var records: [EntityReference: EntityRecord] = [:]
        if !skipped.isEmpty {
            let wanted = Set(issues.filter { $0.rule == "core.reference" }.compactMap(\.entity))
            for record in batch.records where wanted.contains(record.reference) {
                records[record.reference] = record
            }
        }
        let texts = lines(for: issues, of: batch, jsonFile: jsonFile, language: language)
        return zip(zip(issues, texts), batch.locations(of: issues)).map { pair, location in
            let (issue, text) = pair
            var finding = Diagnostics.Finding(
                file: location?.file ?? jsonFile, line: location?.line, kind: issue.rule.rawValue, text: text,
                isWarning: issue.severity != .error, fix: issue.fix[language])
            if issue.rule == "core.reference", let entity = issue.entity, let record = records[entity],
                let target = record.references.first(where: {
                    $0.kind.rawValue == issue.field && skipped[$0] != nil
                }),
                let place = skipped[target]
            {
                let at = [place.file, place.line.map(String.init)].compactMap { $0 }.joined(separator: ":")
                let here = location.map { spot in
                    [spot.file, spot.line.map(String.init), spot.field].compactMap { $0 }.joined(
                        separator: ":")
                        + ": "
                }
                finding.text =
                    (here ?? "")
                    + LocalizedText(
                        sl:
                            "opomba: \(entity) se sklicuje na \(target), katerega vrstica (\(at)) je bila zaradi "
                            + "napak izpuščena; sklic bo preverjen, ko bo ta vrstica popravljena [skipped-reference]",
                        en: "note: \(entity) refers to \(target), whose row (\(at)) was skipped because "
                            + "of its errors; it is checked once that row is fixed [skipped-reference]")[
                        language]
                finding.kind = "skipped-reference"
                finding.fix = nil
                finding.isWarning = true
            }
            return finding
        }
    }

    /// Each issue as `FILE:LINE:COLUMN: severity: message [rule]` (its fix goes on a line of its own) when
    /// its entity came from a CSV row (the batch knows where), else as `FILE: entity field: …` (a JSON document) or `entity field: …`.
    static func lines(
        for issues: [ValidationIssue], of batch: ImportBatch, jsonFile: String?, language: Language = .english
    ) -> [String] {
        guard !issues.isEmpty else { return [] }
        return zip(issues, batch.locations(of: issues)).map { issue, location in
            let text = Diagnostics.headline(of: issue, language: language)
            if let location, let file = location.file, let line = location.line {
                return "\(file):\(line)\(location.field.map { ":" + $0 } ?? ""): \(text)"
            }
            var place = issue.entity?.description ?? (language == .slovenian ? "podatki" : "dataset")
            if let field = issue.field { place += " " + field }
            if let jsonFile { return "\(jsonFile): \(place): \(text)" }
            return "\(place): \(text)"
        }
    }

    /// Reads the CSV files, or the one JSON document, into a batch of records.
    static func readBatch(
        _ sources: [CSVSource], json: Bool, encoding: CSVEncoding?, dataset: Dataset, plugins: PluginRegistry,
        progress: Workspace.ProgressHandler? = nil
    ) -> Result<ImportBatch, ImportFailure> {
        if !json {
            return Result { () throws(ImportFailure) -> ImportBatch in
                try CSVImport.read(
                    sources,
                    options: CSVImportOptions(
                        encoding: encoding, operation: dataset.operation, plugins: plugins),
                    progress: progress)
            }
        }
        return Result { () throws(ImportFailure) -> ImportBatch in
            let reporter = ProgressReporter(progress)
            reporter?.begin(.reading, total: sources[0].data.count)
            defer { reporter?.finish() }
            let document = try DatasetDocument.decode(sources[0].data, file: sources[0].name)
            try document.checkOperation(of: dataset, file: sources[0].name)
            return document.batch
        }
    }
}
